package org.crosspoint.intake.text;

/** A word, number or punctuation mark with its offsets into the document text. */
public record Token(String text, int start, int end) {
  public boolean isCapitalised() {
    return !text.isEmpty() && Character.isUpperCase(text.codePointAt(0));
  }

  public boolean isWord() {
    return !text.isEmpty() && Character.isLetter(text.codePointAt(0));
  }

  public boolean isNumber() {
    return !text.isEmpty() && Character.isDigit(text.codePointAt(0));
  }
}
