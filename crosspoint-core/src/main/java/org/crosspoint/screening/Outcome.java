package org.crosspoint.screening;

/** What the officer sees, in rising severity: let through, secondary inspection, stop. */
public enum Outcome {
  CLEAR,
  REFER,
  HIT;

  /** The more severe of two outcomes. */
  public Outcome max(Outcome other) {
    return compareTo(other) >= 0 ? this : other;
  }
}
