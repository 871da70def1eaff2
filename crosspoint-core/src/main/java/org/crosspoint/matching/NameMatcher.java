package org.crosspoint.matching;

import java.util.ArrayList;
import java.util.List;

/**
 * Compares two names: Arabic-aware normalisation ({@link org.crosspoint.names.NameNormalizer}),
 * romanisation-tolerant part similarity, part alignment across order changes, rarity weights, and
 * an explanation part by part. Thread-safe and immutable.
 */
public final class NameMatcher {
  /**
   * Tuned with {@code crosspoint eval} on the dev splits: the threshold at which perturbed listed
   * names are still found while generated innocent travellers are not.
   */
  static final double DEFAULT_THRESHOLD = 0.80;

  private static final NameMatcher STANDARD = new NameMatcher(PartRarity.builtIn());
  private final PartRarity rarity;

  private NameMatcher(PartRarity rarity) {
    this.rarity = rarity;
  }

  public static NameMatcher standard() {
    return STANDARD;
  }

  public double defaultThreshold() {
    return DEFAULT_THRESHOLD;
  }

  public MatchResult compare(String a, String b) {
    EncodedName q = encoded(a, "the first name");
    EncodedName c = encoded(b, "the second name");
    List<Explanation.PartEvidence> ev = new ArrayList<>();
    double score = NameScorer.explain(q, c, NameScorer.direct(q, c), ev);
    return new MatchResult(
        Explanation.round(score),
        score >= DEFAULT_THRESHOLD,
        Explanation.of(ev, List.of(), score, score));
  }

  /** The score alone, without building an explanation: for batch comparison. */
  public double score(String a, String b) {
    EncodedName q = encoded(a, "the first name");
    EncodedName c = encoded(b, "the second name");
    return NameScorer.score(q, c, NameScorer.direct(q, c));
  }

  /** A name within {@link Query#MAX_NAME_CHARS}, encoded; {@code what} names it in the error. */
  private EncodedName encoded(String name, String what) {
    return EncodedName.of(Query.checkName(name, what), rarity);
  }
}
