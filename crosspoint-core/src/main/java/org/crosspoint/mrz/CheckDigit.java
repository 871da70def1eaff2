package org.crosspoint.mrz;

/**
 * The Doc 9303 part 3 §4.9 check digit: character values (digits 0–9, A–Z 10–35, filler 0) times
 * the repeating weights 7, 3, 1, summed, modulo 10.
 */
final class CheckDigit {
  private static final int[] WEIGHTS = {7, 3, 1};

  private CheckDigit() {}

  /** The value of an MRZ character, or -1 when it is not one. */
  static int value(char c) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    if (c >= 'A' && c <= 'Z') {
      return c - 'A' + 10;
    }
    return c == '<' ? 0 : -1;
  }

  /** The check digit over {@code s}, or -1 when {@code s} holds a character outside the MRZ set. */
  static int compute(CharSequence s) {
    int sum = 0;
    for (int i = 0; i < s.length(); i++) {
      int v = value(s.charAt(i));
      if (v < 0) {
        return -1;
      }
      sum += v * WEIGHTS[i % 3];
    }
    return sum % 10;
  }

  /** Whether {@code check} is the digit computed over {@code s}. */
  static boolean holds(CharSequence s, char check) {
    int c = compute(s);
    return c >= 0 && check == (char) ('0' + c);
  }
}
