package org.crosspoint.intake.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.crosspoint.intake.Extraction;
import org.crosspoint.intake.Intake;
import org.crosspoint.intake.document.DocumentReader;
import org.crosspoint.intake.facts.Fact;
import org.crosspoint.intake.facts.FactType;
import org.crosspoint.intake.mentions.Mention;
import org.crosspoint.intake.mentions.MentionType;

/**
 * Scores extraction on the seed reports against an analyst's expectation file (see {@code
 * eval/intake-seeds-expected.json}). Persons: an expected person is found when a predicted person
 * mention's text or canonical name equals one of its spellings (case-insensitive); a predicted
 * person (by canonical name) that matches no expected or optional person is a false positive.
 * Organisations: by canonical name. Attacks: found when an ATTACK fact's name contains the expected
 * name and its "killed" equals the report's number exactly; claimed-by and attributed-to are scored
 * as separate lines (exact set equality). Claims: found when a CLAIM fact has the stance and its
 * speaker contains the expected speaker, or carries the expected figure.
 */
public final class SeedEvaluation {
  private SeedEvaluation() {}

  public static Map<String, Score> run(
      Path seeds, Path expected, Intake intake, List<String> details) throws IOException {
    JsonNode exp = new ObjectMapper().readTree(expected.toFile()).get("documents");
    Map<String, Score> total = new LinkedHashMap<>();
    List<Path> files;
    try (Stream<Path> s = Files.list(seeds)) {
      files = s.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
    }
    for (Path f : files) {
      String id = f.getFileName().toString().substring(0, 3);
      JsonNode e = exp.get(id);
      if (e == null) {
        continue;
      }
      Extraction x = intake.extract(DocumentReader.read(f));
      add(total, persons(id, e, x, details));
      add(total, organisations(id, e, x, details));
      for (Score s : attacks(id, e, x, details)) {
        add(total, s);
      }
      add(total, claims(id, e, x, details));
    }
    return total;
  }

  private static void add(Map<String, Score> total, Score s) {
    total.merge(s.label(), s, Score::plus);
  }

  private static String key(String s) {
    return s.toLowerCase(Locale.ROOT).replace('’', '\'').strip();
  }

  private static Score persons(String id, JsonNode e, Extraction x, List<String> details) {
    List<Set<String>> want = spellings(e.get("persons"));
    List<Set<String>> optional = spellings(e.get("optional_persons"));
    Map<String, Set<String>> predicted = new LinkedHashMap<>();
    for (Mention m : x.mentions()) {
      // The analyst's list names persons; an office without a name ("the Prime Minister", kind
      // ROLE, marked for re3d's convention) is neither expected nor an error.
      if (m.type() == MentionType.PERSON && !m.nameless()) {
        Set<String> forms = predicted.computeIfAbsent(key(m.canonical()), k -> new HashSet<>());
        forms.add(key(m.text()));
        forms.add(key(m.canonical()));
      }
    }
    int found = 0;
    for (Set<String> w : want) {
      boolean hit =
          predicted.values().stream().anyMatch(forms -> forms.stream().anyMatch(w::contains));
      if (hit) {
        found++;
      } else {
        details.add(id + " person missed: " + w);
      }
    }
    int correct = 0;
    int counted = 0;
    for (Map.Entry<String, Set<String>> p : predicted.entrySet()) {
      boolean ok = want.stream().anyMatch(w -> p.getValue().stream().anyMatch(w::contains));
      boolean opt = optional.stream().anyMatch(w -> p.getValue().stream().anyMatch(w::contains));
      if (ok) {
        correct++;
        counted++;
      } else if (!opt) {
        counted++;
        details.add(id + " person not expected: " + p.getKey());
      }
    }
    return new Score("persons", correct, counted, found, want.size());
  }

