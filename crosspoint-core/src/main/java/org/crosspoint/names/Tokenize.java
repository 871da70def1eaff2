package org.crosspoint.names;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits on anything that is not a letter or a combining mark (of any kind, see {@link #isMark}).
 * Apostrophes and the ayn/hamza half-rings (’ ʿ ʾ `) join ("Qa'ida" is one word); hyphens and dots
 * split ("al-Salafi" is "al", "Salafi"). Digits are not name parts and are dropped.
 */
final class Tokenize implements NameStage {
  @Override
  public List<String> apply(List<String> tokens) {
    List<String> out = new ArrayList<>();
    for (String t : tokens) {
      StringBuilder cur = new StringBuilder();
      int i = 0;
      while (i < t.length()) {
        int cp = t.codePointAt(i);
        i += Character.charCount(cp);
        if (Character.isLetter(cp) || isMark(cp)) {
          cur.appendCodePoint(cp);
        } else if (isJoiner(cp)) {
          continue;
        } else if (cur.length() > 0) {
          out.add(cur.toString());
          cur.setLength(0);
        }
      }
      if (cur.length() > 0) {
        out.add(cur.toString());
      }
    }
    return out;
  }

  /**
   * A combining mark belongs to the letter before it: non-spacing (Arabic harakat, Devanagari
   * virama) and spacing (the vowel signs of Devanagari, Bengali, Tamil, Khmer, Myanmar: "व्लादिमीर"
   * is one word, not five syllables), and enclosing.
   */
  private static boolean isMark(int cp) {
    int type = Character.getType(cp);
    return type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK;
  }

  private static boolean isJoiner(int cp) {
    return cp == '\''
        || cp == '\u2019'
        || cp == '\u2018'
        || cp == '\u02BF'
        || cp == '\u02BE'
        || cp == '`'
        || cp == '\u00B4'
        || cp == '\u02BC';
  }
}
