package org.crosspoint.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** The known hard cases of issue 3. */
class NameMatcherTest {
  private final NameMatcher m = NameMatcher.standard();

  private double score(String a, String b) {
    return m.compare(a, b).score();
  }

  @Test
  void reversedNasabIsNotAMatch() {
    MatchResult r = m.compare("SALMAN BIN MUHAMMAD AL-RAWI", "MUHAMMAD BIN SALMAN AL-RAWI");
    assertFalse(r.match(), r.explanation().text());
    assertTrue(r.score() < 0.7, r.explanation().text());
    assertTrue(r.explanation().text().contains("father's name"), r.explanation().text());
  }

  @Test
  void differentNisbaScoresBelowASameNisbaVariant() {
    double other = score("Ahmed Khalil al-Mosuli", "Ahmed Khalil al-Tikriti");
    double variant = score("Ahmed Khalil al-Mosuli", "Ahmad Khaleel al-Mousili");
    assertTrue(other < variant - 0.2, other + " vs " + variant);
    assertFalse(m.compare("Ahmed Khalil al-Mosuli", "Ahmed Khalil al-Tikriti").match());
  }

  @Test
  void osamaBinLadenMatchesTheFullNasab() {
    assertTrue(m.compare("Osama bin Laden", "Usama bin Muhammad ibn Awad ibn Ladin").match());
  }

  @Test
  void strayLetterBeforeArticleStillScoresHigh() {
    assertTrue(score("Bashar xal-Assad", "Bashar al-Assad") >= 0.85);
  }

  @Test
  void abdulRahmanSpellingsAreOneName() {
    assertEquals(1.0, score("Abdul Rahman", "Abdulrahman"));
    assertEquals(1.0, score("Abdul Rahman", "Abd al-Rahman"));
  }

  @Test
  void passportListAndArabicScriptFormsMatch() {
    assertTrue(m.compare("YOUSAF AL SALAFI", "Yusuf al-Salafi").match());
    assertTrue(m.compare("YOUSAF AL SALAFI", "يوسف السلفي").match());
    assertTrue(m.compare("Yusuf al-Salafi", "يوسف السلفي").match());
    assertTrue(score("YOUSAF AL SALAFI", "Yusuf al-Salafi") < 1.0, "a variant ranks below exact");
  }

  @Test
  void swappedGivenAndFamilyNameScoresBelowExactButMatches() {
    double exact = score("John Smith", "John Smith");
    double swapped = score("John Smith", "Smith John");
    assertEquals(1.0, exact);
    assertTrue(swapped < exact);
    assertTrue(m.compare("John Smith", "Smith John").match());
  }

  @Test
  void commonPartsAloneAreWeakEvidence() {
    assertFalse(m.compare("Muhammad Khan", "Imran Khan").match());
    assertFalse(m.compare("Muhammad Khan", "Muhammad Aslam Khan").match());
  }

  @Test
  void shortAliasWhollyInsideTheLongNameMatches() {
    assertTrue(m.compare("TOKHTAKHUNOV, Alimzhan Tursunovich", "TOKHTAKHUNOV, Alimzhan").match());
    assertTrue(m.compare("AL-RAWI, Marwan Mahdi Salah", "ALRAWI, Marwan Mahdi").match());
  }

  @Test
  void commonPartsInsideALongerNameStayWeak() {
    assertFalse(m.compare("Muhammad Atif Mughal", "ATIF, Muhammad").match());
    assertFalse(m.compare("Mohammed Ali Hassan Qureshi", "Mohammed Ali").match());
  }

  @Test
  void explanationIsReadableAndJson() throws Exception {
    MatchResult r = m.compare("YOUSAF AL SALAFI", "Yusuf al-Salafi");
    String text = r.explanation().text();
    assertTrue(text.contains("\"YOUSAF\" ~ \"Yusuf\" (transliteration variant"), text);
    assertTrue(text.contains("\"AL SALAFI\" = \"al Salafi\" (exact after normalisation)"), text);
    String json = new ObjectMapper().writeValueAsString(r);
    assertTrue(json.contains("\"parts\""), json);
    assertTrue(json.contains("\"score\""), json);
  }

  @Test
  void emptyAndScriptlessNamesScoreZero() {
    assertEquals(0.0, score("", "Yusuf"));
    assertEquals(0.0, score("123 --", "Yusuf"));
  }

  @Test
  void slavicTransliterationsAndPatronymicsMatch() {
    assertTrue(
        m.compare("LUKASHENKA, Alyaksandr Hryhoryavich", "LUKASHENKO, Alexander Grigorievich")
            .match());
    assertTrue(m.compare("TYURIN, Vladimir Anatolyevich", "TIOURINE, Vladimir").match());
    assertFalse(m.compare("Vladimir Anatolyevich Tyurin", "Anatoly Vladimirovich Tyurin").match());
  }

