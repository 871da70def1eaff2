package org.crosspoint.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.crosspoint.country.Countries;
import org.crosspoint.registry.ImportResult;
import org.crosspoint.registry.Registry;
import org.crosspoint.store.Store;
import org.crosspoint.watchlist.Entry;
import org.crosspoint.watchlist.EntryName;
import org.crosspoint.watchlist.ListKind;
import org.crosspoint.watchlist.NameKind;
import org.crosspoint.watchlist.SubjectType;
import org.crosspoint.watchlist.Watchlist;
import org.crosspoint.watchlist.importer.Importers;
import org.crosspoint.watchlist.importer.NationalListFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code crosspoint lists}: the watchlists, their imports, statistics and exports. */
@Command(
    name = "lists",
    mixinStandardHelpOptions = true,
    description = "Show the watchlists with their entry counts; import, export and count them.",
    subcommands = {ListsCommand.Import.class, ListsCommand.Stats.class, ListsCommand.Export.class})
public final class ListsCommand extends StoreCommand {
  @Override
  protected int run(Store store, PrintWriter out) {
    Registry r = store.registry();
    List<Map<String, Object>> rows = new ArrayList<>();
    for (Watchlist l : r.lists()) {
      rows.add(summary(l, r.entries(l.id())));
    }
    if (json) {
      Json.print(out, rows);
      return 0;
    }
    if (rows.isEmpty()) {
      out.println("No lists yet. Load the bundled UN and OFAC lists with: crosspoint init");
      return 0;
    }
    out.printf(
        Locale.ROOT,
        "%-12s %-24s %-10s %8s %8s %8s %9s %7s %9s%n",
        "ID",
        "KIND",
        "AGENCY",
        "ENTRIES",
        "PERSONS",
        "ORGS",
        "ALIASES",
        "WEAK",
        "ORIGINAL");
    for (Map<String, Object> m : rows) {
      out.printf(
          Locale.ROOT,
          "%-12s %-24s %-10s %8d %8d %8d %9d %7d %9d%n",
          m.get("id"),
          m.get("kind"),
          abbreviate((String) m.get("agency"), 10),
          m.get("entries"),
          m.get("individuals"),
          m.get("entities"),
          m.get("strongAliases"),
          m.get("weakAliases"),
          m.get("originalScriptNames"));
    }
    return 0;
  }

  static String abbreviate(String s, int n) {
    return s.length() <= n ? s : s.substring(0, n - 1) + "…";
  }

