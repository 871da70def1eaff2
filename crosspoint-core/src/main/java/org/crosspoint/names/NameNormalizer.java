package org.crosspoint.names;

import java.util.List;

/**
 * The normalisation chain, in order: Unicode cleanup (NFKC, bidi and format marks, tatweel,
 * harakat) → Arabic/Persian/Urdu letter folding → "SURNAME, Given" reordering → tokenising (hyphens
 * split, apostrophes join) → script → Latin → case and diacritic folding → titles set aside. Each
 * stage is its own class with its own tokens-in/tokens-out test. Thread-safe.
 */
public final class NameNormalizer {
  private static final List<NameStage> TEXT_STAGES =
      List.of(
          new UnicodeCleanup(),
          new ArabicLetters(),
          new CommaReorder(),
          new Tokenize(),
          new Transliterate(),
          new FoldCase());
  private static final NameNormalizer STANDARD = new NameNormalizer();

  private NameNormalizer() {}

  public static NameNormalizer standard() {
    return STANDARD;
  }

  /** Lower-case ASCII words of the name, titles removed. */
  public List<String> words(String name) {
    return normalize(name).model().words();
  }

  /** Normalises and parses a name into its Arabic-aware model. */
  public Normalized normalize(String name) {
    List<String> tokens = List.of(name);
    for (NameStage s : TEXT_STAGES) {
      tokens = s.apply(tokens);
    }
    Honorifics.Split split = Honorifics.split(tokens);
    return new Normalized(split.kept(), split.titles(), NameModel.parse(split.kept()));
  }

  /**
   * @param tokens the normalised words before the name model joins any
   * @param titles honorifics and titles that were set aside
   * @param model the parsed parts
   */
  public record Normalized(List<String> tokens, List<String> titles, NameModel model) {}
}
