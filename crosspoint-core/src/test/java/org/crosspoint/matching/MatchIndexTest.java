package org.crosspoint.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicReference;
import org.crosspoint.dates.PartialDate;
import org.crosspoint.watchlist.Entry;
import org.crosspoint.watchlist.EntryName;
import org.crosspoint.watchlist.EntryStatus;
import org.crosspoint.watchlist.IdentityDocument;
import org.crosspoint.watchlist.NameKind;
import org.crosspoint.watchlist.SubjectType;
import org.junit.jupiter.api.Test;

class MatchIndexTest {
  static Entry person(String id, List<EntryName> names, String dob, String nat, String doc) {
    return new Entry(
        "t:" + id,
        "t",
        id,
        SubjectType.PERSON,
        names,
        dob == null ? List.of() : List.of(PartialDate.parse(dob)),
        List.of(),
        nat == null ? List.of() : List.of(nat),
        "M",
        doc == null ? List.of() : List.of(new IdentityDocument("Passport", doc, "PAK", "")),
        List.of(),
        List.of(),
        "",
        "",
        "",
        null,
        null,
        EntryStatus.ACTIVE);
  }

  static Entry person(String id, String name) {
    return person(id, List.of(EntryName.of(name, NameKind.PRIMARY)), null, null, null);
  }

  private static List<Entry> fixture() {
    List<Entry> es = new ArrayList<>();
    es.add(
        person(
            "1",
            List.of(
                EntryName.of("Yusuf al-Salafi", NameKind.PRIMARY),
                EntryName.of("يوسف السلفي", NameKind.ORIGINAL_SCRIPT),
                EntryName.of("Abu Ahmad", NameKind.ALIAS_WEAK),
                EntryName.of("George", NameKind.ALIAS_STRONG)),
            "1975-03-02",
            "PAK",
            "AB1234567"));
    es.add(person("2", "Salman bin Muhammad al-Rawi"));
    es.add(person("3", "Muhammad bin Salman al-Rawi"));
    es.add(person("4", "Ahmed Khalil al-Tikriti"));
    String[] filler = {"Imran Khan", "Muhammad Aslam", "John Smith", "Maria Garcia", "Wang Wei"};
    for (int i = 0; i < filler.length; i++) {
      es.add(person("f" + i, filler[i]));
    }
    return es;
  }

  @Test
  void passportSpellingFindsTheListedEntryFirstWithAnAlert() {
    MatchIndex idx = MatchIndex.build(fixture());
    List<Candidate> c = idx.screen(Query.ofName("YOUSAF AL SALAFI"), 5);
    assertEquals("t:1", c.get(0).entry().id());
    assertTrue(c.get(0).alert());
    // the matched name is one of the entry's names exactly as imported (here the Arabic-script
    // name "يوسف" → "yusaf" is the closer spelling of "YOUSAF")
    assertTrue(c.get(0).entry().names().contains(c.get(0).matchedName()));
    assertTrue(List.of("Yusuf al-Salafi", "يوسف السلفي").contains(c.get(0).matchedName().full()));
  }

  @Test
  void arabicScriptQueryFindsLatinEntry() {
    List<Entry> es = new ArrayList<>();
    es.add(person("1", "Yusuf al-Salafi"));
    es.add(person("2", "Yahya al-Salimi"));
    MatchIndex idx = MatchIndex.build(es);
    assertEquals("t:1", idx.screen(Query.ofName("يوسف السلفي"), 3).get(0).entry().id());
  }

  @Test
  void reversedNasabRanksTheRightEntryFirst() {
    MatchIndex idx = MatchIndex.build(fixture());
    List<Candidate> c = idx.screen(Query.ofName("MUHAMMAD BIN SALMAN AL RAWI"), 5);
    assertEquals("t:3", c.get(0).entry().id());
    for (Candidate x : c) {
      if (x.entry().id().equals("t:2")) {
        assertFalse(x.alert(), x.explanation().text());
      }
    }
  }

