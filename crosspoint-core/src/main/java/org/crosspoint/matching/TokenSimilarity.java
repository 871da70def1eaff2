package org.crosspoint.matching;

import org.crosspoint.names.Slip;

/**
 * Similarity of two name words in [0, 1] for romanisation variants and typos: a weighted
 * Damerau-Levenshtein distance over the {@link Phonetic} forms, normalised by the longer form.
 *
 * <p>Implementation notes. Costs are small where romanisations of Arabic, Persian and Urdu names
 * disagree and full where letters really differ: vowel for vowel 0.25 (e/i and o/u 0.15), vowel or
 * h inserted or dropped 0.35, consonant pairs written for one Arabic letter 0.2–0.45 (k/X for خ/ك,
 * X/h, d/D/z for ذ ض ظ, t/T/s for ث, s/S, g/G/j for غ ج, f/v, v/w, b/p), adjacent swap 0.5, g/h and
 * u/v 0.45, z after d 0.3 and x/ks 0.2 (Slavic romanisations), anything else 1. A compound given
 * name meets its head word alone ("Nasiruddin" / "Nasir") at 0.9 of the head's similarity, a word
 * with a glued article the bare word at 0.92 ("Alsamman" / "Samman"); one typing slip on the
 * letters is scored apart ({@link #typo}). Identical words score 1; words with the same phonetic
 * form 0.97 (so an exact spelling still ranks first); other scores are capped at 0.95. Initials
 * ("M") meet a word with that first letter at 0.6.
 */
final class TokenSimilarity {
  private TokenSimilarity() {}

  static double similarity(String a, String b) {
    return similarity(PhoneticWord.of(a), PhoneticWord.of(b));
  }

  static double similarity(PhoneticWord a, PhoneticWord b) {
    return similarity(a, b, FLOOR);
  }

  /**
   * As {@link #similarity(PhoneticWord, PhoneticWord)} for every similarity of at least {@code
   * floor} (at least {@link #FLOOR}); one below it may come back as 0. A caller that ignores lower
   * similarities lets the edit distance stop earlier.
   */
  static double similarity(PhoneticWord a, PhoneticWord b, double floor) {
    if (a.text.equals(b.text)) {
      return 1.0;
    }
    if (a.phon.equals(b.phon)) {
      return 0.97;
    }
    if (a.text.length() == 1 || b.text.length() == 1) {
      return a.text.charAt(0) == b.text.charAt(0) ? INITIAL : 0.0;
    }
    double sim = edits(a, b, floor);
    if (sim < TYPO_MAX) {
      sim = Math.max(sim, typo(a, b, sim < TWO_SLIPS_MAX));
    }
    if ((a.head == null) != (b.head == null)) {
      sim = Math.max(sim, headSimilarity(a, b, floor));
    }
    if (sim > 0.0 && (a.head != null || b.head != null)) {
      // two compounds with one ending ("-ullah", "-uddin") differ where their heads differ: the
      // ending is shared by thousands of names, so different heads are different names
      // ("Habibullah" / "Hamidullah" was 0.78; "Nasrullah" / "Nasirullah" keeps its score)
      PhoneticWord ha = a.head != null ? a.head : abdOfAbdullah(a, b);
      PhoneticWord hb = b.head != null ? b.head : abdOfAbdullah(b, a);
      if (ha != null && hb != null && (a.head == null || b.head == null || sameEnding(a, b))) {
        double heads = similarity(ha, hb, FLOOR);
        if (heads < DIFFERENT_HEADS) {
          sim = Math.min(sim, heads);
        }
      }
    }
    if ((a.written != null) != (b.written != null) && sim < TYPO_MAX) {
      // a nisba split off a glued article against a word that starts as an article does
      PhoneticWord split = a.written != null ? a : b;
      PhoneticWord other = a.written != null ? b : a;
      if (other.text.startsWith("al") || other.text.startsWith("el")) {
        sim = Math.max(sim, similarity(split.written, other, floor));
      }
    }
    if ((a.bare == null) != (b.bare == null) && sim < GLUED_ARTICLE) {
      PhoneticWord glued = a.bare != null ? a : b;
      PhoneticWord other = a.bare != null ? b : a;
      sim = Math.max(sim, GLUED_ARTICLE * similarity(glued.bare, other));
    }
    if ((a.afterAbd == null) != (b.afterAbd == null) && sim < ABD_SHORT_FORM) {
      sim =
          Math.max(
              sim,
              abdShortForm(a.afterAbd != null ? a : b, a.afterAbd != null ? b : a, floor, sim));
    }
    return sim;
  }