  @Test
  void nameWrittenAsTwoWordsMeetsTheJoinedForm() {
    MatchResult r = m.compare("SOLEIMANI, Gholamreza", "SOLEIMANI, Gholam Reza");
    assertTrue(r.score() >= 0.95, r.explanation().text());
    assertTrue(r.explanation().text().contains("written as one word"), r.explanation().text());
  }

  @Test
  void agreeingInitialIsNotAContradiction() {
    MatchResult r = m.compare("RAED MUHAMMAD HASAN MUHAMMAD HIJAZI", "Raed M. Hijazi");
    assertTrue(r.match(), r.explanation().text());
    assertTrue(r.explanation().text().contains("(initial"), r.explanation().text());
    // an initial does not stand for a word the other side contradicts
    assertFalse(m.compare("AL-DAJANI, Leila N.S.", "AL-DAJANI, Nadim S.").match());
    assertFalse(
        m.compare("Raed M. Hijazi", "Raed K. Hijazi").score()
            > score("Raed Hijazi", "Raed M. Hijazi"));
  }

  @Test
  void compoundGivenNameMeetsItsShortForm() {
    assertTrue(m.compare("NASIRUDDIN HAQQANI", "Naseer Haqqani").match());
    assertTrue(
        score("NASIRUDDIN HAQQANI", "Nasiruddin Haqqani")
            > score("NASIRUDDIN HAQQANI", "Nasir Haqqani"));
  }

  @Test
  void misspeltTitleIsSetAsideLikeTheTitle() {
    MatchResult r = m.compare("HAFIZ ABDUL SALAM BHUTTAVI", "HAFIEZ ABDUL SALAM BHUTTAVI");
    assertTrue(r.score() >= 0.95, r.explanation().text());
    assertTrue(r.explanation().text().contains("title"), r.explanation().text());
    assertTrue(m.compare("KHAN, Maulawi Adam", "KHAN, Mualawi Adam").match());
    // a word that is no title still counts as left out
    MatchResult other = m.compare("HAFIZ ABDUL SALAM BHUTTAVI", "RASHID ABDUL SALAM BHUTTAVI");
    assertTrue(
        other.explanation().text().contains("\"RASHID\" not in query"), other.explanation().text());
    assertTrue(
        other.score() < score("HAFIZ ABDUL SALAM BHUTTAVI", "HAFIEZ ABDUL SALAM BHUTTAVI") - 0.02);
  }

  @Test
  void secondGivenNameAloneIsNotADisplacedGivenName() {
    // two given names, the person going by the second: no chain of forefathers to misread
    assertTrue(m.compare("MAKENGA, Sultani", "MAKENGA, Emmanuel Sultani").match());
    assertTrue(m.compare("DOMINGUEZ, Miguel", "DOMINGUEZ RAMIREZ, Jose Miguel").match());
    assertFalse(
        m.compare("MAKENGA, Sultani", "MAKENGA, Emmanuel Sultani")
            .explanation()
            .text()
            .contains("given name meets a later part"));
    // own, father's and family name inside a longer name: the son is not the father
    MatchResult son = m.compare("AL-TIKRITI, Saddam Hussein", "AL-TIKRITI, Qusay Saddam Hussein");
    assertTrue(
        son.explanation().text().contains("given name meets a later part"),
        son.explanation().text());
    assertTrue(son.score() < 0.85, son.explanation().text());
  }

  @Test
  void pashtunTribalNameLeftOutCostsLikeAFathersName() {
    MatchResult r = m.compare("ABDUL SAMAD ACHEKZAI", "Abdul Samad");
    assertTrue(r.match(), r.explanation().text());
    assertTrue(m.compare("BARAKZAI, Haji Khairullah", "KHAIRULLAH, Haji").match());
    assertTrue(m.compare("GUL AGHA ISHAKZAI", "Mullah Gul Agha").match());
    // another tribe is still a contradiction
    assertFalse(m.compare("ABDUL SAMAD ACHEKZAI", "Abdul Samad Barakzai").match());
    // a family name left out that is no tribal name costs as before
    assertFalse(m.compare("ABDUL SAMAD RAHIMI", "Abdul Samad").match());
    // a tribal ending needs a name before it: Mikhail and Sukhail are given names
    assertTrue(NameScorer.isTribalName("sulemankhel"));
    assertTrue(NameScorer.isTribalName("isakhail"));
    assertFalse(NameScorer.isTribalName("mikhail"));
    assertFalse(NameScorer.isTribalName("sukhail"));
  }

