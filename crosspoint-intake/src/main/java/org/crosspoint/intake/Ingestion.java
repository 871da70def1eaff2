package org.crosspoint.intake;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.crosspoint.intake.document.Document;
import org.crosspoint.intake.document.DocumentReader;
import org.crosspoint.intake.facts.Evidence;
import org.crosspoint.intake.facts.Fact;
import org.crosspoint.intake.facts.FactExtractor;
import org.crosspoint.intake.mentions.Mention;
import org.crosspoint.intake.resolution.SubjectResolver;
import org.crosspoint.knowledge.Credibility;
import org.crosspoint.knowledge.KnowledgeBase;
import org.crosspoint.knowledge.SourceGrades;
import org.crosspoint.knowledge.StoredDocument;
import org.crosspoint.knowledge.StoredFact;
import org.crosspoint.knowledge.StoredMention;

/**
 * Reports into the knowledge base: read, extract, grade the source, store by content hash (a file
 * already stored is a no-op), then re-resolve subjects over all stored reports.
 */
public final class Ingestion {
  /**
   * Admiralty credibility given to an item on intake: 3, "possibly true" — one report says it and
   * nothing yet confirms or contradicts it. {@link #assessCredibility()} then raises or lowers it
   * from what the other stored reports say ({@link Credibility}).
   */
  public static final int DEFAULT_CREDIBILITY = 3;

  private final Intake intake;
  private final KnowledgeBase kb;
  private final SourceGrades grades;
  private final Function<String, List<String>> watchlist;

  /**
   * @param watchlist finds watchlist entries for a subject's name (the app screens it with the
   *     matcher's MatchIndex)
   */
  public Ingestion(
      Intake intake,
      KnowledgeBase kb,
      SourceGrades grades,
      Function<String, List<String>> watchlist) {
    this.intake = intake;
    this.kb = kb;
    this.grades = grades;
    this.watchlist = watchlist;
  }

  /** What ingesting one file did. */
  public record Outcome(Extraction extraction, boolean stored, char reliability) {}

  public Outcome ingest(Path file, String actor) throws IOException {
    Document doc = DocumentReader.read(file);
    Extraction x = intake.extract(doc);
    char grade = grades.grade(doc.outlet().orElse(null));
    if (kb.hasDocument(doc.sha256())) {
      return new Outcome(x, false, grade);
    }
    StoredDocument sd =
        new StoredDocument(
            doc.sha256(),
            doc.name(),
            doc.title(),
            doc.outlet(),
            doc.author(),
            doc.published(),
            grade,
            doc.text(),
            FactExtractor.VERSION);
    List<StoredMention> ms = new ArrayList<>();
    int seq = 0;
    for (Mention m : x.mentions()) {
      ms.add(
          new StoredMention(
              doc.sha256(),
              seq++,
              m.type().name(),
              m.start(),
              m.end(),
              m.text(),
              m.canonical(),
              m.attributes()));
    }
    List<StoredFact> fs = new ArrayList<>();
    seq = 0;
    for (Fact f : x.facts()) {
      List<Map<String, Object>> more = new ArrayList<>();
      for (Evidence e : f.moreEvidence()) {
        Map<String, Object> j = new LinkedHashMap<>();
        j.put("sentence", e.sentence());
        j.put("start", e.start());
        j.put("end", e.end());
        more.add(j);
      }
      fs.add(
          new StoredFact(
              doc.sha256(),
              seq++,
              f.type().name(),
              f.arguments(),
              f.evidence().sentence(),
              f.evidence().start(),
              f.evidence().end(),
              more,
              DEFAULT_CREDIBILITY,
              f.extractor()));
    }
    boolean stored = kb.store(sd, ms, fs, actor);
    return new Outcome(x, stored, grade);
  }

  /**
   * Re-assesses the credibility of every stored fact from corroboration and contradiction across
   * reports ({@link Credibility}) and saves it; returns how many facts are at each level (1–6).
   */
  public Map<Integer, Integer> assessCredibility() {
    Map<String, StoredDocument> docs = new LinkedHashMap<>();
    for (StoredDocument d : kb.documents()) {
      docs.put(d.sha256(), d);
    }
    Map<Credibility.Ref, Integer> c = Credibility.assess(kb.facts(Optional.empty()), docs);
    kb.setCredibility(c);
    Map<Integer, Integer> levels = new java.util.TreeMap<>();
    c.values().forEach(v -> levels.merge(v, 1, Integer::sum));
    return levels;
  }

  /** Re-resolves subjects over every stored report and saves them. */
  public SubjectResolver.Result resolveSubjects() {
    SubjectResolver.Result r = SubjectResolver.resolve(kb.mentions(Optional.empty()), watchlist);
    kb.replaceSubjects(r.subjects(), r.links());
    return r;
  }
}
