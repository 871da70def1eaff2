package org.crosspoint.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PartRarityTest {
  private static double weight(PartRarity r, String word) {
    return r.weight(PhoneticWord.of(word));
  }

  @Test
  void commonTableCoversSpellingsOfTheSameNameOnly() {
    PartRarity r = PartRarity.builtIn();
    assertEquals(0.3, weight(r, "muhammad"), 1e-9);
    assertEquals(0.3, weight(r, "mohammed"), 1e-9);
    assertEquals(0.45, weight(r, "ahmed"), 1e-9);
    // "Imad" has the skeleton of "Ahmad" ("amd") but is another, uncommon name
    assertEquals("amd", Phonetic.skeleton(PhoneticWord.of("imad").phon));
    assertEquals(1.0, weight(r, "imad"), 1e-9);
    assertEquals(1.0, weight(r, "sodiam"), 1e-9);
  }

  @Test
  void learntFrequenciesAreCountedByWordWithTheSkeletonOnlyForUnseenWords() {
    List<EncodedName> names = new ArrayList<>();
    for (int i = 0; i < 400; i++) {
      names.add(EncodedName.of("Ahmad Zulfiqar" + (char) ('a' + i % 26), PartRarity.builtIn()));
    }
    names.add(EncodedName.of("Imad Mughniyah", PartRarity.builtIn()));
    PartRarity r = PartRarity.builtIn().learnedFrom(names);
    double imad = weight(r, "imad");
    double ahmad = weight(r, "ahmad");
    assertTrue(imad > 0.85, "one listed Imad: " + imad);
    assertTrue(ahmad <= 0.45, "Ahmad common: " + ahmad);
    // "Emad" is on no listed name (nor a spelling of "Ahmad" in the common table): its skeleton's
    // frequency (400 Ahmads, one Imad) stands in
    double emad = weight(r, "emad");
    assertEquals(1.0 / (1.0 + 0.15 * Math.log(1.0 + 401)), emad, 1e-9);
    // spellings of one name share their count
    PartRarity spellings =
        PartRarity.builtIn()
            .learnedFrom(
                List.of(
                    EncodedName.of("Zarqawi Abdelkader", PartRarity.builtIn()),
                    EncodedName.of("Abdulkadir Zarkawi", PartRarity.builtIn()),
                    EncodedName.of("Zuhair Zarqawi", PartRarity.builtIn())));
    assertEquals(1.0 / (1.0 + 0.15 * Math.log(1.0 + 3)), weight(spellings, "zarqawi"), 1e-9);
    assertEquals(1.0 / (1.0 + 0.15 * Math.log(1.0 + 3)), weight(spellings, "zarkawi"), 1e-9);
    // a word counted once per name, however often it repeats in it
    PartRarity twice =
        PartRarity.builtIn()
            .learnedFrom(List.of(EncodedName.of("Zarqawi Zarqawi", PartRarity.builtIn())));
    assertEquals(1.0 / (1.0 + 0.15 * Math.log(2.0)), weight(twice, "zarqawi"), 1e-9);
  }
}