  /** 1 - weighted edit distance / longer length, capped at 0.95; 0 below {@link #FLOOR}. */
  private static double edits(PhoneticWord a, PhoneticWord b, double floor) {
    int n = a.chars.length;
    int m = b.chars.length;
    int max = Math.max(Math.max(n, m), 3);
    // Only similarities of at least the floor matter to the caller; stop as soon as that is out
    // of reach
    // (a hair over, so that a pair exactly at the floor is not lost to rounding: 1 - 0.9 is
    // 0.09999999999999998)
    double budget = (1.0 - floor) * max + 1e-9;
    if (Math.abs(n - m) * 0.35 > budget) {
      return 0.0;
    }
    double cost = distance(a, b, budget);
    if ((a.chars[0] == 'C' && b.chars[0] == 'h') || (a.chars[0] == 'h' && b.chars[0] == 'C')) {
      // ch for h only inside a word: at the start it begins another name ("Cho" / "Ho"), so a
      // pair that starts so pays the full replacement (outside the loop, which runs for every
      // pair a screen scores)
      cost += 1.0 - CH_H;
    }
    if (cost > budget) {
      return 0.0;
    }
    return Math.max(0.0, Math.min(0.95, 1.0 - cost / max));
  }

  /**
   * A typing slip: the words' own letters (not their phonetic forms, which a slip can change
   * wholesale: "Azhar" / "Azahr" are "aJar" / "azahr") are one edit apart: a letter replaced, added
   * or dropped, or two adjacent letters swapped (found in linear time, {@link #slipCost}). Such a
   * pair is scored as if the word had {@link #TYPO_SLACK} more letters (one more for a word of two
   * or three letters, a Korean or Chinese syllable among them, where one letter more or less is
   * more often another name), so that one slip in a short word ("Kony" / "Kgny") still reads as
   * that word, but never above {@link #TYPO_MAX}: a slip is never a sure spelling of the name; two
   * slips only in words of {@link #TWO_SLIPS_MIN_LENGTH} letters or more ({@link #twoSlipCost}).
   * Words of fewer than {@link #TYPO_MIN_LENGTH} letters get nothing; returns 0 when the letters
   * are not that close.
   */
  static double typo(PhoneticWord a, PhoneticWord b) {
    return typo(a, b, true);
  }

  /** As {@link #typo(PhoneticWord, PhoneticWord)}; two slips are looked for only when asked. */
  private static double typo(PhoneticWord a, PhoneticWord b, boolean twoSlips) {
    int n = a.text.length();
    int m = b.text.length();
    int shorter = Math.min(n, m);
    if (Math.abs(n - m) > 2 || shorter < TYPO_MIN_LENGTH) {
      return 0.0;
    }
    if (!lettersAllow(a.letters, b.letters, twoSlips && shorter >= TWO_SLIPS_MIN_LENGTH ? 2 : 1)) {
      return 0.0;
    }
    double cost = Math.abs(n - m) > 1 ? -1 : slipCost(a.text, 0, b.text, 0);
    if (cost >= 0) {
      double slack = shorter >= 4 ? TYPO_SLACK : TYPO_SLACK_SHORT;
      return Math.min(TYPO_MAX, 1.0 - cost / (Math.max(n, m) + slack));
    }
    if (!twoSlips || shorter < TWO_SLIPS_MIN_LENGTH) {
      return 0.0;
    }
    cost = twoSlipCost(a.text, b.text);
    if (cost < 0) {
      return 0.0;
    }
    return Math.min(TWO_SLIPS_MAX, 1.0 - cost / (Math.max(n, m) + TYPO_SLACK));
  }

  /**
   * Whether two words of these lengths and letter sets ({@link PhoneticWord#letters}) may be a
   * typing slip or two apart, which {@link #typo} then finds; false means {@link #typo} is 0. For
   * the candidate index, which checks the pairs without a shared key by the hundred per screen
   * (0.03 of them per screen are slips) from flat arrays, without reading the words themselves.
   */
  static boolean maySlip(int lengthA, long lettersA, int lengthB, long lettersB) {
    return Math.abs(lengthA - lengthB) <= 2
        && Math.min(lengthA, lengthB) >= TYPO_MIN_LENGTH
        && lettersAllow(lettersA, lettersB, 2);
  }

