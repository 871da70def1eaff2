package org.crosspoint.app;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.crosspoint.encounter.EncounterStore;
import org.crosspoint.encounter.EncounterStore.StoredEncounter;
import org.crosspoint.http.ApiServer;
import org.crosspoint.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code crosspoint encounters}: what happened at the crossing points. */
@Command(
    name = "encounters",
    mixinStandardHelpOptions = true,
    description = "Recent encounters with their outcomes; 'show ID' for one with its decision.",
    subcommands = {EncountersCommand.Show.class, EncountersCommand.Sightings.class})
public final class EncountersCommand extends StoreCommand {
  @Option(
      names = "--limit",
      defaultValue = "20",
      description = "How many (default: ${DEFAULT-VALUE}).")
  int limit;

  @Option(names = "--count", description = "Print only how many encounters are stored.")
  boolean count;

  @Override
  protected int run(Store store, PrintWriter out) {
    EncounterStore es = store.encounters();
    if (count) {
      long n = es.count();
      if (json) {
        Json.print(out, Map.of("encounters", n));
      } else {
        out.println(n);
      }
      return 0;
    }
    var recent = es.recent(limit);
    if (json) {
      Json.print(out, recent.stream().map(ApiServer::summary).toList());
    } else if (recent.isEmpty()) {
      out.println("no encounters recorded");
    } else {
      for (StoredEncounter e : recent) {
        out.printf(
            Locale.ROOT,
            "%s  %s  %-6s %-9s %-5s %s  [%s]%n",
            e.id(),
            e.at(),
            e.outcome(),
            e.crossingPoint(),
            e.direction(),
            e.travellerName(),
            e.documentKey());
      }
    }
    return 0;
  }

  @Command(
      name = "show",
      mixinStandardHelpOptions = true,
      description = "One encounter: decision, reasons, dispositions.")
  static final class Show implements Callable<Integer> {
    @Mixin HomeOption home;

    @Parameters(paramLabel = "ID", description = "Encounter id.")
    String id;

    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
      try (Store store = home.openStore()) {
        StoredEncounter e =
            store
                .encounters()
                .encounter(id)
                .orElseThrow(() -> new IllegalArgumentException("no encounter with id " + id));
        Map<String, Object> m = ApiServer.summary(e);
        m.put("record", Json.MAPPER.readTree(e.payload()));
        m.put("dispositions", store.encounters().dispositions(id));
        Json.print(spec.commandLine().getOut(), m);
        return 0;
      }
    }
  }

  @Command(
      name = "sightings",
      mixinStandardHelpOptions = true,
      description = "Where and when a listed subject was seen (every HIT).")
  static final class Sightings extends StoreCommand {
    @Parameters(paramLabel = "ENTRY_ID", description = "Entry id.")
    String entryId;

    @Override
    protected int run(Store store, PrintWriter out) {
      var s = store.encounters().sightings(entryId);
      if (json) {
        Json.print(out, s);
      } else if (s.isEmpty()) {
        out.println("no sightings of " + entryId);
      } else {
        s.forEach(
            x ->
                out.printf(
                    Locale.ROOT,
                    "%s  %-10s %-7s encounter %s%n",
                    x.at(),
                    x.crossingPoint(),
                    x.direction(),
                    x.encounterId()));
      }
      return 0;
    }
  }
}
