package org.crosspoint.names;

import java.util.ArrayList;
import java.util.List;

/**
 * Folds the letter forms that Arabic, Persian and Urdu writers interchange: alef with hamza or
 * madda and alef wasla to bare alef, alef maqsura and Persian/Urdu yeh (ی ے) to yeh, keheh (ک) to
 * kaf, Urdu heh forms (ہ ھ) to heh, Urdu ta marbuta goal (ۃ) to ta marbuta, hamza on waw/yeh to the
 * carrier. Letters with their own sound (پ چ ژ گ ٹ ڈ ڑ ں) are kept for the romaniser.
 */
public final class ArabicLetters implements NameStage {
  @Override
  public List<String> apply(List<String> tokens) {
    List<String> out = new ArrayList<>(tokens.size());
    for (String t : tokens) {
      out.add(fold(t));
    }
    return out;
  }

  /**
   * One word as the name pipeline compares Arabic-script letters: tatweel and harakat dropped (as
   * {@link UnicodeCleanup} does), then the letter forms folded. For code outside the pipeline that
   * looks Arabic words up in a table.
   */
  public static String foldWord(String w) {
    StringBuilder sb = new StringBuilder(w.length());
    w.codePoints().filter(cp -> !UnicodeCleanup.isArabicMark(cp)).forEach(sb::appendCodePoint);
    return fold(sb.toString());
  }

  static String fold(String t) {
    StringBuilder sb = null;
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      char r =
          switch (c) {
            case 'أ', 'إ', 'آ', 'ٱ', 'ٲ', 'ٳ' -> 'ا';
            case 'ى', 'ی', 'ے', 'ۍ', 'ې', 'ئ' -> 'ي';
            case 'ک', 'ڪ' -> 'ك';
            case 'ہ', 'ھ', 'ە' -> 'ه';
            case 'ۃ' -> 'ة';
            case 'ؤ' -> 'و';
            case 'ﻻ' -> 'ل';
            default -> c;
          };
      if (r != c && sb == null) {
        sb = new StringBuilder(t.length());
        sb.append(t, 0, i);
      }
      if (sb != null) {
        sb.append(r);
      }
    }
    return sb == null ? t : sb.toString();
  }
}
