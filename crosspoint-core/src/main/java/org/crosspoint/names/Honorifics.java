package org.crosspoint.names;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Removes titles and honorifics (Hafiz, Maulana, Mullah, Qari, Mufti, Sheikh, Haji, Dr, Mr, ...)
 * and generational suffixes (Jr, Sr, III) that passports and lists add or omit at will, and
 * remembers them so the explanation can say what was set aside. A name made only of titles keeps
 * its last word.
 */
final class Honorifics implements NameStage {
  static final Set<String> TITLES =
      Set.of(
          "hafiz",
          "hafez",
          "hafidh",
          "maulana",
          "mawlana",
          "moulana",
          "molana",
          "maulvi",
          "molvi",
          "moulvi",
          "mawlawi",
          "maulawi",
          "mullah",
          "mulla",
          "mollah",
          "molla",
          "qari",
          "qary",
          "mufti",
          "sheikh",
          "shaikh",
          "sheik",
          "shaykh",
          "cheikh",
          "sheykh",
          "haji",
          "hajji",
          "hajj",
          "alhaj",
          "alhajj",
          "alhaji",
          "dr",
          "doctor",
          "mr",
          "mrs",
          "ms",
          "miss",
          "sir",
          "prof",
          "professor",
          "eng",
          "engineer",
          "imam",
          "janab",
          "hazrat",
          "mohtaram",
          "ustad",
          "ustadh",
          "ustaz",
          "general",
          "gen",
          "colonel",
          "col",
          "captain",
          "capt",
          "major",
          "maj",
          "commander",
          "cmdr",
          "lt",
          "lieutenant",
          "sgt",
          "sergeant",
          "president",
          "presidente",
          "prince",
          "amir",
          "emir",
          "mawlavi",
          "sayed",
          "mir",
          // generational suffixes: part of how a name is written, not of the name itself
          // ("MEZA, JR., Arturo", "Hilarion Del Rosario Santos, III (third)")
          "jr",
          "junior",
          "sr",
          "senior",
          "ii",
          "iii",
          "iv",
          "third");

  /**
   * Titles written in Arabic script, matched after romanisation (the stage order puts
   * transliteration first): mullah, sheikh, haji, al-hajj, maulana, maulvi, qari, mufti, hafiz,
   * doctor.
   */
  static final Set<String> ROMANISED_TITLES =
      romanised("ملا", "شيخ", "حاجي", "حاج", "مولانا", "مولوي", "قاري", "مفتي", "دكتور", "حافظ");

  private static Set<String> romanised(String... arabic) {
    Set<String> s = new java.util.HashSet<>();
    for (String a : arabic) {
      s.add(ArabicRomanizer.romanize(a));
    }
    return Set.copyOf(s);
  }

  /** Titles that are also common given names: removed only when more than two words remain. */
  private static final Set<String> ALSO_NAMES =
      Set.of("amir", "emir", "sayed", "mir", "hafiz", "hafaz");

  @Override
  public List<String> apply(List<String> tokens) {
    return split(tokens).kept();
  }

  record Split(List<String> kept, List<String> titles) {}

  static Split split(List<String> tokens) {
    List<String> kept = new ArrayList<>(tokens.size());
    List<String> titles = new ArrayList<>(2);
    for (int i = 0; i < tokens.size(); i++) {
      String t = tokens.get(i);
      boolean title = TITLES.contains(t) || ROMANISED_TITLES.contains(t);
      if (title && ALSO_NAMES.contains(t) && namesAfter(tokens, i) < 2) {
        title = false; // "Hafiz al-Assad": here Hafiz is the name
      }
      // A title is only a title before the name, or at the very end ("Ahmad Sahib"): never the
      // last remaining word.
      if (title && kept.size() + (tokens.size() - i - 1) >= 1) {
        titles.add(t);
      } else {
        kept.add(t);
      }
    }
    return new Split(kept, titles);
  }

  private static int namesAfter(List<String> tokens, int i) {
    int n = 0;
    for (int k = i + 1; k < tokens.size(); k++) {
      if (!NameModel.ARTICLES.contains(tokens.get(k)) && !NameModel.NASAB.contains(tokens.get(k))) {
        n++;
      }
    }
    return n;
  }
}
