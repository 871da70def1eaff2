package org.crosspoint.names;

import com.ibm.icu.text.Transliterator;
import java.util.ArrayList;
import java.util.List;

/**
 * Script → Latin. Arabic, Persian and Urdu words go through {@link ArabicRomanizer} (ICU's
 * Arabic-Latin writes scholarly forms with unwritten vowels missing, e.g. "ywsf", far from how
 * names are spelled on passports); every other non-Latin script goes through ICU "Any-Latin". Latin
 * words pass untouched. ICU transliterators are not thread-safe, hence one per thread.
 */
final class Transliterate implements NameStage {
  private static final ThreadLocal<Transliterator> ANY_LATIN =
      ThreadLocal.withInitial(() -> Transliterator.getInstance("Any-Latin; Latin-ASCII"));

  @Override
  public List<String> apply(List<String> tokens) {
    List<String> out = new ArrayList<>(tokens.size());
    for (String t : tokens) {
      if (isPlainLatin(t)) {
        out.add(t);
      } else if (ArabicRomanizer.isArabic(t)) {
        for (String w : ArabicRomanizer.romanize(t).split(" ")) {
          if (!w.isEmpty()) {
            out.add(w);
          }
        }
      } else {
        for (String w : ANY_LATIN.get().transliterate(t).split("[\\s\\-]+")) {
          if (!w.isEmpty()) {
            out.add(w);
          }
        }
      }
    }
    return out;
  }

  /** Latin letters incl. Latin-1 / Extended-A/B and combining marks: no transliteration needed. */
  static boolean isPlainLatin(String t) {
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (c >= 0x0250 && !(c >= 0x0300 && c <= 0x036F) && !(c >= 0x1E00 && c <= 0x1EFF)) {
        return false;
      }
    }
    return true;
  }
}
