package org.crosspoint.intake.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TrueCaserTest {
  @Test
  void normalTextIsLeftAlone() {
    String t = "The FMLN attacked a power station in San Salvador, officials said.";
    assertFalse(TrueCaser.shouting(t));
    assertEquals(t, TrueCaser.ifShouting(t));
  }

  @Test
  void wireCopyInCapitalsGetsNamesCapitalisedAndCommonWordsLowered() {
    String t =
        "MEMBERS OF THE FARABUNDO MARTI NATIONAL LIBERATION FRONT (FMLN) ATTACKED AN ELECTRIC"
            + " POWER SUBSTATION IN SAN SALVADOR. A SOLDIER WAS WOUNDED.";
    assertTrue(TrueCaser.shouting(t));
    String c = TrueCaser.ifShouting(t);
    assertEquals(t.length(), c.length());
    assertEquals(
        "Members of the Farabundo Marti National Liberation Front (FMLN) attacked an electric"
            + " power substation in San Salvador. A soldier was wounded.",
        c);
  }

  @Test
  void acronymsStayCapitalsAndInflectionsAreCommon() {
    assertTrue(TrueCaser.acronym("urng"));
    assertTrue(TrueCaser.acronym("eln"));
    assertFalse(TrueCaser.acronym("lima"));
    assertTrue(TrueCaser.common("kidnapped"));
    assertTrue(TrueCaser.common("guerrillas"));
    assertFalse(TrueCaser.common("cristiani"));
  }

  @Test
  void abbreviatedTitlesAreCapitalisedNotAcronyms() {
    assertEquals(
        "Msgr Romero and Dr Hector Oqueli were killed by the URNG.",
        TrueCaser.trueCase("MSGR ROMERO AND DR HECTOR OQUELI WERE KILLED BY THE URNG."));
  }
}
