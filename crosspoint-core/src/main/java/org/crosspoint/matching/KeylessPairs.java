package org.crosspoint.matching;

/**
 * How the candidate index counts a pair of words that share no blocking key ({@link
 * IndexSegment#wordKeys}): such pairs are never met by retrieval, yet a listed name the index
 * scores holds them by the hundred per screen. The index checks them against a flat array of word
 * shapes first ({@link #mayCount}) and applies this rule ({@link #similarity}) to what passes.
 *
 * <p>{@code crosspoint match} (and the labelled-pairs evaluation) compares every pair by its full
 * {@link TokenSimilarity} instead. Applying this rule there too lost pairwise recall (test F1 0.888
 * to 0.876: Belarusian and Ukrainian romanisations of one person, "Aleksandr" / "Alexander",
 * "Uladzimir" / "Vladimir", share no key); in screening the lists carry those spellings as aliases
 * of the same entry, so the perturbed and cross-script figures did not move.
 */
final class KeylessPairs {
  private KeylessPairs() {}

  /**
   * Just under {@link NameScorer#MIN_PAIR}: a pair below it never counts in the scorer, so the edit
   * distance of a pair without a shared key stops there (and ties broken by 1e-4 stay the same).
   */
  static final double UNMET_FLOOR = NameScorer.MIN_PAIR - 0.001;

  /**
   * Whether {@link #similarity} of a query word and listed word {@code v} of a segment may be above
   * 0, read from the segment's word shapes ({@link IndexSegment#vocabShape}, one cache line)
   * without the listed word itself: a necessary condition of each way {@link #similarity} counts a
   * pair (an initial or another form, skeletons one class edit apart, a typing slip), so false
   * means 0.
   */
  static boolean mayCount(PhoneticWord q, IndexSegment seg, int v) {
    int qSkeleton = q.skeleton.length();
    int cSkeleton = seg.skeletonLength(v);
    if (qSkeleton <= IndexSegment.SHORT_SKELETON || cSkeleton <= IndexSegment.SHORT_SKELETON) {
      long a = q.skeletonLetters;
      long b = seg.skeletonLetters(v);
      // hasOtherForm covers initials too
      if (q.hasOtherForm()
          || seg.hasOtherForm(v)
          || (Math.abs(qSkeleton - cSkeleton) <= 1
              && Long.bitCount(a & ~b) <= 1
              && Long.bitCount(b & ~a) <= 1)) {
        return true;
      }
    }
    return TokenSimilarity.maySlip(q.text.length(), q.letters, seg.textLength(v), seg.letters(v));
  }

  /**
   * Two words that share no blocking key are not variants of one another, unless one is short
   * (keyed by its phonetic form, which a transliteration changes) and their consonant skeletons, or
   * those of their other forms (a compound's head, a glued article), are one class edit apart, or
   * one is an initial; or the two are a typing slip or two apart, which can change two classes of a
   * skeleton ("Azbiz" / "Aziz", "Azahr" / "Azhar"; a linear check).
   *
   * <p>Before the skeleton rule the edit distance decided every pair with a short word: about a
   * hundred pairs per screen, of which 4% reached MIN_PAIR, most of them different names that share
   * letters ("Nazia" / "Nasir" 0.71, "Petra" / "Alberto" 0.72), which turned a contradiction into a
   * weak match.
   */
  static double similarity(PhoneticWord q, PhoneticWord c) {
    boolean bothLong =
        q.skeleton.length() > IndexSegment.SHORT_SKELETON
            && c.skeleton.length() > IndexSegment.SHORT_SKELETON;
    if (!bothLong
        && (q.text.length() == 1
            || c.text.length() == 1
            || PhoneticWord.skeletonsNear(q, c)
            || ((q.hasOtherForm() || c.hasOtherForm()) && PhoneticWord.formsNear(q, c)))) {
      return TokenSimilarity.similarity(q, c, UNMET_FLOOR);
    }
    if (!TokenSimilarity.maySlip(q.text.length(), q.letters, c.text.length(), c.letters)) {
      return 0.0;
    }
    // one or two typing slips (a linear check); a pair within two slips gets the full
    // similarity, which holds the slip reading and may read part of the difference as a spelling
    // variant ("Gnudjoxlo" / "Ngudjolo"), and caps two compounds with different heads
    return TokenSimilarity.typo(q, c) > 0.0 ? TokenSimilarity.similarity(q, c, UNMET_FLOOR) : 0.0;
  }
}