  /** Each slip brings at most one letter that the other word lacks: a necessary condition. */
  private static boolean lettersAllow(long lettersA, long lettersB, int slips) {
    return Long.bitCount(lettersA & ~lettersB) <= slips
        && Long.bitCount(lettersB & ~lettersA) <= slips;
  }

  /**
   * The cost of two slips between two words' letters ("Rotenberg" / "Rotenbtgr", "Ngudjolo" /
   * "Gnudjoxlo"), or -1 when they are not exactly two slips apart. Linear: the first slip lies
   * where the words first differ, so each of its four kinds is tried there and the rest must be one
   * slip apart ({@link Slip#find(String, int, String, int)}); the cheaper reading counts.
   */
  static double twoSlipCost(String a, String b) {
    int n = a.length();
    int m = b.length();
    int i = 0;
    while (i < n && i < m && a.charAt(i) == b.charAt(i)) {
      i++;
    }
    double best = Double.MAX_VALUE;
    if (i < n && i < m) {
      double rest = slipCost(a, i + 1, b, i + 1);
      if (rest >= 0) {
        best = Math.min(best, sub(a.charAt(i), b.charAt(i)) + rest);
      }
      if (i + 1 < n
          && i + 1 < m
          && a.charAt(i) == b.charAt(i + 1)
          && a.charAt(i + 1) == b.charAt(i)) {
        rest = slipCost(a, i + 2, b, i + 2);
        if (rest >= 0) {
          best = Math.min(best, TRANSPOSITION + rest);
        }
      }
    }
    if (i < n) {
      double rest = slipCost(a, i + 1, b, i);
      if (rest >= 0) {
        best = Math.min(best, indel(a, i) + rest);
      }
    }
    if (i < m) {
      double rest = slipCost(a, i, b, i + 1);
      if (rest >= 0) {
        best = Math.min(best, indel(b, i) + rest);
      }
    }
    return best == Double.MAX_VALUE ? -1 : best;
  }

  /**
   * The cost of the one edit between the ends of two words' letters from {@code ai} and {@code bi}
   * (a letter replaced, added or dropped, two adjacent letters swapped), or -1 when they are not
   * one edit apart. Linear: the words agree before the edit and after it.
   */
  private static double slipCost(String a, int ai, String b, int bi) {
    int slip = Slip.find(a, ai, b, bi);
    if (slip < 0) {
      return -1;
    }
    int i = Slip.position(slip);
    return switch (Slip.kind(slip)) {
      case Slip.REPLACED -> sub(a.charAt(ai + i), b.charAt(bi + i));
      case Slip.SWAPPED -> TRANSPOSITION;
      case Slip.EXTRA_IN_FIRST -> indel(a, ai + i);
      default -> indel(b, bi + i);
    };
  }

  /**
   * Two slips in one word are scored only in words of this many letters or more: in shorter ones
   * two slips reach other names ("Karimi" / "Rahimi").
   */
  static final int TWO_SLIPS_MIN_LENGTH = 6;

  /** Two slips are a weaker sign than one: at most this. */
  static final double TWO_SLIPS_MAX = 0.85;

  /** Two adjacent letters swapped, in the letters or the phonetic form. */
  static final double TRANSPOSITION = 0.5;

  static final double TYPO_SLACK = 2.0;

  static final double TYPO_MAX = 0.89;

  static final int TYPO_MIN_LENGTH = 2;

  static final double TYPO_SLACK_SHORT = 1.0;

  /**
   * A compound given name against its head word alone ("Nasiruddin" / "Nasir", "Shafiqullah" /
   * "Shafiq"): the short form by which such a person is commonly known, so it meets the compound as
   * a close variant ({@link #COMPOUND_HEAD} at most), never as the same word.
   */
  private static double headSimilarity(PhoneticWord a, PhoneticWord b, double floor) {
    PhoneticWord compound = a.head != null ? a : b;
    PhoneticWord other = a.head != null ? b : a;
    if (other.text.length() < 3) {
      return 0.0;
    }
    if (floor <= FLOOR) {
      return COMPOUND_HEAD * similarity(compound.head, other);
    }
    double sim = COMPOUND_HEAD * similarity(compound.head, other, floor / COMPOUND_HEAD);
    return sim >= floor ? sim : 0.0;
  }

