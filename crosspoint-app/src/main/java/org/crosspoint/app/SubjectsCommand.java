package org.crosspoint.app;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.crosspoint.knowledge.Credibility;
import org.crosspoint.knowledge.KnowledgeBase;
import org.crosspoint.knowledge.StoredDocument;
import org.crosspoint.knowledge.StoredFact;
import org.crosspoint.knowledge.Subject;
import org.crosspoint.knowledge.SubjectLink;
import org.crosspoint.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "subjects",
    mixinStandardHelpOptions = true,
    description = {
      "Persons and organisations resolved across ingested reports, with their spellings, the",
      "reports naming them, 'possibly the same' links (never merges) and watchlist entries.",
      "'subjects show ID' lists every fact about the subject with its evidence sentence."
    },
    subcommands = {SubjectsCommand.Show.class, SubjectGraphCommand.class})
final class SubjectsCommand extends StoreCommand {
  @Option(names = "--kind", paramLabel = "KIND", description = "PERSON or ORGANISATION.")
  String kind;

  @Override
  protected int run(Store store, PrintWriter out) {
    KnowledgeBase kb = KnowledgeBase.on(store.database());
    List<Subject> subjects = new ArrayList<>();
    for (Subject s : kb.subjects()) {
      if (kind == null || s.kind().equalsIgnoreCase(kind)) {
        subjects.add(s);
      }
    }
    if (json) {
      Json.print(out, Map.of("subjects", subjects, "links", kb.links()));
      return 0;
    }
    if (subjects.isEmpty()) {
      out.println("no subjects: ingest reports first (crosspoint ingest FILE...)");
    }
    for (Subject s : subjects) {
      out.printf(
          Locale.ROOT,
          "%s  %-12s %-40s %d report(s)%s%n",
          s.id(),
          s.kind(),
          s.name(),
          s.documents().size(),
          s.watchlistEntries().isEmpty()
              ? ""
              : "  watchlist candidates: " + String.join(", ", s.watchlistEntries()));
    }
    for (SubjectLink l : kb.links()) {
      out.printf(
          Locale.ROOT,
          "%s %s %s (%.2f): %s%n",
          l.subjectA(),
          l.relation(),
          l.subjectB(),
          l.confidence(),
          l.reason());
    }

    return 0;
  }

  @Command(
      name = "show",
      mixinStandardHelpOptions = true,
      description = "One subject with every fact naming it and its evidence.")
  static final class Show implements Callable<Integer> {
    @Mixin HomeOption home;

    @Option(names = "--json", description = "Print as JSON.")
    boolean json;

    @Parameters(paramLabel = "ID", description = "Subject id (from 'crosspoint subjects').")
    String id;

    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
      try (Store store = home.openStore()) {
        KnowledgeBase kb = KnowledgeBase.on(store.database());
        Subject s =
            kb.subject(id)
                .orElseThrow(
                    () ->
                        new IllegalArgumentException(
                            "no subject " + id + "; see 'crosspoint subjects'"));
        Map<String, StoredDocument> docs = new LinkedHashMap<>();
        for (StoredDocument d : kb.documents()) {
          docs.put(d.sha256(), d);
        }
        List<Map<String, Object>> facts = new ArrayList<>();
        for (StoredFact f : kb.facts(Optional.empty())) {
          if (!s.documents().contains(f.documentSha()) || !mentions(f, s)) {
            continue;
          }
          Map<String, Object> j = new LinkedHashMap<>();
          j.put("type", f.type());
          j.putAll(f.arguments());
          StoredDocument d = docs.get(f.documentSha());
          j.put("document", d.name());
          j.put(
              "source",
              d.outlet().orElse("unknown") + " (" + d.reliability() + f.credibility() + ")");
          j.put("credibility", f.credibility() + " " + Credibility.label(f.credibility()));
          j.put("evidence", Map.of("sentence", f.sentence(), "start", f.start(), "end", f.end()));
          facts.add(j);
        }
        List<SubjectLink> links =
            kb.links().stream()
                .filter(l -> l.subjectA().equals(id) || l.subjectB().equals(id))
                .toList();
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
          Map<String, Object> o = new LinkedHashMap<>();
          o.put("subject", s);
          o.put("links", links);
          o.put("facts", facts);
          Json.print(out, o);
          return 0;
        }
        out.println(s.id() + "  " + s.kind() + "  " + s.name());
        out.println("  also written: " + String.join(", ", s.aliases()));
        out.println("  reports: " + s.documents().stream().map(d -> docs.get(d).name()).toList());
        out.println(
            "  watchlist candidates (matcher alerts): "
                + (s.watchlistEntries().isEmpty()
                    ? "no entry matched"
                    : String.join(", ", s.watchlistEntries())));
        for (SubjectLink l : links) {
          out.printf(
              Locale.ROOT,
              "  %s %s %s (%.2f) %s%n",
              l.subjectA(),
              l.relation(),
              l.subjectB(),
              l.confidence(),
              l.reason());
        }
        for (Map<String, Object> f : facts) {
          Map<String, Object> args = new LinkedHashMap<>(f);
          Object ev = args.remove("evidence");
          Object doc = args.remove("document");
          Object src = args.remove("source");
          out.println("  " + args);
          @SuppressWarnings("unchecked")
          Map<String, Object> e = (Map<String, Object>) ev;
          out.println("      \"" + e.get("sentence") + "\"  — " + doc + ", " + src);
        }
      }
      return 0;
    }

    /** Whether a fact names the subject in any argument (exact canonical name or alias). */
    private static boolean mentions(StoredFact f, Subject s) {
      for (Object v : f.arguments().values()) {
        List<?> vs = v instanceof List<?> l ? l : List.of(String.valueOf(v));
        for (Object x : vs) {
          String t = String.valueOf(x);
          if (t.equals(s.name()) || s.aliases().contains(t) || t.endsWith(" " + s.name())) {
            return true;
          }
        }
      }
      return false;
    }
  }
}
