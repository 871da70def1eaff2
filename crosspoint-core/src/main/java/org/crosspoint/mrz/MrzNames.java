package org.crosspoint.mrz;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How a Latin-script name is written in an MRZ (ICAO Doc 9303 part 3 §6, transliteration of
 * multinational Latin-based characters), so that a name typed or listed with diacritics can be
 * compared with the name read from a zone: "Müller" is MUELLER in a German passport, "Øberg"
 * OEBERG, "Þórsson" THORSSON, "Groß" GROSS; other accents are dropped (É → E). Hyphens and spaces
 * become fillers (shown here as spaces, as {@link Mrz#surname()} shows them); apostrophes and other
 * punctuation are left out (O'BRIEN → OBRIEN). Letters of other scripts are left out too: the
 * matching engine's transliteration handles Arabic, Persian and Urdu script.
 */
public final class MrzNames {
  /** Doc 9303's recommended spellings that differ from dropping the diacritic. */
  private static final Map<Character, String> RECOMMENDED =
      Map.of('Ä', "AE", 'Å', "AA", 'Ö', "OE", 'Ø', "OE", 'Ü', "UE");

  /** Letters with no decomposition, spelled as Doc 9303 does in every case. */
  private static final Map<Character, String> UNDECOMPOSABLE =
      Map.ofEntries(
          Map.entry('Æ', "AE"),
          Map.entry('Ð', "D"),
          Map.entry('Đ', "D"),
          Map.entry('Ħ', "H"),
          Map.entry('Ĳ', "IJ"),
          Map.entry('Ł', "L"),
          Map.entry('Ŀ', "L"),
          Map.entry('Ŋ', "N"),
          Map.entry('Ø', "O"),
          Map.entry('Œ', "OE"),
          Map.entry('ẞ', "SS"),
          Map.entry('Þ', "TH"),
          Map.entry('Ŧ', "T"));

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern SEPARATORS = Pattern.compile("[\\s\\p{Pd}<]+");
  private static final Pattern NOT_MRZ = Pattern.compile("[^A-Z ]+");

  private MrzNames() {}

  /** The recommended MRZ spelling, fillers as single spaces; empty when nothing is Latin. */
  public static String transliterate(String name) {
    return fold(name, true);
  }

  /**
   * Every spelling a document may carry for the name: the recommended one (Ü → UE) and the one some
   * issuers use, with the diacritic simply dropped (Ü → U). One element when they agree.
   */
  public static Set<String> spellings(String name) {
    Set<String> s = new LinkedHashSet<>();
    s.add(fold(name, true));
    s.add(fold(name, false));
    s.remove("");
    return s;
  }

  private static String fold(String name, boolean recommended) {
    StringBuilder b = new StringBuilder(name.length() + 8);
    Normalizer.normalize(name, Normalizer.Form.NFC)
        .codePoints()
        .forEach(
            cp -> {
              // Upper case per code point: ß becomes SS, dotless ı becomes I (Locale.ROOT).
              String up = new String(Character.toChars(cp)).toUpperCase(Locale.ROOT);
              String mapped = null;
              if (up.length() == 1) {
                char c = up.charAt(0);
                mapped = recommended ? RECOMMENDED.get(c) : null;
                mapped = mapped == null ? UNDECOMPOSABLE.get(c) : mapped;
              }
              b.append(mapped != null ? mapped : up);
            });
    String s = MARKS.matcher(Normalizer.normalize(b, Normalizer.Form.NFD)).replaceAll("");
    s = SEPARATORS.matcher(s).replaceAll(" ");
    s = NOT_MRZ.matcher(s).replaceAll("");
    return s.strip().replaceAll(" +", " ");
  }
}