  @Test
  void weakAndOneWordAliasesNeverAlertAlone() {
    MatchIndex idx = MatchIndex.build(fixture());
    for (String q : List.of("George", "Abu Ahmad")) {
      for (Candidate c : idx.screen(Query.ofName(q), 5)) {
        assertFalse(c.alert(), q + " -> " + c.matchedName().full());
      }
    }
  }

  @Test
  void dateOfBirthAndDocumentRaiseAndLower() {
    MatchIndex idx = MatchIndex.build(fixture());
    double plain = idx.screen(Query.ofName("Yousef Salafi"), 1).get(0).score();
    double agree =
        idx.screen(new Query("Yousef Salafi", PartialDate.parse("1975"), "PAK", "M", ""), 1)
            .get(0)
            .score();
    double contra =
        idx.screen(new Query("Yousef Salafi", PartialDate.parse("1990-01-01"), "", "", ""), 1)
            .get(0)
            .score();
    double doc =
        idx.screen(new Query("Yousef Salafi", null, "", "", "ab 1234567"), 1).get(0).score();
    assertTrue(agree > plain, agree + " > " + plain);
    assertTrue(contra < plain, contra + " < " + plain);
    assertTrue(doc > plain, doc + " > " + plain);
    double otherDoc =
        idx.screen(new Query("Yousef Salafi", null, "", "", "AB 12345678"), 1).get(0).score();
    assertTrue(otherDoc < plain, otherDoc + " < " + plain);
    double sameYear =
        idx.screen(new Query("Yousef Salafi", PartialDate.parse("1975-09-09"), "", "", ""), 1)
            .get(0)
            .score();
    assertTrue(
        sameYear > contra && sameYear < plain, sameYear + " between " + contra + " and " + plain);
    Explanation x =
        idx.screen(new Query("Yousef Salafi", PartialDate.parse("1975"), "SYR", "", ""), 1)
            .get(0)
            .explanation();
    assertTrue(x.text().contains("DOB 1975 agrees with 1975-03-02"), x.text());
    assertTrue(x.text().contains("nationality SYR contradicts PAK"), x.text());
  }

  @Test
  void snapshotsStayConsistentWhileEntriesChange() {
    MatchIndex v1 = MatchIndex.build(fixture());
    MatchIndex v2 = v1.with(person("9", "Khalid Sheikh Mohammed"));
    MatchIndex v3 = v2.without("t:1");
    MatchIndex v4 = v3.with(person("4", "Ahmed Khalil al-Mosuli"));
    assertTrue(
        v1.screen(Query.ofName("Khalid Shaikh Muhammad"), 3).stream()
            .noneMatch(c -> c.entry().id().equals("t:9")));
    assertEquals("t:9", v2.screen(Query.ofName("Khalid Shaikh Muhammad"), 3).get(0).entry().id());
    assertEquals("t:1", v2.screen(Query.ofName("Yusuf al-Salafi"), 3).get(0).entry().id());
    assertTrue(
        v3.screen(Query.ofName("Yusuf al-Salafi"), 3).stream()
            .noneMatch(c -> c.entry().id().equals("t:1")));
    assertEquals(
        "Ahmed Khalil al-Mosuli",
        v4.screen(Query.ofName("Ahmed Khalil al-Mosuli"), 1).get(0).matchedName().full());
    assertEquals(v1.size() + 1, v2.size());
    assertEquals(v2.size() - 1, v3.size());
    assertEquals(v3.size(), v4.size());
  }

  @Test
  void concurrentScreeningDuringUpdatesSeesWholeSnapshots() throws Exception {
    AtomicReference<MatchIndex> live = new AtomicReference<>(MatchIndex.build(fixture()));
    List<Throwable> errors = new java.util.concurrent.CopyOnWriteArrayList<>();
    Thread reader =
        new Thread(
            () -> {
              for (int i = 0; i < 400; i++) {
                MatchIndex snap = live.get();
                List<Candidate> c = snap.screen(Query.ofName("Yusuf al-Salafi"), 3);
                if (c.isEmpty() || !c.get(0).entry().id().equals("t:1")) {
                  errors.add(new AssertionError("lost entry at " + i));
                }
              }
            },
            "screening-reader");
    reader.start();
    Random r = new Random(7);
    for (int i = 0; i < 200; i++) {
      live.set(live.get().with(person("n" + i, "Person Number " + r.nextInt(1000))));
    }
    reader.join();
    assertTrue(errors.isEmpty(), errors.toString());
    assertEquals(fixture().size() + 200, live.get().size());
  }