  @Test
  void longWordsMetBelowAVariantLoseLessThanShortOnes() {
    assertEquals(0.7, NameScorer.credit(0.8), 1e-9);
    assertEquals(0.75, NameScorer.longCredit(0.8), 1e-9);
    // an original-script name romanised with its vowels spelled out: long words
    MatchResult r =
        m.compare(
            "GUL AGHA ISHAKZAI",
            "\u0643\u064F\u0644 \u0622\u063A\u0627 \u0627\u0633\u062D\u0627\u0642\u0632\u06CC");
    assertTrue(r.match(), r.explanation().text());
    // a short word as far apart is still another name
    assertFalse(m.compare("KAPIDZIC, Esad", "KAPIDZIC, Eso").match());
  }

  @Test
  void honorificAfterANameLeftOutCostsLikeAFathersName() {
    assertTrue(m.compare("ABDUL MANAN AGHA", "Abdul Manan").match());
    assertTrue(m.compare("MOHAMMAD AMAN AKHUND", "Mohammed Aman").match());
    assertTrue(m.compare("Faizullah Khan Noorzai", "Haji Faizullah").match());
    // an honorific is no name: it does not make up for a contradiction
    assertFalse(m.compare("ABDUL MANAN AGHA", "Abdul Rahim Agha").match());
  }

  @Test
  void nameOfOriginLeftOutCostsLikeAFathersName() {
    assertTrue(m.compare("AL-MASRI, Abu Hafs", "ABU HAFS").match());
    assertTrue(m.compare("RASHID BALUCH, Abdul", "RASHID, Abdul").match());
    assertTrue(m.compare("ABDOLLAHI ALIABADI, Ali", "ABDOLLAHI, Ali").match(), "-abadi");
    assertTrue(m.compare("ABDUL SAMAD NURISTANI", "Abdul Samad").match(), "-stani");
    // another origin is still a contradiction
    assertFalse(m.compare("Ahmed Khalil al-Masri", "Ahmed Khalil al-Tikriti").match());
  }

  @Test
  void nameOfOriginMeetsOnlyACloseSpellingOfAWordThatIsNone() {
    // Mohmand is a Pashtun tribe, not a spelling of Mohammad
    assertFalse(m.compare("Gul Momand", "Gul Mohammad").match());
    assertTrue(m.compare("Gul Momand", "Gul Mohammad").score() < 0.5);
    // spellings of a name of origin still meet it
    assertTrue(m.compare("Abdul Samad Afridi", "Abdul Samad Afreedi").score() >= 0.95);
    assertTrue(m.compare("Ahmed Khalil al-Masri", "Ahmed Khalil al-Misry").match());
  }

  @Test
  void spanishMarriedSurnameIsLeftOutNotAContradiction() {
    MatchResult r =
        m.compare(
            "CONTRERAS HERNANDEZ, Marleny Josefina", "CONTRERAS DE CABELLO, Marleny Josefina");
    assertTrue(r.match(), r.explanation().text());
    assertTrue(r.explanation().text().contains("married name"), r.explanation().text());
    assertTrue(m.compare("VARGAS NUNEZ, Lucy Amparo", "VARGAS DE CUADROS, Lucy Amparo").match());
    // a second surname that differs without "de" still contradicts
    assertFalse(m.compare("MEZA CAZARES, Arturo", "MEZA GASTELLUM, Arturo").match());
    // "de la Cruz" is a surname of its own, not a married name
    assertFalse(m.compare("GARCIA LOPEZ, Maria Elena", "GARCIA DE LA CRUZ, Maria Elena").match());
  }

  @Test
  void articleWrittenApartMeetsTheSameArticleGluedOnAShortName() {
    assertTrue(m.compare("AL-KURD, Ahmad Harb", "ALKURD, Ahmad").match());
    assertTrue(m.compare("BINALSHIBH, Ramzi Mohammed Abdullah", "BIN AL SHIBH, Ramzi").match());
    assertTrue(score("AL-AGHA, Abu Ubaydah", "ALAGHA, Abu Obeidah") >= 0.85);
    // without the article written apart on the other side a short word keeps its letters
    assertTrue(
        score("ALAGHA, Abu Obeidah", "AGHA, Abu Obeidah")
            < score("ALAGHA, Abu Obeidah", "AL-AGHA, Abu Obeidah"));
  }

  @Test
  void givenNameMeetsItsShortForm() {
    assertTrue(m.compare("SHUSHANASHVILI, Kakhaber Pavlovich", "SHUSHANASHVILI, Kakha").match());
    assertTrue(m.compare("PARLINDUNGAN SIREGAR", "Siregar, Parlin").match());
    assertEquals(NameScorer.SHORT_FORM, NameScorer.shortForm("kudakwashe", "kuda"));
    // an ending that makes a name of its own is no short form
    assertEquals(0.0, NameScorer.shortForm("hasanova", "hasan"));
    assertEquals(0.0, NameScorer.shortForm("ahmadzai", "ahmad"));
    // nor a family name built on a word ("Kara" + "yilan")
    assertFalse(m.compare("Murat Kara", "KARAYILAN, Murat").match());
  }

