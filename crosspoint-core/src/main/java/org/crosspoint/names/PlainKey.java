package org.crosspoint.names;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A plain comparison key for free text (entry-name search, statements across reports): NFKD, marks
 * removed, lower case (Locale.ROOT), every run of characters that are not letters or digits one
 * space, trimmed. "Al-Qa'ida", "AL QA IDA" and "al qa’ida" give "al qa ida". Not the matcher's
 * normaliser: no transliteration, no name model.
 */
public final class PlainKey {
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern NOT_ALNUM = Pattern.compile("[^\\p{L}\\p{N}]+");

  private PlainKey() {}

  public static String of(String text) {
    String n = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("");
    return NOT_ALNUM.matcher(n.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
  }
}
