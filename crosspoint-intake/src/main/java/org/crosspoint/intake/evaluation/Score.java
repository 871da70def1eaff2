package org.crosspoint.intake.evaluation;

import java.util.Locale;

/**
 * Precision over predictions ({@code correct} of {@code predicted}) and recall over the gold
 * standard ({@code found} of {@code gold}); counted apart because one gold span may have nested
 * alternatives that a prediction can hit.
 */
public record Score(String label, int correct, int predicted, int found, int gold) {
  public double precision() {
    return predicted == 0 ? 0 : (double) correct / predicted;
  }

  public double recall() {
    return gold == 0 ? 0 : (double) found / gold;
  }

  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  public Score plus(Score o) {
    return new Score(
        label, correct + o.correct, predicted + o.predicted, found + o.found, gold + o.gold);
  }

  @Override
  public String toString() {
    return String.format(
        Locale.ROOT,
        "%-34s P %.3f  R %.3f  F1 %.3f  (%d/%d predicted correct, %d/%d gold found)",
        label,
        precision(),
        recall(),
        f1(),
        correct,
        predicted,
        found,
        gold);
  }
}
