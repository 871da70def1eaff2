package org.crosspoint.names;

/**
 * One typing slip between two words: one letter replaced, added or dropped, or two adjacent letters
 * swapped. Found in linear time (the words agree before the slip and after it); the name model
 * reads a slipped "Abdul" by it and the matcher prices a slip by where and what it is.
 *
 * <p>{@link #find} returns the position and kind packed in one int, so the scorer's hot path
 * allocates nothing.
 */
public final class Slip {
  private Slip() {}

  /** The letter at the position differs. */
  public static final int REPLACED = 0;

  /** The letter at the position and the next one are swapped. */
  public static final int SWAPPED = 1;

  /** The first word has one letter more, at the position. */
  public static final int EXTRA_IN_FIRST = 2;

  /** The second word has one letter more, at the position. */
  public static final int EXTRA_IN_SECOND = 3;

  /**
   * The slip between the words, as {@code position << 2 | kind}, or -1 when they are equal or not
   * one slip apart.
   */
  public static int find(String a, String b) {
    return find(a, 0, b, 0);
  }

  /**
   * As {@link #find(String, String)} for the ends of the words from {@code ai} in {@code a} and
   * {@code bi} in {@code b}; the position returned counts from those offsets.
   */
  public static int find(String a, int ai, String b, int bi) {
    int n = a.length() - ai;
    int m = b.length() - bi;
    if (Math.abs(n - m) > 1) {
      return -1;
    }
    int i = 0;
    while (i < n && i < m && a.charAt(ai + i) == b.charAt(bi + i)) {
      i++;
    }
    if (n == m) {
      if (i == n) {
        return -1;
      }
      if (a.regionMatches(ai + i + 1, b, bi + i + 1, n - i - 1)) {
        return i << 2 | REPLACED;
      }
      boolean swapped =
          i + 1 < n
              && a.charAt(ai + i) == b.charAt(bi + i + 1)
              && a.charAt(ai + i + 1) == b.charAt(bi + i)
              && a.regionMatches(ai + i + 2, b, bi + i + 2, n - i - 2);
      return swapped ? i << 2 | SWAPPED : -1;
    }
    if (n == m + 1) {
      return a.regionMatches(ai + i + 1, b, bi + i, m - i) ? i << 2 | EXTRA_IN_FIRST : -1;
    }
    return b.regionMatches(bi + i + 1, a, ai + i, n - i) ? i << 2 | EXTRA_IN_SECOND : -1;
  }

  /** Whether the words are exactly one slip apart. */
  public static boolean oneApart(String a, String b) {
    return find(a, b) >= 0;
  }

  /** The position of a slip {@link #find} returned. */
  public static int position(int slip) {
    return slip >> 2;
  }

  /** The kind of a slip {@link #find} returned. */
  public static int kind(int slip) {
    return slip & 3;
  }
}
