package org.crosspoint.mrz;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MrzNamesTest {
  @Test
  void doc9303SpecialLettersGetTheirRecommendedSpelling() {
    assertEquals("MUELLER LUEDENSCHEIDT", MrzNames.transliterate("Müller-Lüdenscheidt"));
    assertEquals("OEBERG", MrzNames.transliterate("Øberg"));
    assertEquals("THORSSON", MrzNames.transliterate("Þórsson"));
    assertEquals("GROSS", MrzNames.transliterate("Groß"));
    assertEquals("AASE", MrzNames.transliterate("Åse"));
    assertEquals("YILMAZ", MrzNames.transliterate("Yılmaz"));
    assertEquals("IBRAHIM", MrzNames.transliterate("İbrahim"));
  }

  @Test
  void otherAccentsAreDroppedAndPunctuationLeftOut() {
    assertEquals("JOSE MARIA", MrzNames.transliterate("José María"));
    assertEquals("OBRIEN", MrzNames.transliterate("O'Brien"));
    assertEquals("AL HASHIMI", MrzNames.transliterate("al-Hāshimī"));
    assertEquals("CACADOR DE ARAUJO", MrzNames.transliterate("Caçador de Araújo"));
    // combining marks typed separately fold the same way as precomposed letters
    assertEquals("MUELLER", MrzNames.transliterate("Mu\u0308ller"));
  }

  @Test
  void otherScriptsAreLeftToTheMatcher() {
    assertEquals("", MrzNames.transliterate("محمد"));
    assertEquals("KHAN", MrzNames.transliterate("\u200FKhan \u0645"));
  }

  @Test
  void bothSpellingsIssuersUse() {
    assertEquals(Set.of("MUELLER", "MULLER"), MrzNames.spellings("Müller"));
    assertEquals(List.of("KHAN"), List.copyOf(MrzNames.spellings("Khan")));
  }
}