  @Test
  void randomisedQueriesNeverThrow() {
    long seed = System.nanoTime();
    Random r = new Random(seed);
    MatchIndex idx = MatchIndex.build(fixture());
    String alphabet = "aeiouybcdfghklmnqrstz -'\u200F\u0640يوسفالسلفيЖ漢\uD83D\uDE00";
    for (int i = 0; i < 500; i++) {
      StringBuilder sb = new StringBuilder();
      for (int k = r.nextInt(30); k > 0; k--) {
        sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
      }
      String q = sb.toString();
      try {
        idx.screen(Query.ofName(q), 5);
        NameMatcher.standard().compare(q, "Yusuf al-Salafi");
      } catch (RuntimeException e) {
        throw new AssertionError("seed " + seed + ", query \"" + q + "\"", e);
      }
    }
  }

  /** {@code count} entries "GIVEN SURNAME" with distinct given names unlike any test query. */
  private static List<Entry> namesakes(String surname, int count) {
    List<Entry> es = new ArrayList<>();
    String[] a = {"br", "gl", "tr", "kw", "pl", "dr", "st", "fl"};
    String[] b = {"ov", "ek", "un", "ix", "ep", "og"};
    String[] c = {"tz", "rb", "lk", "nd"};
    for (int i = 0; i < count; i++) {
      String given = a[i % a.length] + b[(i / a.length) % b.length] + c[(i / 48) % c.length];
      es.add(person("s" + i, given + " " + surname));
    }
    return es;
  }

  @Test
  void typoInAShortWordStillProposesTheEntryAmongManyNamesakes() {
    List<Entry> es = namesakes("Youssef", 150);
    es.add(person("h", "Hani Youssef"));
    MatchIndex idx = MatchIndex.build(es);
    assertTrue(idx.proposedEntryIds("Sani Youssef").contains("t:h"));
    assertEquals("t:h", idx.screen(Query.ofName("Sani Youssef"), 3).get(0).entry().id());
  }

  @Test
  void droppedFirstLetterStillProposesTheEntryAmongManyNamesakes() {
    List<Entry> es = namesakes("Oumar", 150);
    es.add(person("s", "Oumar Sodiam"));
    MatchIndex idx = MatchIndex.build(es);
    assertTrue(idx.proposedEntryIds("Oumar odiam").contains("t:s"));
    assertEquals("t:s", idx.screen(Query.ofName("Oumar odiam"), 3).get(0).entry().id());
  }

  @Test
  void gluedArticleMeetsTheWordWrittenApart() {
    List<Entry> es = fixture();
    es.add(person("g", "Al-Samman Uthman"));
    MatchIndex idx = MatchIndex.build(es);
    assertTrue(idx.proposedEntryIds("AlSamman Uthman").contains("t:g"));
  }

  @Test
  void aSlipThatMakesAGluedArticleStillMeetsTheListedWord() {
    // "Alxesey" reads as al-Xesey; the pair shares no key, and only the word as written is close
    List<Entry> es = fixture();
    es.add(person("b", "BELAN, Alexsey"));
    MatchIndex idx = MatchIndex.build(es);
    Candidate c = idx.screen(Query.ofName("BEALN, Alxesey"), 3).get(0);
    assertEquals("t:b", c.entry().id());
    assertTrue(c.alert(), "score " + c.score());
  }

