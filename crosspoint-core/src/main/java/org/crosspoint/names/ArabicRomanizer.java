package org.crosspoint.names;

/**
 * Arabic-script word → Latin, in the loose English-press convention that lists and passports use
 * ("يوسف" → "yusuf", "السلفي" → "al salafi"). Short vowels are not written in Arabic script, so the
 * romaniser supplies them: "a" between two consonants with no long vowel letter between, which is
 * the commonest short vowel in names. The output is compared with a romanisation-tolerant distance
 * (vowels are cheap there), so it needs the consonants right more than the vowels.
 *
 * <p>Implementation notes: the letter table follows the common UNGEGN/ALA-LC simplification without
 * diacritics (ح → h, خ → kh, ذ → dh, ع → omitted or a vowel, ق → q) plus the Persian and Urdu
 * letters (پ p, چ ch, ژ zh, گ g, ٹ t, ڈ d, ڑ r, ں n). Tuned on the train splits of
 * wikidata-translit-arabic and google-translit-ar2en; measured on their dev splits with {@code
 * crosspoint eval translit}.
 */
final class ArabicRomanizer {
  private ArabicRomanizer() {}

  /** True when the word has at least one Arabic-block letter. */
  static boolean isArabic(String word) {
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if ((c >= 0x0600 && c <= 0x06FF)
          || (c >= 0x0750 && c <= 0x077F)
          || (c >= 0xFB50 && c <= 0xFEFF)) {
        return true;
      }
    }
    return false;
  }

  /** Romanises one word; may return two words ("al salafi") when the article is attached. */
  static String romanize(String word) {
    String w = ArabicLetters.fold(word);
    if (w.equals("عبد")) {
      return "abd"; // the servant-of prefix: never "abad"
    }
    if (w.length() > 5 && w.startsWith("عبدال")) {
      return "abd al " + romanizeWord(w.substring(5));
    }
    if (w.length() > 3 && w.startsWith("ال")) {
      return "al " + romanizeWord(w.substring(2));
    }
    if (w.length() > 4 && (w.startsWith("وال"))) {
      return "al " + romanizeWord(w.substring(3));
    }
    return romanizeWord(w);
  }

  private static final int CONS = 0;
  private static final int VOWEL = 1;

  private static String romanizeWord(String w) {
    int n = w.length();
    StringBuilder out = new StringBuilder(n * 2);
    int prevKind = -1; // kind of the last emitted unit
    for (int i = 0; i < n; i++) {
      char c = w.charAt(i);
      char next = i + 1 < n ? w.charAt(i + 1) : 0;
      boolean first = i == 0;
      boolean last = i == n - 1;
      String unit;
      int kind = CONS;
      switch (c) {
        case 'ا' -> {
          unit = "a";
          kind = VOWEL;
        }
        case 'و' -> {
          if (first || next == 'ا' || (prevKind == VOWEL && !last)) {
            unit = "w";
          } else {
            unit = "u";
            kind = VOWEL;
          }
        }
        case 'ي' -> {
          if (first || next == 'ا' || next == 'و' || (prevKind == VOWEL && !last)) {
            unit = "y";
          } else if (last && i >= 1 && w.charAt(i - 1) == 'ز' && n >= 4) {
            unit = "ai"; // Pashto tribal "-zai" (اچکزی Achakzai, یوسفزی Yousafzai)
            kind = VOWEL;
          } else {
            unit = "i";
            kind = VOWEL;
          }
        }
        case 'ع' -> {
          // ayn: a vowel at the start ("Ali", "Umar"), silent next to a long vowel ("Ismail").
          if (first) {
            unit = (next == 'ي') ? "" : "a";
            kind = VOWEL;
          } else if (prevKind == VOWEL || next == 'ا' || next == 'و' || next == 'ي' || last) {
            unit = "";
            kind = prevKind;
          } else {
            unit = "a";
            kind = VOWEL;
          }
        }
        case 'ء' -> {
          unit = "";
          kind = prevKind;
        }
        case 'ة' -> {
          unit = "a";
          kind = VOWEL;
        }
        default -> unit = consonant(c);
      }
      if (unit == null) {
        continue; // not a letter we know (digits, Latin mixed in): skip
      }
      if (kind == CONS && prevKind == CONS && out.length() > 0 && !unit.isEmpty()) {
        // Two consonants in a row: supply the unwritten short vowel, except before the last letter
        // of a word ending in a cluster is rare in names, so we keep it there too.
        char prev = out.charAt(out.length() - 1);
        if (!(unit.length() == 1 && unit.charAt(0) == prev)) {
          out.append('a');
        }
      }
      if (!unit.isEmpty()) {
        out.append(unit);
        prevKind = kind;
      }
    }
    return out.toString();
  }

  private static String consonant(char c) {
    return switch (c) {
      case 'ب' -> "b";
      case 'پ' -> "p";
      case 'ت', 'ط', 'ٹ' -> "t";
      case 'ث' -> "th";
      case 'ج' -> "j";
      case 'چ' -> "ch";
      case 'ح', 'ه' -> "h";
      case 'خ' -> "kh";
      case 'د', 'ڈ', 'ض' -> "d";
      case 'ذ' -> "dh";
      case 'ر', 'ڑ' -> "r";
      case 'ز', 'ظ' -> "z";
      case 'ژ' -> "zh";
      case 'س', 'ص' -> "s";
      case 'ش' -> "sh";
      case 'غ' -> "gh";
      case 'ف', 'ڤ' -> "f";
      case 'ق' -> "q";
      case 'ك', 'گ' -> c == 'گ' ? "g" : "k";
      case 'ل' -> "l";
      case 'م' -> "m";
      case 'ن', 'ں' -> "n";
      default -> null;
    };
  }
}
