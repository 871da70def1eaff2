package org.crosspoint.intake.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosspoint.intake.Extraction;
import org.crosspoint.intake.Intake;
import org.crosspoint.intake.document.Document;
import org.crosspoint.intake.document.DocumentReader;
import org.crosspoint.intake.facts.Fact;
import org.crosspoint.intake.facts.FactType;

/**
 * Scores events on MUC-4 (terrorism in Latin America, 1989–91, FBIS wire copy in capitals; the GRIT
 * staging: {@code doc_train}/{@code doc_dev} original texts, {@code keys_*} templates, {@code
 * train.json}/{@code dev.json} role fillers with coreferent mentions).
 *
 * <p>Each message goes through the whole chain (document cleaning with true-casing, mentions,
 * facts). Per message it scores:
 *
 * <ul>
 *   <li><b>incident</b>: the key has at least one template (any MUC-4 incident type) against the
 *       chain finding at least one ATTACK fact. MUC-4 types map to ATTACK with a "kind": ATTACK →
 *       attack, BOMBING → bombing, KIDNAPPING → kidnapping, ARSON → arson, ROBBERY → robbery,
 *       FORCED WORK STOPPAGE → not extracted (no such trigger); the staged keys carry no incident
 *       type, so kinds are not scored.
 *   <li><b>PerpInd</b> ← the ATTACK argument "perpetrator"; <b>PerpOrg</b> ← "claimed_by",
 *       "attributed_to" and "perpetrator_organisation"; <b>Target</b> ← "target" (physical
 *       targets); <b>Victim</b> ← "victim" (named persons: the GRIT keys hold victims' names, not
 *       descriptions such as "a soldier", which the chain keeps apart as "victim_description").
 * </ul>
 *
 * <p>Role scoring follows GRIT (Du et al. 2021): per message and role, the predicted strings
 * (deduplicated) against the gold entities, each entity a set of coreferent mentions; a prediction
 * is correct when it matches a mention of a not yet matched entity. "exact" needs the same words
 * (case, punctuation and a leading article ignored); "overlap" accepts one inside the other on word
 * boundaries (the "head noun" leniency of the MUC scorer, e.g. "guerrillas" for "urban
 * guerrillas"). The staged keys hold no killed / wounded effect slots, so casualty counts cannot be
 * scored here.
 *
 * <p>Split: a message is TEST when the first hex digit of SHA-256(message id) is 8–f, else DEV;
 * rules are tuned looking at DEV messages only ({@code --details} lists DEV errors only).
 */
public final class Muc4Evaluation {
  public static final List<String> ROLES = List.of("PerpInd", "PerpOrg", "Target", "Victim");

  private static final Pattern DATELINE =
      Pattern.compile(
          "\\b(\\d{1,2})\\s+(JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)[A-Z]*\\s+(\\d{2})\\b");
  private static final List<String> MONTHS =
      List.of("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC");
  private static final Set<String> LEADING =
      Set.of("the", "a", "an", "some", "several", "two", "three", "four", "five", "six");

  private Muc4Evaluation() {}

  /** One message: its id, wire text (line-wrapped, capitals), dateline and gold. */
  record Message(
      String id,
      String text,
      String dateline,
      boolean incident,
      Map<String, List<List<String>>> roles) {}

  /**
   * Scores keyed "split/role" (split: dev, test, all; role: incident, PerpInd, PerpOrg, Target,
   * Victim, in matching exact and overlap: "dev/exact/PerpOrg"); {@code devErrors} gets the DEV
   * misses and false positives.
   */
  public static Map<String, Score> run(Path dir, Intake intake, List<String> devErrors)
      throws IOException {
    List<Message> messages = new ArrayList<>();
    for (String part : List.of("train", "dev")) {
      messages.addAll(read(dir, part));
    }
    if (messages.isEmpty()) {
      throw new IllegalArgumentException(
          dir + ": no MUC-4 messages (doc_train, doc_dev with keys_* and *.json) found");
    }
    Map<String, Score> scores = new LinkedHashMap<>();
    for (Message m : messages) {
      String split = test(m.id()) ? "test" : "dev";
      Extraction x = intake.extract(document(m));
      Map<String, List<String>> predicted = predicted(x);
      boolean found = x.facts().stream().anyMatch(f -> f.type() == FactType.ATTACK);
      int tp = found && m.incident() ? 1 : 0;
      Score inc = new Score("incident", tp, found ? 1 : 0, tp, m.incident() ? 1 : 0);
      for (String s : List.of(split, "all")) {
        for (String matching : List.of("exact", "overlap")) {
          scores.merge(
              s + "/" + matching + "/incident", relabel(inc, s + " incident"), Score::plus);
        }
      }
      if (split.equals("dev") && found != m.incident()) {
        devErrors.add(m.id() + (found ? " incident not in the key" : " incident missed"));
      }
      for (String role : ROLES) {
        List<List<String>> gold = m.roles().getOrDefault(role, List.of());
        List<String> pred = predicted.getOrDefault(role, List.of());
        for (String matching : List.of("exact", "overlap")) {
          Score sc = score(role, pred, gold, matching.equals("overlap"));
          for (String s : List.of(split, "all")) {
            scores.merge(
                s + "/" + matching + "/" + role,
                relabel(sc, s + " " + matching + " " + role),
                Score::plus);
          }
        }
        if (split.equals("dev")) {
          errors(m.id(), role, pred, gold, devErrors);
        }
      }
    }
    return scores;
  }