  @Test
  void shortWordsWithDifferentConsonantsEarnNothingWithoutASharedKey() {
    // Nazia / Nasir share no key and their skeletons (nz / nsr) are more than one edit apart; the
    // edit distance alone made them a weak pair (0.74 for the name here, an alert on the real
    // lists). The index does not compare them: the two given names contradict.
    List<Entry> es = fixture();
    es.add(person("j", "JAVED, Haji Nasir"));
    MatchIndex idx = MatchIndex.build(es);
    List<Candidate> first = idx.screen(Query.ofName("Nazia Javed"), 3);
    // screened again after another name, the name hits are remembered and explained from the word
    // matches, not the similarity table the other name filled
    idx.screen(Query.ofName("Imran Khan"), 3);
    List<Candidate> again = idx.screen(Query.ofName("Nazia Javed"), 3);
    assertEquals(first.size(), again.size());
    for (int k = 0; k < first.size(); k++) {
      assertEquals(first.get(k).explanation().text(), again.get(k).explanation().text());
    }
    for (Candidate c : first) {
      assertTrue(c.score() < 0.6, c.entry().id() + " " + c.score());
      // the explanation tells what scored: the two given names contradict
      if (c.entry().id().equals("t:j")) {
        assertTrue(c.explanation().text().contains("contradicts"), c.explanation().text());
        assertEquals(c.score(), c.explanation().nameScore(), 0.001);
      }
    }
  }

  @Test
  void arabicScriptOrganisationNameMeetsItsTranslation() {
    List<Entry> es = fixture();
    Entry org = person("o", "Libyan Islamic Fighting Group");
    es.add(
        new Entry(
            org.id(),
            org.listId(),
            org.externalId(),
            SubjectType.ORGANISATION,
            org.names(),
            List.of(),
            List.of(),
            List.of(),
            "",
            List.of(),
            List.of(),
            List.of(),
            "",
            "",
            "",
            null,
            null,
            EntryStatus.ACTIVE));
    es.add(person("j", "Jamaah Islamiyah"));
    MatchIndex idx = MatchIndex.build(es);
    List<Candidate> c = idx.screen(Query.ofName("الجماعة الإسلامية المقاتلة الليبية"), 3);
    assertEquals("t:o", c.get(0).entry().id());
    // organisations are shown, never alerted, for travellers
    assertFalse(c.get(0).alert());
  }

  @Test
  void organisationWordsAreTranslatedAfterArticleAndPrefixes() {
    assertEquals(
        "group islamic fighting الليبية",
        OrganisationWords.translate("الجماعة الإسلامية المقاتلة الليبية"));
    assertEquals("office حنيفة exchange", OrganisationWords.translate("مكتب حنيفة للصرافة"));
    // a person's name holds none of the words: no second screening
    assertEquals(null, OrganisationWords.translate("يوسف السلفي"));
    assertEquals(null, OrganisationWords.translate("Islamic State"));
  }

  @Test
  void rankOrdersAsScreenWithoutExplanations() {
    MatchIndex idx = MatchIndex.build(fixture());
    for (String name : List.of("Muhammad al-Rawi", "Yousaf Salafi", "Ahmed Tikriti", "Khan")) {
      Query q = new Query(name, PartialDate.parse("1975"), "PAK", "M", "");
      List<Candidate> screened = idx.screen(q, 5);
      List<Candidate> ranked = idx.rank(q, 5);
      assertEquals(screened.size(), ranked.size(), name);
      for (int i = 0; i < ranked.size(); i++) {
        assertEquals(screened.get(i).entry().id(), ranked.get(i).entry().id(), name);
        assertEquals(screened.get(i).matchedName(), ranked.get(i).matchedName(), name);
        assertEquals(screened.get(i).score(), Explanation.round(ranked.get(i).score()), 1e-9);
        assertEquals(null, ranked.get(i).explanation());
      }
    }
  }

  @Test
  void limitOneGivesTheBestOfTheFullRanking() {
    List<Entry> es = namesakes("Youssef", 60);
    es.addAll(fixture());
    MatchIndex idx = MatchIndex.build(es);
    Random r = new Random(11);
    for (int i = 0; i < 50; i++) {
      Entry e = es.get(r.nextInt(es.size()));
      Query q = new Query(e.displayName(), PartialDate.parse("1975-03-02"), "PAK", "M", "");
      assertEquals(
          idx.screen(q, 50).get(0).entry().id(), idx.rank(q, 1).get(0).entry().id(), q.name());
    }
  }

