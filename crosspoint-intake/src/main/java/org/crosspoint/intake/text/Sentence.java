package org.crosspoint.intake.text;

import java.util.List;

/** A sentence: its offsets in the document text and its tokens (offsets also document-based). */
public record Sentence(int index, int start, int end, String text, List<Token> tokens) {
  public Sentence {
    tokens = List.copyOf(tokens);
  }

  public Span span() {
    return new Span(start, end);
  }
}
