package org.crosspoint.names;

import com.ibm.icu.text.Transliterator;
import java.util.ArrayList;
import java.util.List;

/**
 * Script → Latin. Arabic, Persian and Urdu words go through {@link ArabicRomanizer} (ICU's
 * Arabic-Latin writes scholarly forms with unwritten vowels missing, e.g. "ywsf", far from how
 * names are spelled on passports); Greek through ICU's UNGEGN romanisation, as modern Greek
 * passports write it (β is v: "Vladimir", not the classical "Bladimir"); Korean through {@link
 * KoreanRomanizer} (a word per syllable, family names as spelled); every other non-Latin script
 * through ICU "Any-Latin". Latin words pass untouched. ICU transliterators are not thread-safe,
 * hence one per thread.
 */
final class Transliterate implements NameStage {
  private static final ThreadLocal<Transliterator> ANY_LATIN =
      ThreadLocal.withInitial(
          () -> Transliterator.getInstance("Greek-Latin/UNGEGN; Any-Latin; Latin-ASCII"));

  @Override
  public List<String> apply(List<String> tokens) {
    List<String> out = new ArrayList<>(tokens.size());
    for (int k = 0; k < tokens.size(); k++) {
      String t = tokens.get(k);
      if (isPlainLatin(t)) {
        out.add(t);
      } else if (KoreanRomanizer.isHangul(t)) {
        out.addAll(KoreanRomanizer.romanize(t, k == 0));
      } else if (ArabicRomanizer.isArabic(t)) {
        for (String w : ArabicRomanizer.romanize(t).split(" ")) {
          if (!w.isEmpty()) {
            out.add(w);
          }
        }
      } else {
        for (String w : ANY_LATIN.get().transliterate(finalSchwaDropped(t)).split("[\\s\\-]+")) {
          if (!w.isEmpty()) {
            out.add(w);
          }
        }
      }
    }
    return out;
  }

  /**
   * Hindi, Bengali, Punjabi and Gujarati leave a word's last consonant without its inherent vowel
   * ("पुतिन" is Putin, "राम" is Ram; after a conjunct it stays), which ICU's scholarly romanisation
   * writes ("putina", "rāma"): a word ending in a bare consonant gets its script's virama, so that
   * the name comes out as its bearer writes it in Latin letters.
   */
  static String finalSchwaDropped(String word) {
    if (word.isEmpty()) {
      return word;
    }
    int last = word.codePointBefore(word.length());
    for (int[] script : INHERENT_VOWEL_SCRIPTS) {
      boolean consonant =
          (last >= script[0] && last <= script[1]) || (last >= script[2] && last <= script[3]);
      // after a conjunct the vowel stays: "नरेन्द्र" is Narendra
      boolean conjunct = word.length() >= 2 && word.charAt(word.length() - 2) == script[4];
      if (consonant && !conjunct) {
        return word + (char) script[4];
      }
    }
    return word;
  }

  /** Per script: two ranges of consonant letters, then the virama. */
  private static final int[][] INHERENT_VOWEL_SCRIPTS = {
    {0x0915, 0x0939, 0x0958, 0x095F, 0x094D}, // Devanagari
    {0x0995, 0x09B9, 0x09DC, 0x09DF, 0x09CD}, // Bengali
    {0x0A15, 0x0A39, 0x0A59, 0x0A5E, 0x0A4D}, // Gurmukhi
    {0x0A95, 0x0AB9, 0x0A95, 0x0AB9, 0x0ACD}, // Gujarati
  };

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