  @Test
  void familyNameAloneDifferingAfterThreePartsInOrder() {
    MatchResult r = m.compare("AL-RAWI, Walid Talib Zughayr", "AL-HASHIMI, Walid Talib Zughayr");
    assertTrue(r.match(), r.explanation().text());
    assertTrue(r.explanation().text().contains("only the family name differs"));
    assertTrue(
        m.compare("AL-DULAYMI, Ahmad Khalaf Shabib", "AL-ISSAWI, Ahmad Khalaf Shabib").match());
    // brothers differ in the first part: still no match
    assertFalse(
        m.compare(
                "AL-TIKRITI, Bashar Sabawi Ibrahim Hasan", "AL-TIKRITI, Aiman Sabawi Ibrahim Hasan")
            .match());
    // two parts in order are not enough
    assertFalse(m.compare("Ahmed Khalil al-Mosuli", "Ahmed Khalil al-Tikriti").match());
  }

  @Test
  void typingSlipsInShortPartsStillMatch() {
    assertTrue(m.compare("SALIM KONY", "SALIM KGNY").match());
    assertTrue(m.compare("AZHAR, Mohammad", "AZAHR, Mohammad").match());
    assertTrue(m.compare("HAQQANI, Abdul Qadir", "Qadir HAQQANI Abdul").match());
    assertTrue(m.compare("BASHIR, Abdul Rachim", "BASHIR, Adbul Rachim").match());
    // two slips in a short part are another name
    assertFalse(m.compare("SALIM KONY", "SALIM KGSY").match());
  }

  @Test
  void aSlipThatMakesAGluedArticleStillMeetsTheWord() {
    // "Alxeei" reads as al-Xeei: the written word still meets "Alexei" (dev misses of eval
    // perturbed)
    assertTrue(m.compare("CHALY, Alexei", "CHALY, Alxeei").match());
    assertTrue(m.compare("ALIZAI, Haji Azizullah", "ALZIZAI, Haji Azizullah").match());
    // a nisba with its glued article against one written without an article: as before
    assertTrue(score("Yusuf Alsalafi", "Yusuf Salami") < score("Yusuf Alsalafi", "Yusuf Salafi"));
    PhoneticWord alexei = PhoneticWord.of("alexei");
    assertTrue(TokenSimilarity.similarity(PhoneticWord.ofPart("xeei", "Alxeei"), alexei) >= 0.85);
    assertTrue(TokenSimilarity.similarity(PhoneticWord.of("xeei"), alexei) < 0.8);
  }

  @Test
  void threePartsMetInOrderOutweighALastPartLeftOut() {
    // dev false negative of eval pairs (0.767 before)
    assertTrue(m.compare("AHMAD MAHMOOD HASSAN", "AHMED MAHAMUD HASSAN ALIYANI").match());
    // two common parts inside a longer name are still weak
    assertFalse(m.compare("Muhammad Khan", "Muhammad Aslam Khan").match());
  }

  @Test
  void scoresDoNotDependOnWhatWasScoredBeforeWithTheSameArrays() {
    // the index's scorings reuse their arrays by length (NameScorer.Work): a pair scored after
    // pairs of other and of the same lengths scores as with arrays of its own
    NameScorer.Work shared = new NameScorer.Work();
    String[][] pairs = {
      {"Yusuf al-Salafi", "YOUSAF AL SALAFI"},
      {"Salman bin Muhammad al-Rawi", "Muhammad bin Salman al-Rawi"},
      {"Abdul Rahman Yasin", "Abdulrahman Yaseen"},
      {"Walijan Khan", "Wali Jan Khan"},
      {"Maria Contreras de Cabello", "Maria Contreras Hernandez"},
      {"Amdouni Meherez Ben Tah", "Meherez Ben Tah Amdouni"},
    };
    for (int round = 0; round < 2; round++) {
      for (int k = pairs.length - 1; k >= 0; k--) {
        for (int side = 0; side < 2; side++) {
          EncodedName q = EncodedName.of(pairs[k][side], PartRarity.builtIn());
          EncodedName c = EncodedName.of(pairs[k][1 - side], PartRarity.builtIn());
          NameScorer.Sims direct = NameScorer.direct(q, c);
          NameScorer.Sims reusing =
              new NameScorer.Sims() {
                @Override
                public double sim(int i, int j) {
                  return direct.sim(i, j);
                }

                @Override
                public NameScorer.Work work() {
                  return shared;
                }
              };
          assertEquals(
              NameScorer.score(q, c, direct), NameScorer.score(q, c, reusing), pairs[k][side]);
        }
      }
    }
  }
}
