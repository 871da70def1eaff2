package org.crosspoint.intake.resolution;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.crosspoint.intake.document.DocumentReader;
import org.crosspoint.intake.mentions.Mention;
import org.crosspoint.intake.mentions.NameWords;
import org.crosspoint.knowledge.StoredMention;
import org.crosspoint.knowledge.Subject;
import org.crosspoint.knowledge.SubjectLink;

/**
 * Resolves person and organisation mentions across reports into subjects.
 *
 * <p>Implementation notes. Organisations resolve through the gazetteer's canonical names (every
 * alias of the Islamic State already carries the canonical "Islamic State"); a branch (ISIS-K) is
 * its own subject linked BRANCH_OF its parent, never merged. Persons: within a report, mentions are
 * already grouped under the fullest name the report gives. Across reports, two persons are one
 * subject only when their full names (two words or more, particles "al", "bin" ... and possessives
 * removed, case and accents ignored) are equal. Anything weaker is a POSSIBLY_SAME link with a
 * confidence, never a merge: one name's words all within the other's, each word equal or one edit
 * apart (0.7 when two or more words agree, 0.5 for a single shared word such as "Fazlullah" in two
 * reports). A shared single word inside longer different names ("Asad al Khorasani", "Khalid
 * Khurasani") gives no link at all: that is the shared-alias trap OpenCTI's users complain of.
 */
public final class SubjectResolver {
  /**
   * Name words so common that one of them alone says nothing about identity ("Khan" in four
   * different names in one report).
   */
  private static final Set<String> COMMON_NAME_WORDS =
      Set.of(
          "khan",
          "muhammad",
          "mohammad",
          "mohammed",
          "ahmad",
          "ahmed",
          "ali",
          "hussain",
          "hussein",
          "hassan",
          "shah",
          "abdul",
          "abu",
          "syed",
          "sayed",
          "malik",
          "chaudhry",
          "qureshi",
          "butt",
          "mirza",
          "sheikh");

  private SubjectResolver() {}

  /** Subjects and links from every stored mention; {@code watchlist} finds entry ids for a name. */
  public static Result resolve(
      List<StoredMention> mentions, Function<String, List<String>> watchlist) {
    Map<String, Builder> byKey = new LinkedHashMap<>();
    List<SubjectLink> links = new ArrayList<>();
    Map<String, String> parents = new LinkedHashMap<>();
    for (StoredMention m : mentions) {
      String kind;
      String key;
      if (Mention.nameless(m.type(), m.attributes())) {
        // "Syrians", "Uzbek fighters", "the Prime Minister": no one in particular, no subject to
        // screen or list.
        continue;
      } else if (m.type().equals("ORGANISATION")) {
        kind = "ORGANISATION";
        key = "O:" + m.canonical();
        String parent = m.attributes().get("parent");
        if (parent != null) {
          parents.put(m.canonical(), parent);
        }
      } else if (m.type().equals("PERSON")) {
        kind = "PERSON";
        List<String> words = NameWords.of(m.canonical());
        if (words.isEmpty()) {
          continue;
        }
        // single-word names stay per document: never merged across reports on one word
        key =
            words.size() >= 2
                ? "P:" + String.join(" ", words)
                : "P:" + words.get(0) + "@" + m.documentSha();
      } else {
        continue;
      }
      Builder b = byKey.computeIfAbsent(key, k -> new Builder(kind, m.canonical(), k));
      b.aliases.add(m.text());
      b.aliases.add(m.canonical());
      b.documents.add(m.documentSha());
      if (m.canonical().length() > b.name.length()) {
        b.name = m.canonical();
      }
    }
    List<Subject> subjects = new ArrayList<>();
    Map<String, String> idByOrg = new LinkedHashMap<>();
    for (Builder b : byKey.values()) {
      String id =
          (b.kind.equals("PERSON") ? "P-" : "O-")
              + DocumentReader.sha256(b.key.getBytes(StandardCharsets.UTF_8)).substring(0, 10);
      b.id = id;
      if (b.kind.equals("ORGANISATION")) {
        idByOrg.put(b.key.substring(2), id);
      }
      subjects.add(
          new Subject(
              id,
              b.kind,
              b.name,
              new ArrayList<>(b.aliases),
              new ArrayList<>(b.documents),
              watchlist.apply(b.name)));
    }
    for (Map.Entry<String, String> e : parents.entrySet()) {
      String child = idByOrg.get(e.getKey());
      String parent = idByOrg.get(e.getValue());
      if (child != null && parent != null) {
        links.add(
            new SubjectLink(
                child, parent, "BRANCH_OF", 1.0, e.getKey() + " is a branch of " + e.getValue()));
      }
    }
    List<Builder> persons = byKey.values().stream().filter(b -> b.kind.equals("PERSON")).toList();
    for (int i = 0; i < persons.size(); i++) {
      for (int j = i + 1; j < persons.size(); j++) {
        Builder a = persons.get(i);
        Builder b = persons.get(j);
        List<String> wa = NameWords.of(a.name);
        List<String> wb = NameWords.of(b.name);
        List<String> small = wa.size() <= wb.size() ? wa : wb;
        List<String> big = wa.size() <= wb.size() ? wb : wa;
        if (!NameWords.within(small, big, 5)
            || (small.size() == 1 && big.size() > 1 && COMMON_NAME_WORDS.contains(small.get(0)))) {
          continue;
        }
        double conf = small.size() >= 2 ? 0.7 : 0.5;
        links.add(
            new SubjectLink(
                a.id,
                b.id,
                "POSSIBLY_SAME",
                conf,
                "name '"
                    + String.join(" ", small)
                    + "' within '"
                    + String.join(" ", big)
                    + "' (words equal or one edit apart)"));
      }
    }
    return new Result(subjects, links);
  }

  /** Subjects and links. */
  public record Result(List<Subject> subjects, List<SubjectLink> links) {}

  private static final class Builder {
    final String kind;
    final String key;
    String name;
    String id;
    final Set<String> aliases = new LinkedHashSet<>();
    final Set<String> documents = new LinkedHashSet<>();

    Builder(String kind, String name, String key) {
      this.kind = kind;
      this.name = name;
      this.key = key;
    }
  }
}
