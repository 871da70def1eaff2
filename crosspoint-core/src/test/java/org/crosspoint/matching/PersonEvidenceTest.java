package org.crosspoint.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.crosspoint.dates.PartialDate;
import org.crosspoint.watchlist.Entry;
import org.crosspoint.watchlist.EntryName;
import org.crosspoint.watchlist.NameKind;
import org.junit.jupiter.api.Test;

class PersonEvidenceTest {
  private static final Entry LISTED =
      MatchIndexTest.person(
          "1", List.of(EntryName.of("Zhang Wei", NameKind.PRIMARY)), "1952-09-16", "CHN", null);

  private static double effect(String dob, String nat, String gender) {
    return PersonEvidence.effect(
        new Query("Zhang Wei", dob == null ? null : PartialDate.parse(dob), nat, gender, ""),
        LISTED,
        null);
  }

  @Test
  void agreementRaisesAndContradictionLowers() {
    assertEquals(
        PersonEvidence.DOB_EXACT + PersonEvidence.NATIONALITY_AGREES + PersonEvidence.GENDER_AGREES,
        effect("1952-09-16", "CHN", "M"),
        1e-9);
    assertEquals(PersonEvidence.NATIONALITY_CONTRADICTS, effect(null, "PAK", ""), 1e-9);
  }

  @Test
  void sharedNationalityDoesNotOffsetAnotherYearOfBirth() {
    List<Explanation.FieldEvidence> out = new ArrayList<>();
    double e =
        PersonEvidence.effect(
            new Query("Zhang Wei", PartialDate.parse("1957-09-17"), "CHN", "M", ""), LISTED, out);
    assertEquals(PersonEvidence.DOB_CONTRADICTS, e, 1e-9);
    // an exact homonym born five years apart falls below the default threshold
    assertEquals(true, 1.0 + e < NameMatcher.DEFAULT_THRESHOLD);
    assertEquals(3, out.size(), out.toString());
    // the same year with another day is a slip as often as another person: agreements still count
    assertEquals(
        PersonEvidence.DOB_DAY_DIFFERS
            + PersonEvidence.NATIONALITY_AGREES
            + PersonEvidence.GENDER_AGREES,
        effect("1952-01-02", "CHN", "M"),
        1e-9);
  }

  private static Candidate top(MatchIndex idx, Query q, String id) {
    for (Candidate c : idx.screen(q, 5)) {
      if (c.entry().id().equals(id)) {
        return c;
      }
    }
    throw new AssertionError("not a candidate: " + id);
  }

  @Test
  void commonNameMatchNeedsCorroborationWhenTheQueryOffersFields() {
    List<Entry> es = new ArrayList<>();
    es.add(MatchIndexTest.person("1", "ALI, Muhammad"));
    es.add(
        MatchIndexTest.person(
            "2", List.of(EntryName.of("ALI, Muhammad", NameKind.PRIMARY)), null, "PAK", null));
    es.add(MatchIndexTest.person("3", "Zarqawi Bouzid"));
    MatchIndex idx = MatchIndex.build(es);
    Query traveller = new Query("Muhammad Ali", PartialDate.parse("1951-01-13"), "PAK", "M", "");
    // "Muhammad" and "Ali" met, both common: nothing corroborates entry 1
    Candidate uncorroborated = top(idx, traveller, "t:1");
    assertFalse(uncorroborated.alert(), uncorroborated.explanation().text());
    assertEquals(PersonEvidence.UNCORROBORATED_CAP, uncorroborated.score(), 1e-9);
    assertTrue(
        uncorroborated.explanation().text().contains("not corroborated by"),
        uncorroborated.explanation().text());
    // the nationality of entry 2 agrees: the same name alerts
    Candidate corroborated = top(idx, traveller, "t:2");
    assertTrue(corroborated.alert(), corroborated.explanation().text());
    // a name screened alone offers nothing to corroborate: not capped
    assertTrue(top(idx, Query.ofName("Muhammad Ali"), "t:1").alert());
    // an uncommon name needs no corroboration
    Candidate uncommon =
        top(
            idx,
            new Query("Zarqawi Bouzid Haddad", PartialDate.parse("1960-02-03"), "DZA", "M", ""),
            "t:3");
    assertTrue(uncommon.alert(), uncommon.explanation().text());
  }

  @Test
  void aYearOfBirthAloneDoesNotCorroborate() {
    Entry yearOnly =
        MatchIndexTest.person(
            "1", List.of(EntryName.of("ALI, Muhammad", NameKind.PRIMARY)), "1951", null, null);
    Entry withMonth =
        MatchIndexTest.person(
            "2", List.of(EntryName.of("ALI, Muhammad", NameKind.PRIMARY)), "1951-01", null, null);
    Query q = new Query("Muhammad Ali", PartialDate.parse("1951-01-13"), "", "", "");
    assertFalse(PersonEvidence.corroborates(q, yearOnly));
    assertTrue(PersonEvidence.corroborates(q, withMonth));
    assertFalse(PersonEvidence.offersCorroboration(Query.ofName("Muhammad Ali")));
    assertTrue(PersonEvidence.offersCorroboration(q));
  }
}
