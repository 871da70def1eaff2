package org.crosspoint.app;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
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
    Path dir = home.dir().resolve("intake");
    // proposition → stance or "figure" → rows
    Map<String, Map<String, List<Map<String, Object>>>> byProp = new TreeMap<>();
    if (Files.isDirectory(dir)) {
      try (var files = Files.list(dir)) {
        for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
          JsonNode doc = Json.MAPPER.readTree(f.toFile());
          for (JsonNode fact : doc.get("facts")) {
            if (!"CLAIM".equals(fact.path("type").asText())) {
              continue;
            }
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("speaker", fact.path("speaker").asText());
            row.put("stance", fact.path("stance").asText());
            if (fact.has("figure")) {
              row.put("figure", fact.path("figure").asText());
              row.put("figure_text", fact.path("figure_text").asText());
            }
            row.put("date", fact.path("date").asText(null));
            row.put("document", doc.path("file").asText());
            row.put("outlet", doc.path("outlet").asText(null));
            row.put("published", doc.path("published").asText(null));
            row.put("sentence", fact.path("evidence").path("sentence").asText());
            String side = fact.has("figure") ? "figures" : fact.path("stance").asText();
            byProp
                .computeIfAbsent(fact.path("proposition").asText(), k -> new TreeMap<>())
                .computeIfAbsent(side, k -> new ArrayList<>())
                .add(row);
          }
        }
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
                  + (r.get("outlet") != null ? ", " + r.get("outlet") : ""));
          out.println("      \"" + r.get("sentence") + "\"");
        }
      }
    }
    return 0;
  }
}