  /**
   * A name of "abd" and a divine name against that name alone ("Abdul Aziz" / "Aziz", "Abdul
   * Rosyid" / "Rosyid", "Abdurrahman" / "Rahman"): South Asian and Indonesian usage calls such a
   * person by the divine name, so it meets the compound as a weaker variant than a compound's head
   * does ({@link #ABD_SHORT_FORM} at most), never as the same word.
   */
  private static double abdShortForm(
      PhoneticWord abd, PhoneticWord other, double floor, double sim) {
    // cheap checks first: "abd" names are common, and this runs for every pair of them
    if (other.text.length() < 4
        || other.skeleton.charAt(0) != abd.afterAbd.skeleton.charAt(0)
        || other.text.startsWith("ab")) {
      return 0.0;
    }
    // only a similarity that beats the one found and the caller's floor matters, so the edit
    // distance may stop as soon as that is out of reach
    double need = Math.max(FLOOR, Math.max(floor, sim) / ABD_SHORT_FORM);
    if (need > 1.0) {
      return 0.0;
    }
    return ABD_SHORT_FORM * similarity(abd.afterAbd, other, need);
  }

  /** Measured on the dev pairs: "abd" names against the divine name alone (issue 3). */
  static final double ABD_SHORT_FORM = 0.85;

  /**
   * A word with the article glued on against the bare word ("Alsamman" / "Samman", "Elhasan" /
   * "Hasan"): a close variant, never the same word.
   */
  static final double GLUED_ARTICLE = 0.92;

  /**
   * Heads below this are different names (Habib / Abd 0.66), not spellings or a slip of one (a slip
   * in a three-letter head scores 0.75).
   */
  static final double DIFFERENT_HEADS = 0.75;

  /**
   * "Abdullah" (abd + Allah, which the name model writes "abdlah") against an "-ullah" compound:
   * its head is "abd" ("Habibullah" / "Abdullah" was 0.77); null otherwise.
   */
  private static PhoneticWord abdOfAbdullah(PhoneticWord w, PhoneticWord other) {
    return w.text.equals("abdlah") && other.head != null && other.text.endsWith("ullah")
        ? ABD
        : null;
  }

  private static final PhoneticWord ABD = PhoneticWord.of("abd");

  private static boolean sameEnding(PhoneticWord a, PhoneticWord b) {
    int la = a.head.text.length();
    int lb = b.head.text.length();
    return a.text.length() - la == b.text.length() - lb
        && a.text.regionMatches(la, b.text, lb, a.text.length() - la);
  }

  /** Measured on the dev pairs: "-uddin" / "-ullah" names against the bare head (issue 3). */
  static final double COMPOUND_HEAD = 0.9;

  /**
   * One letter written as two: x for ks ("Alexander" / "Aleksandr", "Alexey" / "Aleksey"), the
   * Latin and the Slavic romanisation of one sound. A separate operation rather than x = ks in the
   * phonetic form, so that a typing slip on an x still costs one edit.
   */
  static final double X_KS = 0.2;

  static final double DZ = 0.3;

  /**
   * Indonesian and Malay sy (Dutch-era sj) for sh, one letter ش: "Ba'asyir" / "Bashir", "Rasyid" /
   * "Rashid", "Syarif" / "Sharif". A separate operation like {@link #X_KS}: "Syed" (Urdu, s and y)
   * keeps its own letters.
   */
  static final double SY_SH = 0.2;

  /**
   * ch for h inside a word: Indonesian and Javanese write ح (and خ) ch ("Achmad", "Mochammad",
   * "Rochim" for Ahmad, Muhammad, Rahim). Only inside a word: at its start ch and h begin different
   * names ("Cho" / "Ho", "Chan" / "Han").
   */
  static final double CH_H = 0.3;

  private static final ThreadLocal<double[][]> ROWS =
      ThreadLocal.withInitial(
          () -> new double[][] {new double[32], new double[32], new double[32]});

  /** An initial ("M.") against a word with that first letter. */
  static final double INITIAL = 0.6;

  /** Below this a pair of words is not a variant of one name; such pairs score 0. */
  static final double FLOOR = 0.5;

  static double distance(String a, String b) {
    return distance(PhoneticWord.of(a), PhoneticWord.of(b), Double.MAX_VALUE);
  }