  /** TEST when the first hex digit of SHA-256(message id) is 8–f. */
  static boolean test(String id) {
    return Character.digit(DocumentReader.sha256(id.getBytes(StandardCharsets.UTF_8)).charAt(0), 16)
        >= 8;
  }

  private static Score relabel(Score s, String label) {
    return new Score(label, s.correct(), s.predicted(), s.found(), s.gold());
  }

  /** The chain's role fillers for one message, by MUC-4 role. */
  static Map<String, List<String>> predicted(Extraction x) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    for (Fact f : x.facts()) {
      if (f.type() != FactType.ATTACK) {
        continue;
      }
      List<String> victims = strings(f.argument("victim"));
      add(out, "PerpInd", strings(f.argument("perpetrator")));
      add(out, "PerpOrg", strings(f.argument("claimed_by")));
      add(out, "PerpOrg", strings(f.argument("attributed_to")));
      add(out, "PerpOrg", strings(f.argument("perpetrator_organisation")));
      add(out, "Victim", victims);
      List<String> targets = new ArrayList<>(strings(f.argument("target")));
      targets.removeAll(victims);
      add(out, "Target", targets);
    }
    return out;
  }

  private static void add(Map<String, List<String>> out, String role, List<String> values) {
    List<String> l = out.computeIfAbsent(role, k -> new ArrayList<>());
    for (String v : values) {
      String n = normal(v);
      if (!n.isEmpty() && l.stream().noneMatch(o -> normal(o).equals(n))) {
        l.add(v);
      }
    }
  }

  static List<String> strings(Object v) {
    if (v == null) {
      return List.of();
    }
    if (v instanceof List<?> l) {
      return l.stream().map(String::valueOf).toList();
    }
    return List.of(String.valueOf(v));
  }

  static Score score(String role, List<String> pred, List<List<String>> gold, boolean overlap) {
    boolean[] used = new boolean[gold.size()];
    int correct = 0;
    for (String p : pred) {
      for (int g = 0; g < gold.size(); g++) {
        if (!used[g] && matches(p, gold.get(g), overlap)) {
          used[g] = true;
          correct++;
          break;
        }
      }
    }
    return new Score(role, correct, pred.size(), correct, gold.size());
  }

  static boolean matches(String predicted, List<String> mentions, boolean overlap) {
    String p = normal(predicted);
    for (String g : mentions) {
      String n = normal(g);
      if (p.equals(n)) {
        return true;
      }
      if (overlap && !p.isEmpty() && !n.isEmpty()) {
        if ((" " + n + " ").contains(" " + p + " ") || (" " + p + " ").contains(" " + n + " ")) {
          return true;
        }
      }
    }
    return false;
  }

  /** Lower case, letters and digits only, a leading article or small number dropped. */
  static String normal(String s) {
    String n =
        s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").replaceAll("\\s+", " ");
    n = n.strip();
    int sp = n.indexOf(' ');
    if (sp > 0 && LEADING.contains(n.substring(0, sp))) {
      n = n.substring(sp + 1);
    }
    return n;
  }

  private static void errors(
      String id, String role, List<String> pred, List<List<String>> gold, List<String> devErrors) {
    boolean[] used = new boolean[gold.size()];
    for (String p : pred) {
      boolean hit = false;
      for (int g = 0; g < gold.size(); g++) {
        if (!used[g] && matches(p, gold.get(g), true)) {
          used[g] = true;
          hit = true;
          break;
        }
      }
      if (!hit) {
        devErrors.add(id + " " + role + " not in the key: " + p);
      }
    }
    for (int g = 0; g < gold.size(); g++) {
      if (!used[g]) {
        devErrors.add(id + " " + role + " missed: " + gold.get(g));
      }
    }
  }

  /** The message as a document: paragraphs unwrapped, the dateline's date as publication date. */
  static Document document(Message m) {
    StringBuilder sb = new StringBuilder();
    for (String para : m.text().split("\\n\\s*\\n")) {
      String p = para.strip().replaceAll("\\s*\\n\\s*", " ");
      if (!p.isEmpty()) {
        sb.append(p).append("\n\n");
      }
    }
    Document d =
        DocumentReader.fromText(
            DocumentReader.sha256(m.id().getBytes(StandardCharsets.UTF_8)), m.id(), sb.toString());
    return new Document(
        d.sha256(),
        d.name(),
        d.text(),
        d.paragraphs(),
        d.title(),
        d.outlet(),
        d.author(),
        published(m.dateline()).or(d::published),
        d.dropped());
  }

  /** "GUATEMALA CITY, 4 FEB 90 (ACAN-EFE)" → 1990-02-04. */
  static Optional<LocalDate> published(String dateline) {
    if (dateline == null) {
      return Optional.empty();
    }
    Matcher m = DATELINE.matcher(dateline.toUpperCase(Locale.ROOT));
    if (!m.find()) {
      return Optional.empty();
    }
    try {
      return Optional.of(
          LocalDate.of(
              1900 + Integer.parseInt(m.group(3)),
              MONTHS.indexOf(m.group(2)) + 1,
              Integer.parseInt(m.group(1))));
    } catch (java.time.DateTimeException e) {
      return Optional.empty();
    }
  }

  static List<Message> read(Path dir, String part) throws IOException {
    Path docs = dir.resolve("doc_" + part);
    Path keys = dir.resolve("keys_" + part);
    Path roles = dir.resolve(part + ".json");
    if (!Files.isRegularFile(docs) || !Files.isRegularFile(keys) || !Files.isRegularFile(roles)) {
      return List.of();
    }
    ObjectMapper json = new ObjectMapper();
    Map<String, Boolean> incident = incidents(json, keys);
    Map<String, Map<String, List<List<String>>>> gold = new LinkedHashMap<>();
    try (BufferedReader r = Files.newBufferedReader(roles, StandardCharsets.UTF_8)) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode d = json.readTree(line);
        Map<String, List<List<String>>> byRole = new LinkedHashMap<>();
        for (String role : ROLES) {
          List<List<String>> entities = new ArrayList<>();
          for (JsonNode entity : d.path("extracts").path(role)) {
            Set<String> mentions = new LinkedHashSet<>();
            for (JsonNode mention : entity) {
              mentions.add(mention.get(0).asText());
            }
            entities.add(List.copyOf(mentions));
          }
          byRole.put(role, entities);
        }
        gold.put(d.get("docid").asText(), byRole);
      }
    }
    List<Message> out = new ArrayList<>();
    try (BufferedReader r = Files.newBufferedReader(docs, StandardCharsets.UTF_8)) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode d = json.readTree(line);
        String id = d.get("docid").asText();
        if (!gold.containsKey(id) || !incident.containsKey(id)) {
          continue;
        }
        out.add(
            new Message(
                id,
                d.get("text").asText(),
                d.path("dateline").asText(null),
                incident.get(id),
                gold.get(id)));
      }
    }
    return out;
  }

  /** Message id → has at least one incident template (a template "*" means no incident). */
  private static Map<String, Boolean> incidents(ObjectMapper json, Path keys) throws IOException {
    Map<String, Boolean> out = new LinkedHashMap<>();
    String all = Files.readString(keys, StandardCharsets.UTF_8);
    for (String block : all.split("(?m)^%%%\\s*$")) {
      if (block.isBlank()) {
        continue;
      }
      JsonNode t = json.readTree(block);
      String id = null;
      boolean real = false;
      for (JsonNode slot : t) {
        String name = slot.get(0).asText();
        if (name.equals("message_id")) {
          id = slot.get(1).asText();
        } else if (name.equals("message_template")) {
          real = !slot.get(1).asText().equals("*");
        }
      }
      if (id != null) {
        out.merge(id, real, Boolean::logicalOr);
      }
    }
    return out;
  }
}
