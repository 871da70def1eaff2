package org.crosspoint.intake.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GazetteerTest {
  private static final Gazetteer G = Gazetteer.standard();

  @Test
  void personWordsComeFromThePublicNameListsWithoutCaseAccentsOrPossessive() {
    assertEquals(Optional.of(PersonWord.GIVEN), G.personWord("Tobias"));
    assertEquals(Optional.of(PersonWord.GIVEN), G.personWord("TOBIAS"));
    assertEquals(Optional.of(PersonWord.GIVEN), G.personWord("Tobias’s"));
    assertEquals(Optional.of(PersonWord.GIVEN), G.personWord("Muhammad"));
    assertTrue(G.personWord("Khan").isPresent());
  }

  @Test
  void placesOrganisationsNationalitiesAndClassWordsAreNoPersonWords() {
    assertEquals(Optional.empty(), G.personWord("Jordan")); // a country first
    assertEquals(Optional.empty(), G.personWord("Isis")); // a name in the lists, an alias here
    assertEquals(Optional.empty(), G.personWord("Syrian"));
    assertEquals(Optional.empty(), G.personWord("Will")); // COMMON
    assertEquals(Optional.empty(), G.personWord("Paveway"));
  }

  @Test
  void withoutWordsDropsOnlyTheGivenClassesWords() {
    Gazetteer g = G.withoutWords(Set.of("KNOWN_PERSON"), "Assad"::equals);
    assertFalse(g.is("KNOWN_PERSON", "Assad"));
    assertTrue(g.is("KNOWN_PERSON", "Putin"));
    assertTrue(G.is("KNOWN_PERSON", "Assad"));
    assertTrue(g.is("TITLE", "Gen."));
  }
}