  /**
   * Weighted Damerau-Levenshtein over the phonetic forms; returns a value above {@code budget} as
   * soon as the whole row exceeds it.
   */
  static double distance(PhoneticWord wa, PhoneticWord wb, double budget) {
    char[] a = wa.chars;
    char[] b = wb.chars;
    double[] ia = wa.indel;
    double[] ib = wb.indel;
    int n = a.length;
    int m = b.length;
    // three rows reused per thread: allocating them was the largest allocation of screening
    double[][] rows = ROWS.get();
    if (rows[0].length < m + 1) {
      for (int r = 0; r < 3; r++) {
        rows[r] = new double[Math.max(m + 1, 2 * rows[r].length)];
      }
    }
    double[] prev2 = rows[0];
    double[] prev = rows[1];
    double[] cur = rows[2];
    boolean twoLetterOps = PhoneticWord.twoLetterOps(wa, wb);
    prev[0] = 0;
    for (int j = 1; j <= m; j++) {
      prev[j] = prev[j - 1] + ib[j - 1];
    }
    for (int i = 1; i <= n; i++) {
      char ca = a[i - 1];
      double delA = ia[i - 1];
      cur[0] = prev[0] + delA;
      double rowMin = cur[0];
      for (int j = 1; j <= m; j++) {
        char cb = b[j - 1];
        double best = prev[j - 1] + sub(ca, cb);
        double del = prev[j] + delA;
        if (del < best) {
          best = del;
        }
        double ins = cur[j - 1] + ib[j - 1];
        if (ins < best) {
          best = ins;
        }
        if (!twoLetterOps) {
          // most pairs: neither x against ks nor sh against sy
        } else if (ca == 'x' && j > 1 && cb == 's' && b[j - 2] == 'k') {
          double xks = prev[j - 2] + X_KS;
          if (xks < best) {
            best = xks;
          }
        } else if (cb == 'x' && i > 1 && ca == 's' && a[i - 2] == 'k') {
          double xks = prev2[j - 1] + X_KS;
          if (xks < best) {
            best = xks;
          }
        } else if (ca == 'S' && j > 1 && (cb == 'y' || cb == 'j') && b[j - 2] == 's') {
          double sy = prev[j - 2] + SY_SH;
          if (sy < best) {
            best = sy;
          }
        } else if (cb == 'S' && i > 1 && (ca == 'y' || ca == 'j') && a[i - 2] == 's') {
          double sy = prev2[j - 1] + SY_SH;
          if (sy < best) {
            best = sy;
          }
        }
        if (i > 1 && j > 1 && ca == b[j - 2] && a[i - 2] == cb && ca != cb) {
          double tr = prev2[j - 2] + TRANSPOSITION;
          if (tr < best) {
            best = tr;
          }
        }
        cur[j] = best;
        if (best < rowMin) {
          rowMin = best;
        }
      }
      if (rowMin > budget) {
        return rowMin;
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
    if (c == 'z' && pos > 0 && w.charAt(pos - 1) == 'd') {
      // Belarusian dz for Russian d: Dzmitry / Dmitry, Vadzim / Vadim
      return DZ;
    }
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

  /** a / i / u for one another: romanisations differ there, but so do names (Khatib, Khattab). */
  static final double VOWEL_QUALITY = 0.35;

  private static final double[] SUB = new double[128 * 128];

  static {
    for (char x = 0; x < 128; x++) {
      for (char y = 0; y < 128; y++) {
        SUB[x * 128 + y] = computeSub(x, y);
      }
    }
  }

  static double sub(char a, char b) {
    if (a < 128 && b < 128) {
      return SUB[a * 128 + b];
    }
    return a == b ? 0 : 1.0;
  }

  private static double computeSub(char a, char b) {
    if (a == b) {
      return 0;
    }
    boolean va = Phonetic.isVowel(a);
    boolean vb = Phonetic.isVowel(b);
    if (va && vb) {
      return (pair(a, b, 'e', 'i') || pair(a, b, 'o', 'u')) ? 0.15 : VOWEL_QUALITY;
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
        || pair(a, b, 'k', 'c')
        // ch for kh (خ) in German, Dutch, Polish and Indonesian romanisations: Chalid / Khalid
        || pair(a, b, 'C', 'X')
        // dh and th for ظ and ذ: Kadhim / Kathim
        || pair(a, b, 'D', 'T')) {
      return 0.25;
    }
    if (pair(a, b, 'C', 'h')) {
      return CH_H;
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
        || pair(a, b, 'd', 't')
        // Belarusian and Ukrainian h for Russian g: Hryhoriy / Grigoriy, Hamid / Gamid
        || pair(a, b, 'g', 'h')
        // Belarusian u (ў) for Russian v: Ipatau / Ipatov, Paulichenka / Pavlichenko
        || pair(a, b, 'u', 'v')
        // th for ظ, which Persian and Urdu write z: Hafith / Hafiz, Nathim / Nazim
        || pair(a, b, 'z', 'T')) {
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
