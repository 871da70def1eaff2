package org.crosspoint.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.crosspoint.intake.Intake;
import org.crosspoint.knowledge.KnowledgeBase;
import org.crosspoint.registry.Registry;
import org.crosspoint.store.Store;
import org.crosspoint.watchlist.ListKind;
import org.crosspoint.watchlist.Watchlist;

/**
 * What the main job does on a fresh home, so a new installation can be tried at once: load the
 * bundled demo lists (UN, OFAC), create the national lists (red alert, exit control, watch,
 * proscribed organisations) that approved proposals go on, and ingest the seed reports ({@code
 * ../shared/seeds}) when they are there. Each step does nothing when already done.
 */
final class FirstRun {
  /** The national lists every installation has, with their kinds' default actions. */
  static final List<Watchlist> NATIONAL_LISTS =
      List.of(
          Watchlist.of("red-alert", "Red alert", ListKind.RED_ALERT, "Ministry of Interior"),
          Watchlist.of("ecl", "Exit Control List", ListKind.EXIT_CONTROL, "Ministry of Interior"),
          Watchlist.of("watch", "Watch list", ListKind.WATCH, "NACTA"),
          Watchlist.of(
              "proscribed",
              "Proscribed organisations",
              ListKind.PROSCRIBED_ORGANISATIONS,
              "Ministry of Interior"));

  private FirstRun() {}

  static void prepare(Store store, Path home, PrintWriter err) {
    DemoLists.loadIfEmpty(store, err);
    ensureNationalLists(store.registry(), err);
    ingestSeeds(store, home, err);
  }

  static void ensureNationalLists(Registry registry, PrintWriter err) {
    for (Watchlist w : NATIONAL_LISTS) {
      if (registry.list(w.id()).isEmpty()) {
        registry.saveList(w, "crosspoint-init");
        err.printf(Locale.ROOT, "  created national list %s (%s)%n", w.id(), w.kind());
      }
    }
  }

  static void ingestSeeds(Store store, Path home, PrintWriter err) {
    if (!KnowledgeBase.on(store.database()).documents().isEmpty()) {
      return;
    }
    SharedData.dir("seeds")
        .ifPresent(
            dir -> {
              List<Path> files;
              try (Stream<Path> s = Files.list(dir)) {
                files =
                    s.filter(p -> p.toString().endsWith(".txt") || p.toString().endsWith(".html"))
                        .sorted()
                        .toList();
              } catch (IOException e) {
                throw new UncheckedIOException("cannot list the seed reports in " + dir, e);
              }
              if (files.isEmpty()) {
                return;
              }
              err.printf(Locale.ROOT, "ingesting %d seed reports from %s ...%n", files.size(), dir);
              try {
                IngestCommand.ingestInto(
                    store, home, Intake.standard(), files, "crosspoint-init", err, x -> {});
              } catch (IOException e) {
                throw new UncheckedIOException("cannot ingest the seed reports", e);
              }
            });
  }
}
