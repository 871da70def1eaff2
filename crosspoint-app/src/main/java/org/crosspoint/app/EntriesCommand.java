package org.crosspoint.app;

import java.io.PrintWriter;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.crosspoint.dates.PartialDate;
import org.crosspoint.registry.EntryVersion;
import org.crosspoint.registry.Registry;
import org.crosspoint.store.Store;
import org.crosspoint.watchlist.Entry;
import org.crosspoint.watchlist.EntryName;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code crosspoint entries}: look up listed subjects, their versions and history. */
@Command(
    name = "entries",
    mixinStandardHelpOptions = true,
    description = "Show, search and trace the history of watchlist entries.",
    subcommands = {
      EntriesCommand.Show.class,
      EntriesCommand.Search.class,
      EntriesCommand.History.class,
      EntriesCommand.Delist.class,
      EntriesCommand.ReviewDue.class
    })
public final class EntriesCommand extends GroupCommand {

  @Command(
      name = "show",
      mixinStandardHelpOptions = true,
      description =
          "Show one entry (id LIST:EXTERNAL-ID, e.g. un-sc:6908020), now or as of a time.")
  static final class Show extends StoreCommand {
    @Parameters(paramLabel = "ID", description = "Entry id, e.g. un-sc:6908020 or ofac-sdn:6365.")
    String id;

    @Option(
        names = "--as-of",
        paramLabel = "INSTANT",
        description = "Show the version valid at this UTC time, e.g. 2026-01-31T00:00:00Z.")
    String asOf;

    @Override
    protected int run(Store store, PrintWriter out) {
      Registry r = store.registry();
      Entry e;
      if (asOf != null) {
        Instant at;
        try {
          at = Instant.parse(asOf);
        } catch (DateTimeParseException ex) {
          throw new IllegalArgumentException(
              "--as-of '" + asOf + "' is not a UTC time like 2026-01-31T00:00:00Z");
        }
        e =
            r.entryAsOf(id, at)
                .orElseThrow(
                    () ->
                        new IllegalArgumentException("entry " + id + " did not exist at " + asOf));
      } else {
        e = r.entry(id).orElseThrow(() -> notFound(id));
      }
      show(out, e, EntriesCommand::print);
      return 0;
    }
  }

  static IllegalArgumentException notFound(String id) {
    return new IllegalArgumentException(
        "no entry '" + id + "'; ids look like un-sc:6908020 (try: crosspoint entries search NAME)");
  }

  static void print(PrintWriter out, Entry e) {
    out.printf(Locale.ROOT, "%s  %s  [%s, %s]%n", e.id(), e.displayName(), e.type(), e.status());
    out.println("  names:");
    for (EntryName n : e.names()) {
      String parts =
          n.parts().isEmpty()
              ? ""
              : "  ("
                  + n.parts().stream()
                      .map(p -> p.role().name().toLowerCase(Locale.ROOT) + " " + p.value())
                      .collect(Collectors.joining(", "))
                  + ")";
      out.printf(Locale.ROOT, "    %-15s %-4s %s%s%n", n.kind(), n.script(), n.full(), parts);
    }
    line(out, "born", e.birthDates().stream().map(PartialDate::toString).toList());
    line(out, "birthplace", e.birthPlaces());
    line(out, "nationality", e.nationalities());
    line(out, "gender", e.gender().isEmpty() ? List.of() : List.of(e.gender()));
    line(
        out,
        "documents",
        e.documents().stream()
            .map(
                d ->
                    d.type()
                        + " "
                        + d.number()
                        + (d.issuingState().isEmpty() ? "" : " (" + d.issuingState() + ")")
                        + (d.note().isEmpty() ? "" : " — " + d.note()))
            .toList());
    line(
        out,
        "addresses",
        e.addresses().stream()
            .map(
                a ->
                    String.join(
                        ", ",
                        java.util.stream.Stream.of(
                                a.street(), a.city(), a.region(), a.country(), a.note())
                            .filter(s -> !s.isEmpty())
                            .toList()))
            .toList());
    line(out, "affiliations", e.affiliations());
    line(out, "legal basis", e.legalBasis().isEmpty() ? List.of() : List.of(e.legalBasis()));
    line(out, "source", e.sourceReference().isEmpty() ? List.of() : List.of(e.sourceReference()));
    line(out, "listed on", e.listedOn() == null ? List.of() : List.of(e.listedOn().toString()));
    line(out, "review by", e.reviewBy() == null ? List.of() : List.of(e.reviewBy().toString()));
    if (!e.reason().isEmpty()) {
      out.println("  reason:");
      out.println("    " + e.reason().replace("\n", "\n    "));
    }
    out.flush();
  }

