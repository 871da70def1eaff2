package org.crosspoint.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
