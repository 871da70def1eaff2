package org.crosspoint.names;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Each normalisation stage alone: tokens in, tokens out. */
class NameStagesTest {
  @Test
  void unicodeCleanupRemovesBidiMarksTatweelAndHarakat() {
    assertEquals(List.of("يوسف"), new UnicodeCleanup().apply(List.of("\u200Fيُوسُـف\u200E")));
    assertEquals(List.of("Yusuf"), new UnicodeCleanup().apply(List.of("Ｙｕｓｕｆ")));
  }

  @Test
  void arabicLettersFoldHamzaAlefMaqsuraAndPersianUrduForms() {
    assertEquals(List.of("احمد"), new ArabicLetters().apply(List.of("أحمد")));
    assertEquals(List.of("مصطفي"), new ArabicLetters().apply(List.of("مصطفى")));
    assertEquals(List.of("كريمي"), new ArabicLetters().apply(List.of("کریمی")));
    assertEquals(List.of("شاه"), new ArabicLetters().apply(List.of("شاہ")));
  }

  @Test
  void commaReorderPutsGivenNameFirst() {
    assertEquals(List.of("Yusuf AL-SALAFI"), new CommaReorder().apply(List.of("AL-SALAFI, Yusuf")));
    assertEquals(List.of("a, b, c"), new CommaReorder().apply(List.of("a, b, c")));
  }

  @Test
  void tokenizeSplitsHyphensAndJoinsApostrophes() {
    assertEquals(List.of("al", "Salafi"), new Tokenize().apply(List.of("al-Salafi")));
    assertEquals(List.of("Qaida"), new Tokenize().apply(List.of("Qa'ida")));
    assertEquals(List.of("Ali", "Hassan"), new Tokenize().apply(List.of("Ali  (Hassan) 1975")));
  }

  @Test
  void transliterateRomanisesArabicAndOtherScripts() {
    assertEquals(List.of("al", "salafi"), new Transliterate().apply(List.of("السلفي")));
    assertEquals(List.of("abd"), new Transliterate().apply(List.of("عبد")));
    assertEquals(List.of("Vladimir"), new Transliterate().apply(List.of("Владимир")));
    assertEquals(List.of("Yusuf"), new Transliterate().apply(List.of("Yusuf")));
  }

  @Test
  void indicWordsStayWholeAndDropTheirLastInherentVowel() {
    // the vowel signs of Devanagari and Bengali are spacing combining marks: part of the word
    assertEquals(List.of("व्लादिमीर", "पुतिन"), new Tokenize().apply(List.of("व्लादिमीर पुतिन")));
    assertEquals(List.of("vladimir", "putin"), words("व्लादिमीर पुतिन"));
    assertEquals(List.of("bhladimir", "putin"), words("ভ্লাদিমির পুতিন"));
    // after a conjunct the vowel is spoken: Narendra, not Narendr
    assertEquals(List.of("narendra", "modi"), words("नरेन्द्र मोदी"));
    assertEquals(List.of("ram"), words("राम"));
  }

  @Test
  void greekIsRomanisedAsModernGreekPassportsAre() {
    // UNGEGN / ELOT 743: beta is v, not the classical b
    assertEquals(List.of("vlantimir", "poutin"), words("Βλαντίμιρ Πούτιν"));
    assertEquals(List.of("kyriakos", "mitsotakis"), words("Κυριάκος Μητσοτάκης"));
  }

  @Test
  void koreanNamesBecomeOneWordPerSyllableWithTheFamilyNameAsSpelled() {
    assertEquals(List.of("kim", "jong", "un"), words("김정은"));
    assertEquals(List.of("park", "ji", "song"), words("박지성"));
    // a family-name syllable elsewhere is read as any syllable
    assertEquals(List.of("choi", "ryong", "hae"), words("최룡해"));
    assertEquals(List.of("kim", "jong", "gim"), words("김정 김"));
  }

  private static List<String> words(String name) {
    List<String> t = new Tokenize().apply(List.of(name));
    return new FoldCase().apply(new Transliterate().apply(t));
  }

  @Test
  void foldCaseUsesRootLocaleAndStripsDiacritics() {
    // under a Turkish default locale "I" must still become "i", never dotless "ı"
    assertEquals(
        List.of("imad", "cicek", "strasse"),
        new FoldCase().apply(List.of("IMAD", "ÇİÇEK", "Straße")));
  }

  @Test
  void honorificsAreSetAsideAndRemembered() {
    Honorifics.Split s = Honorifics.split(List.of("maulana", "masood", "azhar"));
    assertEquals(List.of("masood", "azhar"), s.kept());
    assertEquals(List.of("maulana"), s.titles());
    // Hafiz is the name itself in "Hafiz al-Assad"
    assertEquals(
        List.of("hafiz", "al", "assad"), Honorifics.split(List.of("hafiz", "al", "assad")).kept());
    // a name made only of a title keeps it
    assertEquals(List.of("sheikh"), Honorifics.split(List.of("sheikh")).kept());
  }

  @Test
  void generationalSuffixesAreSetAside() {
    assertEquals(
        List.of("arturo", "meza"), Honorifics.split(List.of("arturo", "meza", "jr")).kept());
    assertEquals(
        List.of("hilarion", "santos"),
        Honorifics.split(List.of("hilarion", "santos", "iii", "third")).kept());
  }
}
