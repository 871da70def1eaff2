package org.crosspoint.matching;

/**
 * Similarity of two name words in [0, 1] for romanisation variants and typos: a weighted
 * Damerau-Levenshtein distance over the {@link Phonetic} forms, normalised by the longer form.
 *
 * <p>Implementation notes. Costs are small where romanisations of Arabic, Persian and Urdu names
 * disagree and full where letters really differ: vowel for vowel 0.25 (e/i and o/u 0.15), vowel or
 * h inserted or dropped 0.35, consonant pairs written for one Arabic letter 0.2–0.45 (k/X for خ/ك,
 * X/h, d/D/z for ذ ض ظ, t/T/s for ث, s/S, g/G/j for غ ج, f/v, v/w, b/p), adjacent swap 0.5,
 * anything else 1. Identical words score 1; words with the same phonetic form 0.97 (so an exact
 * spelling still ranks first); other scores are capped at 0.95. Initials ("M") meet a word with
 * that first letter at 0.6.
 */
final class TokenSimilarity {
  private TokenSimilarity() {}

  static double similarity(String a, String pa, String b, String pb) {
    if (a.equals(b)) {
      return 1.0;
    }
    if (pa.equals(pb)) {
      return 0.97;
    }
    if (a.length() == 1 || b.length() == 1) {
      return a.charAt(0) == b.charAt(0) ? 0.6 : 0.0;
    }
    double cost = distance(pa, pb);
    int max = Math.max(pa.length(), pb.length());
    double sim = 1.0 - cost / Math.max(max, 3);
    return Math.max(0.0, Math.min(0.95, sim));
  }

  static double distance(String a, String b) {
    int n = a.length();
    int m = b.length();
    double[] prev2 = new double[m + 1];
    double[] prev = new double[m + 1];
    double[] cur = new double[m + 1];
    prev[0] = 0;
    for (int j = 1; j <= m; j++) {
      prev[j] = prev[j - 1] + indel(b, j - 1);
    }
    for (int i = 1; i <= n; i++) {
      char ca = a.charAt(i - 1);
      double delA = indel(a, i - 1);
      cur[0] = prev[0] + delA;
      for (int j = 1; j <= m; j++) {
        char cb = b.charAt(j - 1);
        double best = prev[j - 1] + sub(ca, cb);
        double del = prev[j] + delA;
        if (del < best) {
          best = del;
        }
        double ins = cur[j - 1] + indel(b, j - 1);
        if (ins < best) {
          best = ins;
        }
        if (i > 1 && j > 1 && ca == b.charAt(j - 2) && a.charAt(i - 2) == cb && ca != cb) {
          double tr = prev2[j - 2] + 0.5;
          if (tr < best) {
            best = tr;
          }
        }
        cur[j] = best;
      }
      double[] t = prev2;
      prev2 = prev;
      prev = cur;
      cur = t;
    }
    return prev[m];
  }

  /**
   * Inserting or dropping a vowel inside a word is a romanisation choice (0.35); at the start it
   * changes the name ("Obeidi" / "Badi", 0.8) and at the end it often turns a name into a nisba
   * ("Harb" / "Harbi", 0.6).
   */
  static double indel(String w, int pos) {
    char c = w.charAt(pos);
    if (Phonetic.isVowel(c)) {
      if (pos == 0) {
        return 0.8;
      }
      if (pos == w.length() - 1) {
        return 0.6;
      }
      return 0.35;
    }
    return indel(c);
  }

  static double indel(char c) {
    if (Phonetic.isVowel(c) || c == 'h') {
      return 0.35;
    }
    if (c == 'y' || c == 'w') {
      return 0.5;
    }
    return 0.9;
  }

  static double sub(char a, char b) {
    if (a == b) {
      return 0;
    }
    boolean va = Phonetic.isVowel(a);
    boolean vb = Phonetic.isVowel(b);
    if (va && vb) {
      return (pair(a, b, 'e', 'i') || pair(a, b, 'o', 'u')) ? 0.15 : 0.25;
    }
    if (pair(a, b, 'y', 'i') || pair(a, b, 'w', 'u')) {
      return 0.15;
    }
    if (pair(a, b, 'k', 'X')
        || pair(a, b, 'X', 'h')
        || pair(a, b, 'g', 'G')
        || pair(a, b, 'd', 'D')
        || pair(a, b, 'z', 'D')
        || pair(a, b, 't', 'T')
        || pair(a, b, 's', 'T')
        || pair(a, b, 'S', 'C')
        || pair(a, b, 'j', 'J')
        || pair(a, b, 'v', 'w')
        || pair(a, b, 'f', 'v')
        || pair(a, b, 'b', 'p')
        || pair(a, b, 'k', 'c')) {
      return 0.25;
    }
    if (pair(a, b, 'g', 'j')
        || pair(a, b, 'G', 'k')
        || pair(a, b, 'G', 'X')
        || pair(a, b, 's', 'S')
        || pair(a, b, 's', 'z')
        || pair(a, b, 'd', 'z')
        || pair(a, b, 'k', 'g')
        || pair(a, b, 'S', 'J')
        || pair(a, b, 'C', 'j')
        || pair(a, b, 'd', 't')) {
      return 0.45;
    }
    if (pair(a, b, 'j', 'y') || pair(a, b, 'e', 'y') || pair(a, b, 'a', 'y')) {
      return 0.5;
    }
    return 1.0;
  }

  private static boolean pair(char a, char b, char x, char y) {
    return (a == x && b == y) || (a == y && b == x);
  }
}
