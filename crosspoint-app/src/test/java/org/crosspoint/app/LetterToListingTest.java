package org.crosspoint.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.crosspoint.knowledge.KnowledgeBase;
import org.crosspoint.knowledge.Proposal;
import org.crosspoint.store.Store;
import org.crosspoint.watchlist.Entry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Mission S4 then S1: a letter's annex becomes proposals; only another person's approval lists. */
class LetterToListingTest {
  @TempDir Path tmp;

  static final String LETTER =
      "From: Directorate of Military Intelligence\n"
          + "To: Ministry of Interior\n"
          + "Reference: MI/CT/2016/114\n"
          + "Date: 2016-05-28\n"
          + "List: RED_ALERT\n"
          + "\n"
          + "Names mentioned at Annex (A) of this letter are Daesh terrorists.\n"
          + "\n"
          + "ANNEX (A)\n"
          + "| name | nationality | date_of_birth |\n"
          + "| Fares al-Aruri | Syrian | 1981 |\n"
          + "| يوسف السلفي | Pakistani | |\n";

  @Test
  void approvalByAnotherPersonListsTheNameWithItsLegalBasisAndSource() throws Exception {
    Path home = tmp.resolve("home");
    Path letter = tmp.resolve("letter.txt");
    Files.writeString(letter, LETTER, StandardCharsets.UTF_8);
    try (Store s = Store.open(home)) {
      FirstRun.ensureNationalLists(
          s.registry(), new java.io.PrintWriter(java.io.Writer.nullWriter()));
    }
    assertEquals(
        0,
        BorderCommandsTest.run(
                "letters",
                "ingest",
                "--home",
                home.toString(),
                letter.toString(),
                "--by",
                "analyst.a")
            .exit());
    String id;
    try (Store s = Store.open(home)) {
      List<Proposal> ps = KnowledgeBase.on(s.database()).proposals(Optional.empty());
      assertEquals(2, ps.size());
      id =
          ps.stream().filter(p -> p.name().equals("Fares al-Aruri")).findFirst().orElseThrow().id();
      assertTrue(s.registry().entries("red-alert").isEmpty(), "a proposal lists nobody");
    }

    BorderCommandsTest.Run own =
        BorderCommandsTest.run(
            "proposals",
            "approve",
            "--home",
            home.toString(),
            id,
            "--by",
            "Analyst.A",
            "--legal-basis",
            "ATA 1997");
    assertEquals(2, own.exit());
    assertTrue(own.err().contains("someone else"), own.err());

    BorderCommandsTest.Run ok =
        BorderCommandsTest.run(
            "proposals",
            "approve",
            "--home",
            home.toString(),
            id,
            "--by",
            "approver.b",
            "--legal-basis",
            "Anti-Terrorism Act 1997, s. 11EEE",
            "--review-by",
            "2099-01-01");
    assertEquals(0, ok.exit(), ok.err());
    try (Store s = Store.open(home)) {
      List<Entry> listed = s.registry().entries("red-alert");
      assertEquals(1, listed.size());
      Entry e = listed.get(0);
      assertEquals("Fares al-Aruri", e.displayName());
      assertEquals(List.of("SYR"), e.nationalities());
      assertEquals(1981, e.birthDates().get(0).year());
      assertEquals("Anti-Terrorism Act 1997, s. 11EEE", e.legalBasis());
      assertTrue(e.sourceReference().contains("MI/CT/2016/114"), e.sourceReference());
      assertTrue(s.verifyAudit().intact());
    }
    BorderCommandsTest.Run screen =
        BorderCommandsTest.run(
            "screen", "--home", home.toString(), "--name", "FARES AL ARURI", "--json");
    assertTrue(screen.out().contains("red-alert"), screen.out());
  }
}