  private static void line(PrintWriter out, String label, List<String> values) {
    if (values.isEmpty()) {
      return;
    }
    out.printf(Locale.ROOT, "  %-13s %s%n", label + ":", String.join("; ", values));
  }

  @Command(
      name = "search",
      mixinStandardHelpOptions = true,
      description =
          "Find entries whose names contain TEXT, ignoring case, accents and punctuation (plain"
              + " lookup; screening does the fuzzy name matching).")
  static final class Search extends StoreCommand {
    @Parameters(paramLabel = "TEXT", arity = "1..*", description = "Name or part of a name.")
    List<String> text;

    @Option(names = "--limit", defaultValue = "20", description = "At most this many (default 20).")
    int limit;

    @Override
    protected int run(Store store, PrintWriter out) {
      List<Entry> found = store.registry().search(String.join(" ", text), limit);
      if (json) {
        Json.print(out, found);
        return 0;
      }
      if (found.isEmpty()) {
        out.println("no entry has a name containing '" + String.join(" ", text) + "'");
        return 0;
      }
      for (Entry e : found) {
        out.printf(
            Locale.ROOT, "%-22s %-8s %-12s %s%n", e.id(), e.status(), e.type(), e.displayName());
      }
      return 0;
    }
  }

  @Command(
      name = "history",
      mixinStandardHelpOptions = true,
      description = "Every version of an entry: when, who, why, and its status then.")
  static final class History extends StoreCommand {
    @Parameters(paramLabel = "ID", description = "Entry id.")
    String id;

    @Override
    protected int run(Store store, PrintWriter out) {
      List<EntryVersion> versions = store.registry().history(id);
      if (versions.isEmpty()) {
        throw notFound(id);
      }
      if (json) {
        Json.print(out, versions);
        return 0;
      }
      out.println(id + "  " + versions.get(versions.size() - 1).entry().displayName());
      for (EntryVersion v : versions) {
        out.printf(
            Locale.ROOT,
            "  v%-3d %s .. %-27s %-8s %-7s by %s: %s%n",
            v.version(),
            v.validFrom(),
            v.validTo() == null ? "now" : v.validTo().toString(),
            v.entry().status(),
            v.action(),
            v.actor(),
            v.detail());
      }
      return 0;
    }
  }

  @Command(
      name = "delist",
      mixinStandardHelpOptions = true,
      description = {
        "Take an entry off its list (a review, a court order, a redress request): a new DELISTED"
            + " version with who and why; the history keeps every earlier version.",
        "Screening stops matching it within seconds."
      })
  static final class Delist implements Callable<Integer> {
    @Mixin HomeOption home;

    @Parameters(paramLabel = "ID", description = "Entry id.")
    String id;

    @Option(names = "--by", required = true, description = "Who delists (recorded).")
    String by;

    @Option(
        names = "--reason",
        required = true,
        description = "Why: the review, order or redress decision.")
    String reason;

    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
      if (reason.isBlank()) {
        throw new IllegalArgumentException("a delisting needs its reason (--reason TEXT)");
      }
      try (Store store = home.openStore()) {
        store.registry().delist(id, by, reason);
        spec.commandLine().getOut().println(id + " delisted by " + by + ": " + reason);
        return 0;
      }
    }
  }

  @Command(
      name = "review-due",
      mixinStandardHelpOptions = true,
      description = "Active entries whose review date has come (or comes within --within days).")
  static final class ReviewDue extends StoreCommand {
    @Option(
        names = "--within",
        defaultValue = "0",
        description = "Days ahead (default: ${DEFAULT-VALUE}).")
    int within;

    @Override
    protected int run(Store store, PrintWriter out) {
      java.time.LocalDate limit =
          java.time.LocalDate.now(java.time.ZoneOffset.UTC).plusDays(Math.max(0, within));
      List<Entry> due =
          store.registry().activeEntries().stream()
              .filter(e -> e.reviewBy() != null && !e.reviewBy().isAfter(limit))
              .sorted(java.util.Comparator.comparing(Entry::reviewBy))
              .toList();
      if (json) {
        Json.print(
            out,
            due.stream()
                .map(
                    e ->
                        java.util.Map.of(
                            "id",
                            e.id(),
                            "name",
                            e.displayName(),
                            "list",
                            e.listId(),
                            "review_by",
                            e.reviewBy().toString()))
                .toList());
      } else if (due.isEmpty()) {
        out.println("no listing is due for review by " + limit);
      } else {
        for (Entry e : due) {
          out.printf(
              java.util.Locale.ROOT,
              "%s  review by %s  %s (%s)%n",
              e.id(),
              e.reviewBy(),
              e.displayName(),
              e.legalBasis());
        }
      }
      return 0;
    }
  }
}
