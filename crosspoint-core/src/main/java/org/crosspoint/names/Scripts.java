package org.crosspoint.names;

import java.lang.Character.UnicodeScript;
import java.util.EnumMap;
import java.util.Map;

/** Which writing system a name is in, by ISO 15924 code. */
public final class Scripts {
  private Scripts() {}

  /**
   * The ISO 15924 code of the script with the most letters in {@code text} ("Latn", "Arab", "Cyrl",
   * "Hans", ...); "Zyyy" when it has no letters. Walks code points, so surrogate pairs are counted
   * once.
   */
  public static String dominant(String text) {
    Map<UnicodeScript, Integer> counts = new EnumMap<>(UnicodeScript.class);
    text.codePoints()
        .filter(Character::isLetter)
        .forEach(cp -> counts.merge(UnicodeScript.of(cp), 1, Integer::sum));
    return counts.entrySet().stream()
        .max(Map.Entry.comparingByValue())
        .map(e -> iso15924(e.getKey()))
        .orElse("Zyyy");
  }

  public static boolean isLatin(String text) {
    return "Latn".equals(dominant(text));
  }

  static String iso15924(UnicodeScript s) {
    return switch (s) {
      case LATIN -> "Latn";
      case ARABIC -> "Arab";
      case CYRILLIC -> "Cyrl";
      case HAN -> "Hani";
      case GREEK -> "Grek";
      case HEBREW -> "Hebr";
      case HANGUL -> "Hang";
      case HIRAGANA, KATAKANA -> "Jpan";
      case DEVANAGARI -> "Deva";
      case THAI -> "Thai";
      case GEORGIAN -> "Geor";
      case ARMENIAN -> "Armn";
      case ETHIOPIC -> "Ethi";
      case BENGALI -> "Beng";
      case TAMIL -> "Taml";
      case SYRIAC -> "Syrc";
      default -> {
        String n = s.name();
        yield n.charAt(0)
            + n.substring(1, Math.min(4, n.length())).toLowerCase(java.util.Locale.ROOT);
      }
    };
  }
}
