package org.crosspoint.intake.letters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AgencyLetterTest {
  private static final String HEAD =
      "From: MI\nTo: Ministry of Interior\nReference: MI/1\nDate: 2016-05-28\nList: ECL\n\n";

  @Test
  void tableAnnexGivesOneRowPerName() {
    AgencyLetter l =
        AgencyLetter.parse(
            "l.txt",
            HEAD
                + "Names at Annex (A).\n\nANNEX (A)\n| name | nationality |\n| Fares al-Aruri | Syrian |\n| فارس العاروري | |\n");
    assertEquals("ECL", l.listKind());
    assertEquals(Optional.of(LocalDate.of(2016, 5, 28)), l.date());
    assertEquals(2, l.names().size());
    assertEquals("Syrian", l.names().get(0).get("nationality"));
    assertEquals("فارس العاروري", l.names().get(1).get("name"));
  }

  @Test
  void csvAnnexKeepsQuotedCommas() {
    AgencyLetter l =
        AgencyLetter.parse(
            "l.txt", HEAD + "body\nAnnex A:\nname,remarks\n\"al-Najadi, Otari\",\"with wife\"\n");
    assertEquals("al-Najadi, Otari", l.names().get(0).get("name"));
  }

  @Test
  void errorsNameTheLine() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                AgencyLetter.parse(
                    "l.txt", HEAD + "body\nANNEX (A)\nname | nationality\nOnly One Field\n"));
    assertTrue(e.getMessage().startsWith("l.txt line 10:"), e.getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () -> AgencyLetter.parse("l.txt", "To: X\n\nbody\nANNEX A\nname\nA\n"));
    assertThrows(
        IllegalArgumentException.class,
        () -> AgencyLetter.parse("l.txt", HEAD + "no annex here\n"));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            AgencyLetter.parse(
                "l.txt", "From: A\nTo: B\nDate: 28/05/2016\n\nx\nANNEX A\nname\nA\n"));
  }
}