  @Test
  void wordsRememberedByOneSnapshotDoNotHideAChangeInTheNext() {
    MatchIndex v1 = MatchIndex.build(fixture());
    // v1 remembers what "oumar" and "sodiam" meet in its segments
    assertTrue(
        v1.screen(Query.ofName("Oumar Sodiam"), 5).stream()
            .noneMatch(c -> c.entry().id().equals("t:s")));
    MatchIndex v2 = v1.with(person("s", "Oumar Sodiam"));
    assertEquals("t:s", v2.screen(Query.ofName("Oumar Sodiam"), 5).get(0).entry().id());
    assertEquals("t:s", v2.screen(Query.ofName("Oumar odiam"), 5).get(0).entry().id());
    MatchIndex v3 = v2.with(person("s", "Oumar Kabila"));
    assertTrue(
        v3.screen(Query.ofName("Oumar Sodiam"), 5).stream()
            .noneMatch(c -> c.matchedName().full().equals("Oumar Sodiam")));
    assertEquals("t:s", v3.screen(Query.ofName("Oumar Kabila"), 5).get(0).entry().id());
    MatchIndex v4 = v3.without("t:s");
    assertTrue(
        v4.screen(Query.ofName("Oumar Kabila"), 5).stream()
            .noneMatch(c -> c.entry().id().equals("t:s")));
  }

  @Test
  void namesThatScoreAlikeAreScoredOnceAndEachEntryKeepsItsScore() {
    // the same name on three entries (IndexSegment.sameAs), one of them removed, one written
    // with another case: each remaining entry is found with the same score, the removed one never
    List<Entry> es = new java.util.ArrayList<>(fixture());
    es.add(person("20", "Abdul Rahman Yasin"));
    es.add(person("21", "ABDUL RAHMAN YASIN"));
    es.add(person("22", "Abdul Rahman Yasin"));
    MatchIndex idx = MatchIndex.build(es).without("t:21");
    List<Candidate> found = idx.screen(Query.ofName("Abdulrahman Yaseen"), 10);
    List<String> ids = found.stream().map(c -> c.entry().id()).toList();
    assertTrue(ids.contains("t:20"), ids.toString());
    assertTrue(ids.contains("t:22"), ids.toString());
    assertFalse(ids.contains("t:21"), ids.toString());
    double s20 = found.get(ids.indexOf("t:20")).score();
    assertEquals(s20, found.get(ids.indexOf("t:22")).score());
  }

  @Test
  void twoQueryPartsJoinedCountOnlyWhereTheScorerWouldJoinThem() {
    // "HOCHIN" and "YUN" written as one word, "hochinyun", shares a skeleton key with "Hussein"
    // but is no variant of it; crediting every Hussein with both parts' weight put dozens of them
    // above "YUN, Ho-Chin" before scoring (a perturbed listed name never proposed)
    List<Entry> es = new ArrayList<>();
    String[] variants = {"Hussein", "Husain", "Hussain", "Husayn", "Hocine", "Husan", "Hasan"};
    for (int i = 0; i < 70; i++) {
      es.add(person("h" + i, variants[i % variants.length]));
    }
    es.add(person("y", "YUN, Ho-Chin"));
    MatchIndex idx = MatchIndex.build(es);
    assertTrue(idx.proposedEntryIds("YUN, HOCHIN").contains("t:y"));
    assertEquals("t:y", idx.screen(Query.ofName("YUN, HOCHIN"), 3).get(0).entry().id());
  }

  @Test
  void aSecondLookGivesTheBestHitsTheirFullSimilarities() {
    // "Motradha" (a swap and dh for z) shares no key with "Mortaza": the index counts the pair as
    // nothing, the full similarity does not; the second look scores the best hits as match does,
    // and the explanation says what the score counted
    List<Entry> es = new ArrayList<>(fixture());
    es.add(person("m", "Mortaza Safari"));
    MatchIndex idx = MatchIndex.build(es);
    Candidate c = idx.screen(Query.ofName("Motradha Safari"), 3).get(0);
    assertEquals("t:m", c.entry().id());
    assertTrue(c.alert(), String.valueOf(c.score()));
    assertEquals(
        NameMatcher.standard().score("Motradha Safari", "Mortaza Safari"), c.score(), 0.02);
    assertTrue(c.explanation().text().contains("Motradha"), c.explanation().text());
  }
}
