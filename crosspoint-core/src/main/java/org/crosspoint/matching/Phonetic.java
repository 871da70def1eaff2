package org.crosspoint.matching;

/**
 * Two encodings of one normalised name word, computed once per word (at index time for listed
 * names):
 *
 * <ul>
 *   <li>the <em>phonetic form</em> folds spellings of one sound to one symbol (kh → X, gh → G, sh /
 *       sch → S, ch → C, th → T, dh → D, zh → J, dj → j, ph → f, q / ck / hard c → k, ou / oo → u,
 *       ee → i) and collapses doubled letters, so that "Yousaf", "Yusuf" and "Youssouf" differ only
 *       in vowels, which {@link TokenSimilarity} treats as cheap;
 *   <li>the <em>skeleton</em> keeps only consonant classes (vowels, h, y and w dropped except at
 *       the start, where a vowel becomes the marker "a"): "Muhammad", "Mohamed", "Mohammed" are all
 *       "mhmd". It is the blocking key of the candidate index.
 * </ul>
 */
final class Phonetic {
  private Phonetic() {}

  static String phonetic(String w) {
    StringBuilder sb = new StringBuilder(w.length());
    int n = w.length();
    for (int i = 0; i < n; i++) {
      char c = w.charAt(i);
      char d = i + 1 < n ? w.charAt(i + 1) : 0;
      char e = i + 2 < n ? w.charAt(i + 2) : 0;
      char out = c;
      int skip = 0;
      switch (c) {
        case 's' -> {
          if (d == 'c' && e == 'h') {
            out = 'S';
            skip = 2;
          } else if (d == 'h') {
            out = 'S';
            skip = 1;
          }
        }
        case 'k' -> {
          if (d == 'h') {
            out = 'X';
            skip = 1;
          }
        }
        case 'g' -> {
          if (d == 'h') {
            out = 'G';
            skip = 1;
          }
        }
        case 'c' -> {
          if (d == 'h') {
            out = 'C';
            skip = 1;
          } else if (d == 'k') {
            out = 'k';
            skip = 1;
          } else if (d == 'e' || d == 'i' || d == 'y') {
            out = 's';
          } else {
            out = 'k';
          }
        }
        case 't' -> {
          if (d == 'h') {
            out = 'T';
            skip = 1;
          }
        }
        case 'd' -> {
          if (d == 'h') {
            out = 'D';
            skip = 1;
          } else if (d == 'j') {
            out = 'j';
            skip = 1;
          }
        }
        case 'z' -> {
          if (d == 'h') {
            out = 'J';
            skip = 1;
          }
        }
        case 'p' -> {
          if (d == 'h') {
            out = 'f';
            skip = 1;
          }
        }
        case 'q' -> out = 'k';
        case 'o' -> {
          if (d == 'u' || d == 'o') {
            out = 'u';
            skip = 1;
          }
        }
        case 'e' -> {
          if (d == 'e') {
            out = 'i';
            skip = 1;
          }
        }
        case 'y' -> {
          // y after a consonant, before a consonant or at the end, is the vowel i
          boolean prevCons = sb.length() > 0 && !isVowel(sb.charAt(sb.length() - 1));
          if (i > 0 && (prevCons || d == 0) && (d == 0 || !isVowel(d))) {
            out = 'i';
          }
        }
        default -> {}
      }
      if (sb.length() == 0 || sb.charAt(sb.length() - 1) != out) {
        sb.append(out);
      }
      i += skip;
    }
    return sb.toString();
  }

  static String skeleton(String phon) {
    StringBuilder sb = new StringBuilder(phon.length());
    for (int i = 0; i < phon.length(); i++) {
      char c = phon.charAt(i);
      char k =
          switch (c) {
            case 'a', 'e', 'i', 'o', 'u', 'y', 'h', 'w' -> i == 0 ? (isVowel(c) ? 'a' : c) : 0;
            case 'X' -> 'k';
            case 'G' -> 'g';
            case 'S', 'C' -> 's';
            case 'T' -> 't';
            case 'D' -> 'd';
            case 'J' -> 'j';
            case 'v' -> 'f';
            case 'p' -> 'b';
            default -> c;
          };
      if (k != 0 && (sb.length() == 0 || sb.charAt(sb.length() - 1) != k)) {
        sb.append(k);
      }
    }
    return sb.toString();
  }

  static boolean isVowel(char c) {
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
  }
}
