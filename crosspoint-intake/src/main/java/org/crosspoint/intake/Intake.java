package org.crosspoint.intake;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.crosspoint.intake.document.Document;
import org.crosspoint.intake.facts.Fact;
import org.crosspoint.intake.facts.FactExtractor;
import org.crosspoint.intake.gazetteer.Gazetteer;
import org.crosspoint.intake.mentions.Mention;
import org.crosspoint.intake.mentions.MentionFinder;
import org.crosspoint.intake.text.Segmenter;
import org.crosspoint.intake.text.Sentence;

/**
 * The intake chain: cleaned document → sentences and tokens → mentions → facts. Thread-safe; build
 * one per process ({@link #standard()} loads the gazetteer once).
 */
public final class Intake {
  private final MentionFinder mentions;

  public Intake(Gazetteer gazetteer) {
    this.mentions = new MentionFinder(gazetteer);
  }

  /** With a mention finder of the caller's (a statistical name model, a reduced gazetteer). */
  public Intake(MentionFinder mentions) {
    this.mentions = mentions;
  }

  public static Intake standard() {
    return new Intake(Gazetteer.standard());
  }

  public Extraction extract(Document doc) {
    List<Sentence> sentences = Segmenter.sentences(doc.text());
    List<Mention> found = mentions.find(doc.text(), sentences, doc.published());
    List<Fact> facts = FactExtractor.extract(doc.text(), sentences, found);
    return new Extraction(doc, sentences, found, facts);
  }

  /** Mentions only, for text without a document (evaluation on annotated corpora). */
  public List<Mention> mentions(String text, Optional<LocalDate> published) {
    return mentions.find(text, Segmenter.sentences(text), published);
  }
}