  private static Score organisations(String id, JsonNode e, Extraction x, List<String> details) {
    Set<String> want = new HashSet<>();
    e.get("organisations").forEach(n -> want.add(key(n.asText())));
    Set<String> optional = new HashSet<>();
    e.get("optional_organisations").forEach(n -> optional.add(key(n.asText())));
    Set<String> predicted = new HashSet<>();
    for (Mention m : x.mentions()) {
      // The analyst's list names organisations; a nation's people ("Pakistanis", "Uzbek
      // fighters", kind PEOPLE, marked for re3d's convention) is neither expected nor an error.
      if (m.type() == MentionType.ORGANISATION && !m.nameless()) {
        predicted.add(key(m.canonical()));
      }
    }
    int found = 0;
    for (String w : want) {
      if (predicted.contains(w)) {
        found++;
      } else {
        details.add(id + " organisation missed: " + w);
      }
    }
    int counted = 0;
    int correct = 0;
    for (String p : predicted) {
      if (want.contains(p)) {
        correct++;
        counted++;
      } else if (!optional.contains(p)) {
        counted++;
        details.add(id + " organisation not expected: " + p);
      }
    }
    return new Score("organisations", correct, counted, found, want.size());
  }

  private static List<Score> attacks(String id, JsonNode e, Extraction x, List<String> details) {
    List<Fact> attacks = x.facts().stream().filter(f -> f.type() == FactType.ATTACK).toList();
    int found = 0;
    int claimed = 0;
    int attributed = 0;
    int attributedWanted = 0;
    for (JsonNode a : e.get("attacks")) {
      String name = key(a.get("name").asText());
      int killed = a.get("killed").asInt();
      Fact hit = null;
      for (Fact f : attacks) {
        if (key(String.valueOf(f.argument("name"))).contains(name)
            && Integer.valueOf(killed).equals(f.argument("killed"))) {
          hit = f;
        }
      }
      if (hit == null) {
        details.add(
            id + " attack missed (or wrong casualty count): " + name + " " + killed + " killed");
        continue;
      }
      found++;
      if (set(a.get("claimed_by")).equals(set(hit.argument("claimed_by")))) {
        claimed++;
      } else {
        details.add(
            id
                + " attack "
                + name
                + " claimed_by "
                + hit.argument("claimed_by")
                + ", expected "
                + a.get("claimed_by"));
      }
      if (a.has("attributed_to")) {
        attributedWanted++;
        if (set(hit.argument("attributed_to")).containsAll(set(a.get("attributed_to")))) {
          attributed++;
        } else {
          details.add(
              id
                  + " attack "
                  + name
                  + " attributed_to "
                  + hit.argument("attributed_to")
                  + ", expected "
                  + a.get("attributed_to"));
        }
      }
    }
    int n = e.get("attacks").size();
    return List.of(
        new Score("attacks (name + killed)", found, attacks.size(), found, n),
        new Score("attacks claimed_by", claimed, n, claimed, n),
        new Score(
            "attacks attributed_to", attributed, attributedWanted, attributed, attributedWanted));
  }

  private static Set<String> set(Object v) {
    Set<String> out = new HashSet<>();
    if (v instanceof JsonNode n) {
      n.forEach(i -> out.add(key(i.asText())));
    } else if (v instanceof List<?> l) {
      l.forEach(i -> out.add(key(String.valueOf(i))));
    }
    return out;
  }

  private static Score claims(String id, JsonNode e, Extraction x, List<String> details) {
    List<Fact> claims = x.facts().stream().filter(f -> f.type() == FactType.CLAIM).toList();
    int found = 0;
    for (JsonNode c : e.get("claims")) {
      boolean hit = false;
      for (Fact f : claims) {
        String prop = String.valueOf(f.argument("proposition"));
        if (!prop.contains(c.get("proposition").asText())) {
          continue;
        }
        if (c.has("figure")) {
          hit |= c.get("figure").asText().equals(f.argument("figure"));
        } else {
          hit |=
              c.get("stance").asText().equals(f.argument("stance"))
                  && key(String.valueOf(f.argument("speaker")))
                      .contains(key(c.get("speaker").asText()));
        }
      }
      if (hit) {
        found++;
      } else {
        details.add(id + " claim missed: " + c);
      }
    }
    int n = e.get("claims").size();
    return new Score("claims (speaker + stance, figures)", found, n, found, n);
  }

  private static List<Set<String>> spellings(JsonNode arr) {
    List<Set<String>> out = new ArrayList<>();
    if (arr != null) {
      for (JsonNode group : arr) {
        Set<String> s = new HashSet<>();
        group.forEach(n -> s.add(key(n.asText())));
        out.add(s);
      }
    }
    return out;
  }
}