  static Map<String, Object> summary(Watchlist l, List<Entry> entries) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", l.id());
    m.put("name", l.name());
    m.put("kind", l.kind().name());
    m.put("agency", l.agency());
    m.put("entries", entries.size());
    Map<SubjectType, Integer> types = new java.util.EnumMap<>(SubjectType.class);
    Map<NameKind, Integer> names = new java.util.EnumMap<>(NameKind.class);
    for (Entry e : entries) {
      types.merge(e.type(), 1, Integer::sum);
      for (EntryName n : e.names()) {
        names.merge(n.kind(), 1, Integer::sum);
      }
    }
    m.put("individuals", types.getOrDefault(SubjectType.PERSON, 0));
    m.put("entities", types.getOrDefault(SubjectType.ORGANISATION, 0));
    m.put("vessels", types.getOrDefault(SubjectType.VESSEL, 0));
    m.put("aircraft", types.getOrDefault(SubjectType.AIRCRAFT, 0));
    m.put("strongAliases", names.getOrDefault(NameKind.ALIAS_STRONG, 0));
    m.put("weakAliases", names.getOrDefault(NameKind.ALIAS_WEAK, 0));
    m.put("originalScriptNames", names.getOrDefault(NameKind.ORIGINAL_SCRIPT, 0));
    m.put("actions", l.actions());
    return m;
  }

  /**
   * The list to create when an import names a list that does not exist yet: the official lists by
   * their usual ids, otherwise a WATCH list unless {@code --kind} says otherwise.
   */
  static Watchlist newList(String id, String name, ListKind kind, String agency) {
    String defName;
    ListKind defKind;
    String defAgency;
    switch (id) {
      case "un-sc" -> {
        defName = "UN Security Council Consolidated List";
        defKind = ListKind.SANCTIONS;
        defAgency = "United Nations Security Council";
      }
      case "ofac-sdn" -> {
        defName = "OFAC Specially Designated Nationals";
        defKind = ListKind.SANCTIONS;
        defAgency = "US Treasury OFAC";
      }
      default -> {
        defName = id;
        defKind = ListKind.WATCH;
        defAgency = "";
      }
    }
    return Watchlist.of(
        id,
        name == null ? defName : name,
        kind == null ? defKind : kind,
        agency == null ? defAgency : agency);
  }

  /**
   * Reads a list file and imports it, creating the list when new; progress on {@code progress}. The
   * file is parsed whole before anything is stored, so a bad file changes nothing.
   */
  static ImportResult importFile(
      Registry r, Watchlist ifNew, String format, Path file, String actor, PrintWriter progress) {
    long t0 = System.nanoTime();
    progress.printf(Locale.ROOT, "reading %s (%s) ...%n", file, format);
    progress.flush();
    Importers.Imported read = Importers.readWithNotes(format, file, ifNew.id());
    for (String note : read.notes()) {
      progress.println("  " + note);
    }
    progress.printf(
        Locale.ROOT,
        "  %d entries read in %.2f s; storing ...%n",
        read.entries().size(),
        (System.nanoTime() - t0) / 1e9);
    progress.flush();
    if (r.list(ifNew.id()).isEmpty()) {
      r.saveList(ifNew, actor);
      progress.printf(Locale.ROOT, "  created list %s (%s)%n", ifNew.id(), ifNew.kind());
    }
    String source = file.getFileName() == null ? file.toString() : file.getFileName().toString();
    return r.importEntries(ifNew.id(), read.entries(), source, actor);
  }

  static String actor() {
    String u = System.getProperty("user.name");
    return u == null || u.isBlank() ? "unknown" : u;
  }

  @Command(
      name = "import",
      mixinStandardHelpOptions = true,
      description = {
        "Import a list file. The whole file is read first; any error names the file, line,"
            + " record and field, and leaves the registry unchanged.",
        "A newer file of the same list records a new version of each changed entry and delists"
            + " entries it no longer has; the same file again changes nothing."
      })
  static final class Import extends StoreCommand {
    @Option(
        names = "--list",
        required = true,
        paramLabel = "ID",
        description = "List id, e.g. un-sc, ofac-sdn, ecl.")
    String list;

    @Option(
        names = "--format",
        required = true,
        paramLabel = "FORMAT",
        description = "un-xml, ofac-csv (path of sdn.csv), ftm, csv or json.")
    String format;

    @Parameters(paramLabel = "FILE", description = "The list file.")
    Path file;

    @Option(names = "--name", description = "Name of the list, when it is new.")
    String name;

    @Option(
        names = "--kind",
        description = "Kind of the list, when it is new: ${COMPLETION-CANDIDATES}.")
    ListKind kind;

    @Option(names = "--agency", description = "Owning agency, when the list is new.")
    String agency;

    @Override
    protected int run(Store store, PrintWriter out) {
      PrintWriter err = spec.commandLine().getErr();
      long t0 = System.nanoTime();
      ImportResult d =
          importFile(
              store.registry(), newList(list, name, kind, agency), format, file, actor(), err);
      double seconds = (System.nanoTime() - t0) / 1e9;
      if (json) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("list", d.listId());
        m.put("source", d.source());
        m.put("added", d.added().size());
        m.put("changed", d.changed().size());
        m.put("removed", d.removed().size());
        m.put("unchanged", d.unchanged());
        m.put("changeId", d.changeId());
        m.put("seconds", Math.round(seconds * 1000) / 1000.0);
        m.put("addedIds", d.added());
        m.put("changedIds", d.changed());
        m.put("removedIds", d.removed());
        Json.print(out, m);
      } else {
        out.println(delta(d, seconds));
      }
      return 0;
    }
  }

  static String delta(ImportResult d, double seconds) {
    return String.format(
        Locale.ROOT,
        "%s: %d added, %d changed, %d removed, %d unchanged (%s) in %.2f s%s",
        d.listId(),
        d.added().size(),
        d.changed().size(),
        d.removed().size(),
        d.unchanged(),
        d.source(),
        seconds,
        d.isEmpty() ? " — nothing to do, the registry already has this file" : "");
  }

  @Command(
      name = "stats",
      mixinStandardHelpOptions = true,
      description = "Active entries of a list by nationality (\"687 entries from 26 countries\").")
  static final class Stats extends StoreCommand {
    @Parameters(paramLabel = "ID", description = "List id.")
    String list;

    @Override
    protected int run(Store store, PrintWriter out) {
      Registry r = store.registry();
      Watchlist l =
          r.list(list).orElseThrow(() -> new IllegalArgumentException("no list '" + list + "'"));
      List<Entry> entries = r.entries(list);
      Map<String, Integer> counts = r.nationalityCounts(list);
      long without = entries.stream().filter(e -> e.nationalities().isEmpty()).count();
      if (json) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("list", l.id());
        m.put("entries", entries.size());
        m.put("countries", counts.size());
        m.put("withoutNationality", without);
        List<Map<String, Object>> rows = new ArrayList<>();
        counts.forEach(
            (code, n) -> {
              Map<String, Object> row = new LinkedHashMap<>();
              row.put("nationality", code);
              row.put("country", Countries.name(code).orElse(code));
              row.put("entries", n);
              rows.add(row);
            });
        m.put("byNationality", rows);
        Json.print(out, m);
        return 0;
      }
      out.printf(
          Locale.ROOT,
          "%s (%s): %d entries from %d countries; %d with no nationality given%n%n",
          l.name(),
          l.id(),
          entries.size(),
          counts.size(),
          without);
      out.printf(Locale.ROOT, "%-5s %-40s %7s%n", "CODE", "COUNTRY", "ENTRIES");
      counts.forEach(
          (code, n) ->
              out.printf(
                  Locale.ROOT,
                  "%-5s %-40s %7d%n",
                  code.length() <= 3 ? code : "",
                  abbreviate(Countries.name(code).orElse(code), 40),
                  n));
      return 0;
    }
  }

  @Command(
      name = "export",
      mixinStandardHelpOptions = true,
      description =
          "Write a list's active entries in the national list format (docs/national-list-format.md),"
              + " which `lists import` reads back.")
  static final class Export implements Callable<Integer> {
    @Mixin HomeOption home;

    @Option(names = "--list", required = true, paramLabel = "ID", description = "List id.")
    String list;

    @Option(names = "--format", required = true, description = "csv or json.")
    String format;

    @Option(
        names = "--out",
        paramLabel = "FILE",
        description = "Output file (default: standard output).")
    Path outFile;

    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
      if (!format.equals("csv") && !format.equals("json")) {
        throw new IllegalArgumentException("format '" + format + "': use csv or json");
      }
      try (Store store = home.openStore()) {
        Registry r = store.registry();
        r.list(list).orElseThrow(() -> new IllegalArgumentException("no list '" + list + "'"));
        List<Entry> entries = r.entries(list);
        if (outFile == null) {
          write(entries, spec.commandLine().getOut());
        } else {
          try (Writer w = Files.newBufferedWriter(outFile, StandardCharsets.UTF_8)) {
            write(entries, w);
          }
          spec.commandLine()
              .getErr()
              .printf(
                  Locale.ROOT, "%d entries of %s written to %s%n", entries.size(), list, outFile);
        }
        return 0;
      } catch (UncheckedIOException e) {
        throw e.getCause();
      }
    }

    private void write(List<Entry> entries, Writer w) {
      if (format.equals("csv")) {
        NationalListFormat.writeCsv(entries, w);
      } else {
        NationalListFormat.writeJson(entries, w);
      }
      try {
        w.flush();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
