package org.crosspoint.intake.text;

/** A half-open character range {@code [start, end)} of a document's cleaned text. */
public record Span(int start, int end) {
  public Span {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
    }
  }

  public boolean overlaps(Span o) {
    return start < o.end && o.start < end;
  }

  public boolean contains(Span o) {
    return start <= o.start && o.end <= end;
  }

  public String of(String text) {
    return text.substring(start, end);
  }
}
