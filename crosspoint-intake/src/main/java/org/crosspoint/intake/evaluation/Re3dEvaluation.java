package org.crosspoint.intake.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.crosspoint.intake.Intake;
import org.crosspoint.intake.document.DocumentReader;
import org.crosspoint.intake.gazetteer.Gazetteer;
import org.crosspoint.intake.mentions.Mention;
import org.crosspoint.intake.mentions.MentionFinder;
import org.crosspoint.intake.mentions.MentionType;
import org.crosspoint.intake.mentions.TrainedNameFinder;

/**
 * Scores person, organisation and place mentions on re3d (dstl/re3d: 98 documents on the Syria and
 * Iraq conflict, entity spans with character offsets).
 *
 * <p>Split: re3d has none, so a document is TEST when the first hex digit of SHA-256(document id)
 * is 8–f, else DEV; the rules were tuned looking at DEV documents only. Matching: "exact" needs the
 * same type and the same offsets; "overlap" needs the same type and any shared character. re3d
 * gives nested alternatives ("Iraqi President Fuad Masum" and "President Fuad"); a gold span inside
 * another gold span of the same type is an accepted alternative: predicting it is no false
 * positive, missing it is no false negative when the enclosing span is found.
 */
public final class Re3dEvaluation {
  private static final Map<String, MentionType> TYPES =
      Map.of(
          "Person",
          MentionType.PERSON,
          "Organisation",
          MentionType.ORGANISATION,
          "Location",
          MentionType.PLACE);

  private Re3dEvaluation() {}

  record Gold(MentionType type, int start, int end, boolean name) {}

  /**
   * re3d also marks pronouns ("I", "we") and descriptions ("the city", "civilians") as entities; a
   * third matching, "overlap-names", counts recall over proper names only (a span that starts with
   * a capital letter and is not a pronoun or a "the ..." phrase), precision as in "overlap";
   * "exact-names" does the same with exact spans.
   */
  private static final java.util.Set<String> PRONOUNS =
      java.util.Set.of(
          "I", "He", "She", "We", "They", "It", "You", "His", "Her", "Our", "Their", "Its", "Me",
          "Us", "Him", "Them", "My", "Your");

  /** The span matchings scored, each printed per split and type. */
  public static final List<String> MATCHINGS =
      List.of("exact", "overlap", "exact-names", "overlap-names");

  /**
   * Scores keyed "split/matching/type" (split: dev, test, all; matching: one of {@link
   * #MATCHINGS}).
   */
  public static Map<String, Score> run(Path re3d, Intake intake) throws IOException {
    return run(re3d, intake, new ArrayList<>());
  }

  /**
   * As {@link #run(Path, Intake)}, and lists in {@code devErrors} every false positive and every
   * missed proper name of the DEV documents only, so that rules are tuned without looking at TEST.
   */
  public static Map<String, Score> run(Path re3d, Intake intake, List<String> devErrors)
      throws IOException {
    Map<String, Score> scores = new LinkedHashMap<>();
    for (Doc doc : documents(re3d)) {
      String split = isTest(doc.id()) ? "test" : "dev";
      List<Mention> predicted = intake.mentions(doc.text(), Optional.empty());
      if (split.equals("dev")) {
        errors(doc.id(), doc.text(), predicted, doc.gold(), devErrors);
      }
      for (MentionType type :
          List.of(MentionType.PERSON, MentionType.ORGANISATION, MentionType.PLACE)) {
        for (String matching : MATCHINGS) {
          Score s = scored(type, matching, predicted, doc.gold());
          for (String sp : List.of(split, "all")) {
            String key = sp + "/" + matching + "/" + type;
            scores.merge(
                key, new Score(key, s.correct(), s.predicted(), s.found(), s.gold()), Score::plus);
          }
        }
      }
    }
    return scores;
  }

  /** The word classes of {@code words.tsv} that were written while reading documents. */
  public static final java.util.Set<String> DOCUMENT_LISTS =
      java.util.Set.of("KNOWN_PERSON", "NOT_PERSON", "MISC");

