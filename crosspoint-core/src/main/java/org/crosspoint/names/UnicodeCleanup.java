package org.crosspoint.names;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * NFKC, then removes what carries no identity: format characters (RLM, LRM, ZWJ, ZWNJ, BOM),
 * control characters, the Arabic tatweel (U+0640) and Arabic harakat (U+064B..U+065F, U+0670),
 * which lists write or omit at will.
 */
final class UnicodeCleanup implements NameStage {
  @Override
  public List<String> apply(List<String> tokens) {
    List<String> out = new ArrayList<>(tokens.size());
    for (String t : tokens) {
      if (isPrintableAscii(t)) {
        // NFKC leaves printable ASCII as it is, and it holds no format, control or Arabic mark
        out.add(t);
        continue;
      }
      String n = Normalizer.normalize(t, Normalizer.Form.NFKC);
      StringBuilder sb = new StringBuilder(n.length());
      n.codePoints()
          .forEach(
              cp -> {
                int type = Character.getType(cp);
                if (type == Character.FORMAT || type == Character.CONTROL) {
                  if (cp == '\t' || cp == '\n' || cp == '\r') {
                    sb.append(' ');
                  }
                  return;
                }
                if (isArabicMark(cp)) {
                  return;
                }
                sb.appendCodePoint(cp);
              });
      out.add(sb.toString());
    }
    return out;
  }

  private static boolean isPrintableAscii(String t) {
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (c < 0x20 || c > 0x7E) {
        return false;
      }
    }
    return true;
  }

  /** The tatweel (U+0640) and the harakat (U+064B..U+065F, U+0670): written or left out at will. */
  static boolean isArabicMark(int cp) {
    return cp == 0x0640 || (cp >= 0x064B && cp <= 0x065F) || cp == 0x0670;
  }
}
