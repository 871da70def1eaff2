package org.crosspoint.screening;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.crosspoint.manifest.ManifestPassenger;
import org.crosspoint.manifest.ManifestReader;
import org.crosspoint.manifest.ManifestSummary;
import org.crosspoint.watchlist.Direction;

/**
 * Screens every traveller of a manifest (CSV or PAXLST) as one encounter each, in parallel, and
 * hands the results back in manifest order as each is committed, so a caller can acknowledge
 * travellers one by one (a killed process loses none it had acknowledged). A bad segment or row is
 * in the summary and does not stop the rest.
 */
public final class ManifestScreening {
  /** Travellers in flight at once: bounds memory on a huge manifest. */
  private static final int IN_FLIGHT = 512;

  /** One traveller's result: the screening, or why it could not be screened. */
  public record Row(ManifestPassenger passenger, Screener.Screening screening, String error) {}

  private ManifestScreening() {}

  /**
   * Reads and screens a manifest.
   *
   * @param fallback the direction when the manifest does not say (PAXLST never does)
   * @param threads screening threads
   * @param onResult receives each row in manifest order, after its encounter is committed
   */
  public static ManifestSummary run(
      InputStream manifest,
      Screener screener,
      Direction fallback,
      CrossingPoint point,
      String officer,
      Clock clock,
      int threads,
      Consumer<Row> onResult)
      throws IOException {
    ExecutorService pool =
        Executors.newFixedThreadPool(
            Math.max(1, threads),
            r -> {
              Thread t = new Thread(r, "crosspoint-manifest-screen");
              t.setDaemon(true);
              return t;
            });
    Deque<Future<Row>> inFlight = new ArrayDeque<>();
    LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    try {
      ManifestSummary summary =
          ManifestReader.read(
              manifest,
              today,
              p -> {
                inFlight.addLast(
                    pool.submit(() -> screenOne(p, screener, fallback, point, officer, clock)));
                while (!inFlight.isEmpty()
                    && (inFlight.size() > IN_FLIGHT || inFlight.peekFirst().isDone())) {
                  onResult.accept(await(inFlight.pollFirst()));
                }
              });
      while (!inFlight.isEmpty()) {
        onResult.accept(await(inFlight.pollFirst()));
      }
      return summary;
    } finally {
      pool.shutdownNow();
    }
  }

  private static Row screenOne(
      ManifestPassenger p,
      Screener screener,
      Direction fallback,
      CrossingPoint point,
      String officer,
      Clock clock) {
    try {
      Instant now = clock.instant();
      return new Row(
          p,
          screener.screen(p.encounter(Screener.newEncounterId(now), fallback, point, now, officer)),
          "");
    } catch (RuntimeException e) {
      return new Row(p, null, p.where() + ": " + e.getMessage());
    }
  }

  private static Row await(Future<Row> f) {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while screening a manifest", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    }
  }
}
