package org.crosspoint.app;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.crosspoint.csv.CsvWriter;
import org.crosspoint.http.ApiServer;
import org.crosspoint.manifest.ManifestError;
import org.crosspoint.manifest.ManifestSummary;
import org.crosspoint.rules.RuleBook;
import org.crosspoint.screening.CrossingKind;
import org.crosspoint.screening.CrossingPoint;
import org.crosspoint.screening.ManifestScreening;
import org.crosspoint.screening.Outcome;
import org.crosspoint.screening.Reason;
import org.crosspoint.screening.Screener;
import org.crosspoint.store.Store;
import org.crosspoint.watchlist.Direction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code crosspoint screen-manifest FILE}: every traveller of a CSV or PAXLST manifest. */
@Command(
    name = "screen-manifest",
    mixinStandardHelpOptions = true,
    description = {
      "Screen every traveller of a passenger manifest (CSV or UN/EDIFACT PAXLST, told apart by"
          + " content) as one encounter each: decision, reasons, stored and audited.",
      "A bad segment or row is reported with its place; the good travellers are still screened."
    })
public final class ScreenManifestCommand implements Callable<Integer> {
  @Mixin HomeOption home;

  @Parameters(paramLabel = "FILE", description = "The manifest.")
  Path file;

  @Option(
      names = "--direction",
      defaultValue = "ENTRY",
      description =
          "Direction when the manifest does not say (PAXLST never does): ENTRY, EXIT or"
              + " TRANSIT (default: ${DEFAULT-VALUE}).")
  Direction direction;

  @Option(names = "--crossing-point", defaultValue = "MANIFEST", description = "Crossing point id.")
  String crossingPoint;

  @Option(names = "--kind", defaultValue = "AIR", description = "AIR, LAND or SEA.")
  CrossingKind kind;

  @Option(names = "--country", defaultValue = "", description = "Country of the crossing point.")
  String country;

  @Option(names = "--officer", defaultValue = "manifest", description = "Who screens.")
  String officer;

  @Option(names = "--out", description = "Write one CSV row per traveller here.")
  Path out;

  @Option(names = "--threads", defaultValue = "2", description = "Screening threads.")
  int threads;

  @Option(names = "--json", description = "Print the summary and every result as JSON.")
  boolean json;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException(file + ": no such file");
    }
    PrintWriter err = spec.commandLine().getErr();
    Map<Outcome, Integer> counts = new EnumMap<>(Outcome.class);
    List<Map<String, Object>> rows = new ArrayList<>();
    int[] failed = {0};
    long[] t0 = {System.nanoTime()};
    ManifestSummary summary;
    try (Store store = home.openStore();
        Writer w =
            out == null
                ? Writer.nullWriter()
                : new BufferedWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8));
        InputStream in = Files.newInputStream(file)) {
      RuleBook rules = Rules.load(home.dir(), err);
      CsvWriter csv = new CsvWriter(w);
      csv.write(
          List.of(
              "number",
              "where",
              "name",
              "document",
              "direction",
              "outcome",
              "reasons",
              "encounter_id"));
      try (Screener screener =
          new Screener(store.registry(), store.encounters(), rules::evaluate, 0)) {
        err.printf(
            Locale.ROOT,
            "index of %,d entries compiled in %.2f s%n",
            screener.indexedEntries(),
            (System.nanoTime() - t0[0]) / 1e9);
        t0[0] = System.nanoTime();
        CrossingPoint point = new CrossingPoint(crossingPoint, kind, country);
        summary =
            ManifestScreening.run(
                in,
                screener,
                direction,
                point,
                officer,
                Clock.systemUTC(),
                threads,
                r -> {
                  String outcome;
                  String reasons;
                  if (r.screening() == null) {
                    failed[0]++;
                    outcome = "ERROR";
                    reasons = r.error();
                  } else {
                    Outcome o = r.screening().decision().outcome();
                    counts.merge(o, 1, Integer::sum);
                    outcome = o.name();
                    List<String> texts = new ArrayList<>();
                    for (Reason x : r.screening().decision().reasons()) {
                      texts.add(x.outcome() + ": " + x.text());
                    }
                    reasons = String.join(" | ", texts);
                  }
                  csv.write(
                      List.of(
                          Integer.toString(r.passenger().number()),
                          r.passenger().where(),
                          r.passenger().traveller().fullName(),
                          r.passenger().traveller().document().key(),
                          r.screening() == null ? "" : r.screening().encounter().direction().name(),
                          outcome,
                          reasons,
                          r.screening() == null ? "" : r.screening().encounter().id()));
                  if (json) {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("number", r.passenger().number());
                    m.put("where", r.passenger().where());
                    m.put("name", r.passenger().traveller().fullName());
                    m.put("outcome", outcome);
                    if (r.screening() != null) {
                      m.put("encounter_id", r.screening().encounter().id());
                      List<Map<String, Object>> rs = new ArrayList<>();
                      r.screening().decision().reasons().forEach(x -> rs.add(ApiServer.reason(x)));
                      m.put("reasons", rs);
                    } else {
                      m.put("error", r.error());
                    }
                    rows.add(m);
                  }
                  int done = r.passenger().number();
                  if (done % 250 == 0) {
                    double s = (System.nanoTime() - t0[0]) / 1e9;
                    err.printf(Locale.ROOT, "\rscreened %,d travellers (%.0f/s)", done, done / s);
                    err.flush();
                  }
                });
      }
      csv.flush();
    }
    double seconds = (System.nanoTime() - t0[0]) / 1e9;
    err.print("\r");
    PrintWriter p = spec.commandLine().getOut();
    int screened = counts.values().stream().mapToInt(Integer::intValue).sum();
    if (json) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("file", file.toString());
      m.put("format", summary.format().name());
      m.put("travellers", summary.passengers());
      m.put("screened", screened);
      m.put("declared", summary.declared());
      m.put("outcomes", counts);
      m.put("failed", failed[0]);
      m.put("rejected", summary.rejected());
      m.put("errors", summary.errors());
      m.put("seconds", Math.round(seconds * 1000) / 1000.0);
      m.put("results", rows);
      Json.print(p, m);
    } else {
      p.printf(
          Locale.ROOT,
          "%s (%s): %d travellers screened in %.2f s (%.0f/s): %d CLEAR, %d REFER, %d HIT%n",
          file.getFileName(),
          summary.format(),
          screened,
          seconds,
          screened / Math.max(seconds, 1e-9),
          counts.getOrDefault(Outcome.CLEAR, 0),
          counts.getOrDefault(Outcome.REFER, 0),
          counts.getOrDefault(Outcome.HIT, 0));
      if (summary.declared() >= 0
          && summary.declared() != summary.passengers() + summary.rejected()) {
        p.printf(
            Locale.ROOT,
            "warning: the manifest declares %d travellers; %d were read%n",
            summary.declared(),
            summary.passengers() + summary.rejected());
      }
      if (summary.errorCount() > 0 || failed[0] > 0) {
        p.printf(
            Locale.ROOT,
            "%d problems (%d travellers could not be read, %d could not be screened):%n",
            summary.errorCount() + failed[0],
            summary.rejected(),
            failed[0]);
        for (ManifestError e : summary.errors()) {
          p.println("  " + e);
        }
      }
      if (out != null) {
        p.println("results: " + out);
      }
    }
    return summary.errorCount() > 0 || failed[0] > 0 ? 3 : 0;
  }
}
