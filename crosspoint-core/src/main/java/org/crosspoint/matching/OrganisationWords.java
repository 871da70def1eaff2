package org.crosspoint.matching;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.crosspoint.names.ArabicLetters;

/**
 * Arabic words that name kinds of organisation, translated: lists give an organisation's Latin name
 * in translation ("Libyan Islamic Fighting Group") beside the original-script name (الجماعة
 * الإسلامية المقاتلة الليبية), so romanising the original script ("al-jamaa al-islamiya ...") does
 * not meet it. {@link MatchIndex} screens an Arabic-script name that holds one of these words a
 * second time with the words translated (the rest left to romanisation) and keeps the better score
 * per listed name.
 *
 * <p>A small, general table: the generic words of organisation names (group, movement, front,
 * brigade, foundation, office, ...) and the adjectives that go with them; no proper names. Words
 * are compared after the article (ال), the prefixes و (and), ب (in), ل / لل (for) and letter
 * variants (the name pipeline's {@link ArabicLetters#foldWord}, and ta marbuta as heh) are set
 * aside; the table's own words are folded the same way.
 */
final class OrganisationWords {
  private OrganisationWords() {}

  private static final Map<String, String> WORDS =
      folded(
          Map.ofEntries(
              Map.entry("جماعه", "group"),
              Map.entry("تنظيم", "organization"),
              Map.entry("منظمه", "organization"),
              Map.entry("حركه", "movement"),
              Map.entry("كتائب", "brigades"),
              Map.entry("كتيبه", "battalion"),
              Map.entry("لواء", "brigade"),
              Map.entry("جبهه", "front"),
              Map.entry("مؤسسه", "foundation"),
              Map.entry("جمعيه", "society"),
              Map.entry("مكتب", "office"),
              Map.entry("شركه", "company"),
              Map.entry("مجلس", "council"),
              Map.entry("جيش", "army"),
              Map.entry("دوله", "state"),
              Map.entry("صرافه", "exchange"),
              Map.entry("اغاثه", "relief"),
              Map.entry("اسلاميه", "islamic"),
              Map.entry("اسلامي", "islamic"),
              Map.entry("مقاتله", "fighting"),
              Map.entry("خيريه", "charitable"),
              Map.entry("عالميه", "international"),
              Map.entry("دوليه", "international"),
              Map.entry("في", "in")));

  private static Map<String, String> folded(Map<String, String> words) {
    Map<String, String> m = new HashMap<>(words.size() * 2);
    words.forEach((arabic, english) -> m.put(normalise(arabic), english));
    return Map.copyOf(m);
  }

  private static final String[] PREFIXES = {"وال", "بال", "لل", "ال", "و", "ب", "ل"};

  /** The name with its organisation words translated, or null when it holds none. */
  static String translate(String name) {
    if (!hasArabicLetter(name)) {
      return null;
    }
    String[] words = name.strip().split("\\s+");
    List<String> out = new ArrayList<>(words.length);
    boolean any = false;
    for (String w : words) {
      String english = english(normalise(w));
      if (english != null) {
        out.add(english);
        any = true;
      } else {
        out.add(w);
      }
    }
    return any ? String.join(" ", out) : null;
  }

  private static String english(String w) {
    String e = WORDS.get(w);
    if (e != null) {
      return e;
    }
    for (String p : PREFIXES) {
      if (w.startsWith(p) && w.length() - p.length() >= 2) {
        e = WORDS.get(w.substring(p.length()));
        if (e != null) {
          return e;
        }
      }
    }
    return null;
  }

  static String normalise(String w) {
    return ArabicLetters.foldWord(w).replace('ة', 'ه');
  }

  private static boolean hasArabicLetter(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= '\u0600' && c <= '\u06FF') {
        return true;
      }
    }
    return false;
  }
}
