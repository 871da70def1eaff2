package org.crosspoint.intake.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.crosspoint.intake.Extraction;
import org.crosspoint.intake.Intake;
import org.crosspoint.intake.document.DocumentReader;
import org.junit.jupiter.api.Test;

class IncidentExtractionTest {
  private static final Intake INTAKE = Intake.standard();

  private static List<Fact> attacks(String raw) {
    Extraction x = INTAKE.extract(DocumentReader.fromText("x", "fixture.txt", raw));
    return x.facts().stream().filter(f -> f.type() == FactType.ATTACK).toList();
  }

  @Test
  void activeVoiceGivesPerpetratorOrganisationAndTarget() {
    List<Fact> a =
        attacks(
            "Guerrillas of the Farabundo Marti National Liberation Front attacked an electric"
                + " power substation in San Salvador yesterday.\n");
    assertEquals(1, a.size(), a.toString());
    Fact f = a.get(0);
    assertEquals("attack", f.argument("kind"));
    assertEquals(List.of("electric power substation"), f.argument("target"));
    assertEquals(List.of("Farabundo Marti National Liberation Front"), f.argument("attributed_to"));
    assertTrue(String.valueOf(f.argument("perpetrator")).contains("Guerrillas"), f.toString());
  }

  @Test
  void passiveVoiceGivesNamedVictimAndPerpetrator() {
    List<Fact> a = attacks("Mayor Ricardo Bohorquez was shot dead by unidentified gunmen.\n");
    assertEquals(1, a.size(), a.toString());
    assertEquals(List.of("Ricardo Bohorquez"), a.get(0).argument("victim"));
    assertEquals(List.of("unidentified gunmen"), a.get(0).argument("perpetrator"));
  }

  @Test
  void wireCopyInCapitalsIsReadLikeNormalText() {
    List<Fact> a =
        attacks(
            "TERRORISTS KIDNAPPED 50 PEASANTS AND BURNED THE TOWN HALL IN SAN MIGUEL.\n\n"
                + "THE BODY OF JOURNALIST HECTOR OQUELI, WHO WAS KIDNAPPED ON 12 JANUARY, WAS FOUND.\n");
    assertTrue(a.size() >= 2, a.toString());
    assertEquals("kidnapping", a.get(0).argument("kind"));
    assertTrue(
        a.stream().anyMatch(f -> List.of("Hector Oqueli").equals(f.argument("victim"))),
        a.toString());
  }

  @Test
  void partiesOutsideTheReadPatternsAreTakenFromTheSentenceAndLaterSentences() {
    // No pattern reads "in the attack" with a subject: the attacker noun and the thing noun
    // elsewhere in the sentence, the named person near the trigger who does not speak.
    List<Fact> a =
        attacks(
            "Police said unidentified individuals took part in the attack, in which the bank"
                + " building and Jose Perez Lopez were hit.\n\n"
                + "The victims were identified as Luis Alberto Ruiz and Carlos Mendez Soto.\n\n"
                + "Colonel Juan Gomez Ortiz said the investigation continued.\n");
    assertEquals(1, a.size(), a.toString());
    Fact f = a.get(0);
    assertEquals(List.of("unidentified individuals"), f.argument("perpetrator"));
    assertEquals(List.of("bank building"), f.argument("target"));
    assertEquals(
        List.of("Jose Perez Lopez", "Luis Alberto Ruiz", "Carlos Mendez Soto"),
        f.argument("victim"));
  }

  @Test
  void aThingNearAKillingIsNoTargetButNearABombingIsOne() {
    List<Fact> killed = attacks("Jose Perez Lopez was killed yesterday beside the bank.\n");
    assertEquals(1, killed.size(), killed.toString());
    assertEquals(null, killed.get(0).argument("target"));
    List<Fact> bombed = attacks("A powerful explosion yesterday damaged the bank.\n");
    assertEquals(1, bombed.size(), bombed.toString());
    assertEquals(List.of("bank"), bombed.get(0).argument("target"));
  }

  @Test
  void namesListedAfterAColonFollowingTheTriggerAreVictims() {
    List<Fact> a =
        attacks(
            "We recall the assassinations in July in San Pedro Sula: Eduardo Herrera Lopez,"
                + " Salomon Vallecillo Ruiz, Mario Perez Soto and Ramon Roberto Garay.\n");
    assertEquals(1, a.size(), a.toString());
    assertEquals(
        List.of(
            "Eduardo Herrera Lopez",
            "Salomon Vallecillo Ruiz",
            "Mario Perez Soto",
            "Ramon Roberto Garay"),
        a.get(0).argument("victim"));
  }

  @Test
  void combatAgainstGuerrillasIsNoIncidentAndPlainTextHasNone() {
    assertEquals(List.of(), attacks("Three guerrillas were killed by soldiers in a clash.\n"));
    assertEquals(List.of(), attacks("The minister opened a school in Lahore on Monday.\n"));
  }
}
