package org.crosspoint.intake;

import java.util.List;
import org.crosspoint.intake.document.Document;
import org.crosspoint.intake.facts.Fact;
import org.crosspoint.intake.mentions.Mention;
import org.crosspoint.intake.text.Sentence;

/**
 * What intake found in one document. Offsets in mentions and facts index {@code document.text()}.
 */
public record Extraction(
    Document document, List<Sentence> sentences, List<Mention> mentions, List<Fact> facts) {
  public Extraction {
    sentences = List.copyOf(sentences);
    mentions = List.copyOf(mentions);
    facts = List.copyOf(facts);
  }
}
