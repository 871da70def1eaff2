package org.crosspoint.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.crosspoint.knowledge.KnowledgeBase;
import org.crosspoint.knowledge.SourceGrades;
import org.crosspoint.knowledge.StoredFact;
import org.crosspoint.knowledge.Subject;
import org.crosspoint.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestionTest {
  @TempDir Path tmp;

  @Test
  void reportsAreStoredOnceAndSubjectsSpanReports() throws Exception {
    Path a = tmp.resolve("a.txt");
    Path b = tmp.resolve("b.txt");
    Files.writeString(
        a,
        "Headline\n\nBy Jane Reporter\nJune 05, 2016\n\n"
            + "Officials told The News that Daesh is recruiting militants in Pakistan. "
            + "The interior minister denied the presence of Daesh in the country. "
            + "Yousaf al Salafi was arrested in Lahore in January this year.\n",
        StandardCharsets.UTF_8);
    Files.writeString(
        b,
        "In January 2015, Yousaf al-Salafi, the leader of ISIS in Pakistan, was arrested in Lahore.\n",
        StandardCharsets.UTF_8);
    try (Store store = Store.open(tmp.resolve("home"))) {
      KnowledgeBase kb = KnowledgeBase.on(store.database());
      Ingestion ingestion =
          new Ingestion(
              Intake.standard(), kb, SourceGrades.load(tmp.resolve("home")), n -> List.of());
      Ingestion.Outcome first = ingestion.ingest(a, "analyst");
      assertTrue(first.stored());
      assertEquals('C', first.reliability());
      assertFalse(ingestion.ingest(a, "analyst").stored());
      assertTrue(ingestion.ingest(b, "analyst").stored());
      ingestion.resolveSubjects();
      Subject salafi =
          kb.subjects().stream().filter(s -> s.name().contains("Salafi")).findFirst().orElseThrow();
      assertEquals(2, salafi.documents().size());
      Subject is =
          kb.subjects().stream()
              .filter(s -> s.name().equals("Islamic State"))
              .findFirst()
              .orElseThrow();
      assertTrue(is.aliases().containsAll(List.of("Daesh", "ISIS")), is.aliases().toString());
      List<Object> stances =
          kb.facts(Optional.of("CLAIM")).stream()
              .map(StoredFact::arguments)
              .map(m -> m.get("stance"))
              .toList();
      assertTrue(stances.contains("affirm") && stances.contains("deny"), stances.toString());
      String shaA = first.extraction().document().sha256();
      StoredFact arrest =
          kb.facts(Optional.of("ARREST")).stream()
              .filter(f -> f.documentSha().equals(shaA))
              .findFirst()
              .orElseThrow();
      assertEquals("2016-01", arrest.arguments().get("date"));
      assertEquals(
          kb.documents().stream()
              .filter(d -> d.name().equals("a.txt"))
              .findFirst()
              .orElseThrow()
              .text()
              .substring(arrest.start(), arrest.end()),
          arrest.sentence());
    }
  }
}
