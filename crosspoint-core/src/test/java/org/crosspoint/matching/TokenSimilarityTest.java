package org.crosspoint.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TokenSimilarityTest {
  private static double sim(String a, String b) {
    return TokenSimilarity.similarity(a, b);
  }

  @Test
  void romanisationVariantsAreClose() {
    assertTrue(sim("yousaf", "yusuf") >= 0.9);
    assertTrue(sim("mohammed", "muhammad") >= 0.9);
    assertTrue(sim("khaled", "khalid") >= 0.9);
    assertTrue(sim("qasim", "kasim") >= 0.9);
  }

  @Test
  void exactRanksAboveSamePhoneticForm() {
    assertEquals(1.0, sim("yusuf", "yusuf"));
    assertEquals(0.97, sim("yusuf", "yousuf"));
  }

  @Test
  void differentNamesAreFar() {
    assertTrue(sim("salman", "muhammad") < 0.5);
    assertTrue(sim("mosuli", "tikriti") < 0.5);
  }

  @Test
  void skeletonFoldsConsonantSpellings() {
    assertEquals(
        Phonetic.skeleton(Phonetic.phonetic("muhammad")),
        Phonetic.skeleton(Phonetic.phonetic("mohamed")));
    assertEquals("ysf", Phonetic.skeleton(Phonetic.phonetic("yousaf")));
  }

  @Test
  void slavicRomanisationsAreClose() {
    assertTrue(sim("alexander", "aleksandr") >= 0.85, "x = ks");
    assertTrue(sim("alexey", "aleksey") >= 0.9);
    assertTrue(sim("grigorievich", "hryhoryavich") >= 0.7, "g = h");
    // a typing slip on an x still costs one edit, not two
    assertTrue(sim("alexander", "alebander") >= sim("aleksandr", "alebander"));
  }

  @Test
  void indonesianSyIsShAndChInsideAWordIsH() {
    assertTrue(sim("basyir", "bashir") >= 0.9, "sy = sh");
    assertTrue(sim("rasyid", "rashid") >= 0.9);
    assertTrue(sim("mochammad", "muhammad") >= 0.9, "ch = h inside a word");
    assertTrue(sim("abdrochim", "abdrahim") >= 0.9);
    // Urdu Syed keeps its own letters
    assertTrue(sim("syed", "sayyid") >= 0.85);
    // at the start of a word ch and h begin different names
    assertTrue(sim("chan", "han") < 0.85, "Chan / Han");
  }

  @Test
  void chForKhAndThForDhOrZ() {
    assertTrue(sim("chalid", "khalid") >= 0.9, "ch = kh");
    assertTrue(sim("kadhim", "kathim") >= 0.9, "dh = th");
    assertTrue(sim("hafith", "hafiz") >= 0.9, "th = z for the one letter");
  }

  @Test
  void abdNameMeetsTheDivineNameAloneAsAWeakVariant() {
    assertEquals(0.85, sim("abdaziz", "aziz"), 1e-9);
    assertEquals(0.85, sim("rosyid", "abdrosyid"), 1e-9);
    assertTrue(sim("abdrahman", "rahim") < 0.8);
    // a person's name after abd (Abd al-Hasan, Abd al-Nabi) has no short form
    assertTrue(sim("abdhasan", "hasan") < 0.8);
    assertTrue(sim("abdnabi", "nabi") < 0.8);
  }

  @Test
  void compoundNameMeetsItsHeadWordAsAVariant() {
    assertEquals(0.9, sim("nasiruddin", "nasir"), 1e-9);
    assertEquals(0.9, sim("shafiq", "shafiqullah"), 1e-9);
    assertTrue(sim("nasiruddin", "naseer") >= 0.8);
    assertTrue(sim("nasiruddin", "bashir") < 0.7);
    // both compounds: compared whole, as before
    assertTrue(sim("nasiruddin", "nasrullah") < 0.8);
  }

  @Test
  void compoundsWithOneEndingDifferWhereTheirHeadsDiffer() {
    // the shared "-ullah" is no evidence: Habib and Hamid are other names
    assertTrue(sim("habibullah", "hamidullah") < sim("habib", "hamid") + 1e-9);
    assertTrue(sim("habibullah", "hamidullah") < 0.75);
    // Abdullah is abd + Allah ("abdlah" after the name model): its head is abd
    assertTrue(sim("habibullah", "abdlah") < 0.7);
    assertTrue(sim("asadullah", "abdlah") < 0.75);
    // spellings and slips of one head keep the whole word's similarity
    assertTrue(sim("nasrullah", "nasirullah") >= 0.9);
    assertTrue(sim("habibullah", "hbaibullah") >= 0.85);
  }

  @Test
  void oneTypingSlipKeepsAWordCloseButNeverSure() {
    // a slip that breaks a digraph ("zh", "ch") is still one edit on the letters
    assertTrue(sim("azhar", "azahr") >= 0.85);
    assertTrue(sim("chin", "cihn") >= 0.85);
    // one letter replaced in a four-letter word
    assertTrue(sim("kony", "kgny") >= 0.8);
    assertTrue(sim("kony", "kgny") > sim("kony", "kgsy"), "two slips cost more than one");
    // a slip is never a sure spelling of the name (PartRarity.SAME_NAME)
    assertTrue(sim("majid", "sajid") < PartRarity.SAME_NAME);
    // three letters: one letter more or less is more often another name
    assertTrue(sim("sun", "sub") < sim("kony", "kgny"));
    // a Korean syllable of two letters with one slipped in ("Gi" / "BGi"): 0.7 by the distance
    assertTrue(sim("gi", "bgi") > 0.75);
    assertTrue(sim("gi", "bgi") < sim("kony", "kgny"));
  }

  @Test
  void twoTypingSlipsInALongWordKeepItAWeakVariant() {
    // dev misses of eval perturbed; the phonetic distance gave them less than 0.8
    assertTrue(sim("rotenberg", "rotenbtgr") >= 0.8, "a letter replaced and two swapped");
    assertTrue(sim("ngudjolo", "gnudjoxlo") >= 0.8, "two swapped and one added");
    assertTrue(sim("bunthawee", "njnthawee") >= 0.8, "two replaced");
    assertTrue(sim("rotenberg", "rotenbtgr") <= TokenSimilarity.TWO_SLIPS_MAX);
    assertTrue(sim("rotenberg", "rotenbtgr") < sim("rotenberg", "rotenbreg"), "one slip is closer");
    // two slips in a word of five letters reach other names
    assertTrue(sim("karim", "rahim") < 0.7);
    assertEquals(-1, TokenSimilarity.twoSlipCost("rotenberg", "rotxnbxrgxx"), 0.0);
    assertEquals(1.5, TokenSimilarity.twoSlipCost("rotenberg", "rotenbtgr"), 1e-9);
  }

  @Test
  void gluedArticleMeetsTheBareWord() {
    assertTrue(sim("alsamman", "samman") >= 0.9);
    assertTrue(sim("elhasan", "hasan") >= 0.9);
    assertTrue(sim("elhasan", "hasan") < sim("hasan", "hasan"));
    assertTrue(sim("albert", "bert") < 0.8, "six letters: too short to hold a glued article");
  }

  @Test
  void letterSetsLetEverySlipThrough() {
    String[][] slips = {
      {"rotenberg", "rotenbtgr"},
      {"azhar", "azahr"},
      {"kony", "kgny"},
      {"gnudjoxlo", "ngudjolo"},
      {"alexei", "alxeei"},
      {"hani", "sani"},
      {"odiam", "sodiam"}
    };
    for (String[] p : slips) {
      PhoneticWord a = PhoneticWord.of(p[0]);
      PhoneticWord b = PhoneticWord.of(p[1]);
      assertTrue(TokenSimilarity.typo(a, b) > 0, p[0] + " / " + p[1]);
      assertTrue(
          TokenSimilarity.maySlip(a.text.length(), a.letters, b.text.length(), b.letters),
          p[0] + " / " + p[1]);
    }
    PhoneticWord a = PhoneticWord.of("petra");
    PhoneticWord b = PhoneticWord.of("alberto");
    assertFalse(TokenSimilarity.maySlip(a.text.length(), a.letters, b.text.length(), b.letters));
    assertEquals(0.0, TokenSimilarity.typo(a, b));
  }

  @Test
  void formsOfAWordAreNearWhenAnyOfTheirSkeletonsAre() {
    // a compound meets a word near its head, a glued article a word near its bare form
    assertTrue(PhoneticWord.formsNear(PhoneticWord.of("habibullah"), PhoneticWord.of("habeeb")));
    assertTrue(PhoneticWord.formsNear(PhoneticWord.of("alsamman"), PhoneticWord.of("saman")));
    assertFalse(PhoneticWord.formsNear(PhoneticWord.of("habibullah"), PhoneticWord.of("omar")));
  }
}