  /**
   * Leave-documents-out on DEV: the DEV documents are cut into {@code folds} folds (by SHA-256 of
   * the document id); each fold is scored with a gazetteer whose hand-kept document lists ({@link
   * #DOCUMENT_LISTS}: known persons' surnames, headline nouns, miscellaneous words) lack every word
   * the fold's own documents contain, as if the rules' author had never read them. The rules hold
   * no other parameter learned from re3d, so this is the figure for DEV documents "unseen" by those
   * lists; the words of the other classes (titles, roles, organisation heads) are general English
   * and stay. Keys "lodo/matching/type" (summed over folds) and "lodo-fold-N/..."; TEST documents
   * are not read.
   */
  public static Map<String, Score> leaveDocumentsOut(Path re3d, Gazetteer gazetteer, int folds)
      throws IOException {
    if (folds < 2) {
      throw new IllegalArgumentException("--folds needs at least 2 folds, got " + folds);
    }
    List<Doc> dev = documents(re3d).stream().filter(d -> !isTest(d.id())).toList();
    Map<String, Score> scores = new LinkedHashMap<>();
    for (int f = 0; f < folds; f++) {
      int fold = f;
      List<Doc> held = dev.stream().filter(d -> foldOf(d.id(), folds) == fold).toList();
      java.util.Set<String> seen = new java.util.HashSet<>();
      for (Doc d : held) {
        for (String w : d.text().split("[^\\p{L}\\p{N}'’.-]+")) {
          seen.add(w);
          seen.add(w.replaceAll("['’]s$|[.]$", ""));
        }
      }
      Intake intake = new Intake(gazetteer.withoutWords(DOCUMENT_LISTS, seen::contains));
      for (Doc d : held) {
        List<Mention> predicted = intake.mentions(d.text(), Optional.empty());
        for (MentionType type :
            List.of(MentionType.PERSON, MentionType.ORGANISATION, MentionType.PLACE)) {
          for (String matching : MATCHINGS) {
            Score s = scored(type, matching, predicted, d.gold());
            for (String key :
                List.of(
                    "lodo/" + matching + "/" + type,
                    "lodo-fold-" + f + "/" + matching + "/" + type)) {
              scores.merge(
                  key,
                  new Score(key, s.correct(), s.predicted(), s.found(), s.gold()),
                  Score::plus);
            }
          }
        }
      }
    }
    return scores;
  }

  /**
   * re3d source folders whose licence lets a model trained on them ship in an Apache-2.0 product:
   * CENTCOM and the US State Department (US public domain), UK Government (OGL v3.0), Australian
   * DFAT (CC BY 3.0 AU) and the EU Delegation to Syria (reuse with attribution). Not BBC Online (CC
   * BY-NC) nor Wikipedia (CC BY-SA).
   */
  public static final java.util.Set<String> SHIPPABLE_SOURCES =
      java.util.Set.of(
          "CENTCOM",
          "US State Department",
          "UK Government",
          "Australian Department of Foreign Affairs",
          "Delegation of the European Union to Syria");

  /**
   * K-fold cross-validation of the statistical name model on DEV: for each fold a model is trained
   * on the other folds' documents from {@link #SHIPPABLE_SOURCES} and the fold is scored twice, by
   * the rules alone ("cv-rules/...") and by the rules with the model's spans of {@code modelTypes}
   * added where the rules found nothing ("cv-model/..."). TEST documents are not read.
   */
  public static Map<String, Score> crossValidateModel(
      Path re3d,
      Gazetteer gazetteer,
      int folds,
      java.util.Set<MentionType> modelTypes,
      int iterations)
      throws IOException {
    if (folds < 2) {
      throw new IllegalArgumentException("--folds needs at least 2 folds, got " + folds);
    }
    List<Doc> dev = documents(re3d).stream().filter(d -> !isTest(d.id())).toList();
    Intake rules = new Intake(gazetteer);
    Map<String, Score> scores = new LinkedHashMap<>();
    for (int f = 0; f < folds; f++) {
      int fold = f;
      List<TrainedNameFinder.Annotated> train = new ArrayList<>();
      for (Doc d : dev) {
        if (foldOf(d.id(), folds) != fold && SHIPPABLE_SOURCES.contains(d.source())) {
          train.add(annotated(d));
        }
      }
      TrainedNameFinder model = TrainedNameFinder.train(train, iterations);
      Intake withModel = new Intake(new MentionFinder(gazetteer, Optional.of(model), modelTypes));
      for (Doc d : dev) {
        if (foldOf(d.id(), folds) != fold) {
          continue;
        }
        for (Map.Entry<String, Intake> e :
            Map.of("cv-rules", rules, "cv-model", withModel).entrySet()) {
          List<Mention> predicted = e.getValue().mentions(d.text(), Optional.empty());
          for (MentionType type :
              List.of(MentionType.PERSON, MentionType.ORGANISATION, MentionType.PLACE)) {
            for (String matching : MATCHINGS) {
              Score s = scored(type, matching, predicted, d.gold());
              String key = e.getKey() + "/" + matching + "/" + type;
              scores.merge(
                  key,
                  new Score(key, s.correct(), s.predicted(), s.found(), s.gold()),
                  Score::plus);
            }
          }
        }
      }
    }
    return scores;
  }

