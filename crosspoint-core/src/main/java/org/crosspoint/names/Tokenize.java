package org.crosspoint.names;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits on anything that is not a letter or a combining mark. Apostrophes and the ayn/hamza
 * half-rings (’ ʿ ʾ `) join ("Qa'ida" is one word); hyphens and dots split ("al-Salafi" is "al",
 * "Salafi"). Digits are not name parts and are dropped.
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
        if (Character.isLetter(cp) || Character.getType(cp) == Character.NON_SPACING_MARK) {
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
