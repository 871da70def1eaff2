package org.crosspoint.app;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.crosspoint.knowledge.KnowledgeBase;
import org.crosspoint.knowledge.StoredDocument;
import org.crosspoint.knowledge.StoredFact;
import org.crosspoint.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "claims",
    mixinStandardHelpOptions = true,
    description = {
      "Claims extracted from ingested reports: who says what, with which stance, per source.",
      "--contradictions shows, per proposition, the affirmations and denials side by side, and",
      "disputed figures per source; nothing is merged."
    })
final class ClaimsCommand implements Callable<Integer> {
  @Mixin HomeOption home;

  @Option(
      names = "--contradictions",
      description = "Only propositions that are both affirmed and denied, or whose figures differ.")
  boolean contradictions;

  @Option(names = "--json", description = "Print as JSON.")
  boolean json;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    // proposition → "affirm" / "deny" / "figures" → rows, one per claim and source: never merged.
    Map<String, Map<String, List<Map<String, Object>>>> byProp = new TreeMap<>();
    try (Store store = home.openStore()) {
      KnowledgeBase kb = KnowledgeBase.on(store.database());
      Map<String, StoredDocument> docs = new LinkedHashMap<>();
      for (StoredDocument d : kb.documents()) {
        docs.put(d.sha256(), d);
      }
      for (StoredFact fact : kb.facts(Optional.of("CLAIM"))) {
        Map<String, Object> a = fact.arguments();
        StoredDocument doc = docs.get(fact.documentSha());
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("speaker", a.get("speaker"));
        row.put("stance", a.get("stance"));
        if (a.containsKey("figure")) {
          row.put("figure", a.get("figure"));
          row.put("figure_text", a.get("figure_text"));
        }
        row.put("date", a.get("date"));
        row.put("document", doc.name());
        row.put("outlet", doc.outlet().orElse(null));
        row.put("published", doc.published().map(Object::toString).orElse(null));
        row.put("grade", String.valueOf(doc.reliability()) + fact.credibility());
        row.put("sentence", fact.sentence());
        row.put("start", fact.start());
        row.put("end", fact.end());
        String side = a.containsKey("figure") ? "figures" : String.valueOf(a.get("stance"));
        byProp
            .computeIfAbsent(String.valueOf(a.get("proposition")), k -> new TreeMap<>())
            .computeIfAbsent(side, k -> new ArrayList<>())
            .add(row);
      }
    }
    Map<String, Object> shown = new LinkedHashMap<>();
    for (var e : byProp.entrySet()) {
      Map<String, List<Map<String, Object>>> sides = e.getValue();
      boolean contested = sides.containsKey("affirm") && sides.containsKey("deny");
      boolean disputed =
          sides.getOrDefault("figures", List.of()).stream()
                  .map(r -> r.get("figure"))
                  .distinct()
                  .count()
              > 1;
      if (!contradictions || contested || disputed) {
        shown.put(e.getKey(), sides);
      }
    }
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      Json.print(out, shown);
      return 0;
    }
    if (shown.isEmpty()) {
      out.println(
          byProp.isEmpty()
              ? "no claims: ingest reports first (crosspoint ingest FILE...)"
              : "no contradictions");
    }
    for (var e : shown.entrySet()) {
      out.println("== " + e.getKey());
      @SuppressWarnings("unchecked")
      Map<String, List<Map<String, Object>>> sides =
          (Map<String, List<Map<String, Object>>>) e.getValue();
      for (String side : List.of("affirm", "deny", "figures")) {
        List<Map<String, Object>> rows = sides.get(side);
        if (rows == null) {
          continue;
        }
        out.println("  " + side.toUpperCase(java.util.Locale.ROOT) + ":");
        for (Map<String, Object> r : rows) {
          out.println(
              "    "
                  + (r.containsKey("figure")
                      ? r.get("figure_text") + " [" + r.get("figure") + "]  "
                      : "")
                  + r.get("speaker")
                  + (r.get("date") != null ? " (" + r.get("date") + ")" : "")
                  + "  — "
                  + r.get("document")
                  + (r.get("outlet") != null ? ", " + r.get("outlet") : "")
                  + " [source "
                  + r.get("grade")
                  + "]");
          out.println("      \"" + r.get("sentence") + "\"");
        }
      }
    }
    return 0;
  }
}