  /** The model trained on every DEV document of {@link #SHIPPABLE_SOURCES}. */
  public static TrainedNameFinder trainModel(Path re3d, int iterations) throws IOException {
    List<TrainedNameFinder.Annotated> train = new ArrayList<>();
    for (Doc d : documents(re3d)) {
      if (!isTest(d.id()) && SHIPPABLE_SOURCES.contains(d.source())) {
        train.add(annotated(d));
      }
    }
    return TrainedNameFinder.train(train, iterations);
  }

  private static TrainedNameFinder.Annotated annotated(Doc d) {
    List<TrainedNameFinder.Labelled> spans = new ArrayList<>();
    for (Gold g : d.gold()) {
      spans.add(new TrainedNameFinder.Labelled(g.type(), g.start(), g.end()));
    }
    return new TrainedNameFinder.Annotated(d.text(), spans);
  }

  static int foldOf(String id, int folds) {
    String h = DocumentReader.sha256(id.getBytes(StandardCharsets.UTF_8));
    return Integer.parseInt(h.substring(1, 5), 16) % folds;
  }

  record Doc(String id, String source, String text, List<Gold> gold) {}

  private static List<Doc> documents(Path re3d) throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<Path> folders;
    try (Stream<Path> s = Files.list(re3d)) {
      folders = s.filter(p -> Files.isRegularFile(p.resolve("documents.json"))).sorted().toList();
    }
    if (folders.isEmpty()) {
      throw new IllegalArgumentException(
          re3d + ": no re3d source folders (with documents.json) found");
    }
    List<Doc> out = new ArrayList<>();
    for (Path folder : folders) {
      Map<String, List<Gold>> gold = new LinkedHashMap<>();
      for (JsonNode e : lines(json, folder.resolve("entities.json"))) {
        MentionType t = TYPES.get(e.get("type").asText());
        if (t != null) {
          gold.computeIfAbsent(e.get("documentId").asText(), k -> new ArrayList<>())
              .add(
                  new Gold(
                      t,
                      e.get("begin").asInt(),
                      e.get("end").asInt(),
                      isName(e.get("value").asText())));
        }
      }
      for (JsonNode d : lines(json, folder.resolve("documents.json"))) {
        String id = d.get("_id").asText();
        out.add(
            new Doc(
                id,
                folder.getFileName().toString(),
                d.get("text").asText(),
                gold.getOrDefault(id, List.of())));
      }
    }
    return out;
  }

  private static Score scored(
      MentionType type, String matching, List<Mention> predicted, List<Gold> g) {
    boolean exact = matching.startsWith("exact");
    Score s = score(type, exact, predicted, g);
    if (matching.endsWith("-names")) {
      List<Gold> names = g.stream().filter(x -> x.name).toList();
      Score r = score(type, exact, predicted, names);
      s = new Score(type.name(), s.correct(), s.predicted(), r.found(), r.gold());
    }
    return s;
  }

  private static void errors(
      String id, String text, List<Mention> predicted, List<Gold> gold, List<String> out) {
    for (Mention m : predicted) {
      if (!TYPES.containsValue(m.type())) {
        continue;
      }
      boolean hit = false;
      String other = "";
      for (Gold x : gold) {
        if (x.start < m.end() && m.start() < x.end) {
          if (x.type == m.type()) {
            hit = true;
          } else {
            other = " (gold " + x.type + " '" + text.substring(x.start, x.end) + "')";
          }
        }
      }
      boolean exact = false;
      String overlapping = null;
      for (Gold x : gold) {
        if (x.type == m.type()) {
          exact |= x.start == m.start() && x.end == m.end();
          if (x.start < m.end() && m.start() < x.end) {
            overlapping = text.substring(x.start, x.end);
          }
        }
      }
      if (hit && !exact) {
        out.add("SPAN " + m.type() + " '" + m.text() + "' gold '" + overlapping + "'");
      }
      if (!hit) {
        out.add(
            "FP   "
                + m.type()
                + " '"
                + m.text()
                + "'"
                + other
                + "  "
                + context(text, m.start(), m.end()));
      }
    }
    for (Gold x : gold) {
      if (!x.name) {
        continue;
      }
      boolean hit = false;
      String other = "";
      for (Mention m : predicted) {
        if (x.start < m.end() && m.start() < x.end) {
          if (x.type == m.type()) {
            hit = true;
          } else {
            other = " (predicted " + m.type() + " '" + m.text() + "')";
          }
        }
      }
      if (!hit) {
        out.add(
            "MISS "
                + x.type
                + " '"
                + text.substring(x.start, x.end)
                + "'"
                + other
                + "  "
                + context(text, x.start, x.end));
      }
    }
  }

  private static String context(String text, int start, int end) {
    return ("…"
            + text.substring(Math.max(0, start - 40), start)
            + "["
            + text.substring(start, end)
            + "]"
            + text.substring(end, Math.min(text.length(), end + 40))
            + "…")
        .replace('\n', ' ');
  }

  private static boolean isName(String v) {
    return !v.isEmpty()
        && Character.isUpperCase(v.codePointAt(0))
        && !PRONOUNS.contains(v)
        && !v.startsWith("The ");
  }

  static boolean isTest(String id) {
    return DocumentReader.sha256(id.getBytes(StandardCharsets.UTF_8)).charAt(0) >= '8';
  }

  private static Score score(
      MentionType type, boolean exact, List<Mention> predicted, List<Gold> all) {
    List<Gold> gold = all.stream().filter(x -> x.type == type).toList();
    List<Gold> top = new ArrayList<>();
    for (Gold x : gold) {
      boolean inside = false;
      for (Gold y : gold) {
        inside |=
            y != x && y.start <= x.start && x.end <= y.end && (y.end - y.start) > (x.end - x.start);
      }
      if (!inside) {
        top.add(x);
      }
    }
    top = top.stream().distinct().toList();
    List<Mention> pred = predicted.stream().filter(m -> m.type() == type).toList();
    int tp = 0;
    int fp = 0;
    for (Mention m : pred) {
      boolean hit = false;
      for (Gold x : gold) {
        hit |=
            exact
                ? (x.start == m.start() && x.end == m.end())
                : (x.start < m.end() && m.start() < x.end);
      }
      if (hit) {
        tp++;
      } else {
        fp++;
      }
    }
    int found = 0;
    for (Gold x : top) {
      boolean hit = false;
      for (Mention m : pred) {
        for (Gold y : gold) {
          boolean within = y.start >= x.start && y.end <= x.end;
          if (within) {
            hit |=
                exact
                    ? (y.start == m.start() && y.end == m.end())
                    : (y.start < m.end() && m.start() < y.end);
          }
        }
      }
      if (hit) {
        found++;
      }
    }
    return new Score(type.name(), tp, tp + fp, found, top.size());
  }

  private static List<JsonNode> lines(ObjectMapper json, Path file) throws IOException {
    List<JsonNode> out = new ArrayList<>();
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        if (!line.isBlank()) {
          try {
            out.add(json.readTree(line));
          } catch (IOException e) {
            throw new IllegalArgumentException(
                file + " line " + n + ": not JSON: " + e.getMessage(), e);
          }
        }
      }
    }
    return out;
  }
}
