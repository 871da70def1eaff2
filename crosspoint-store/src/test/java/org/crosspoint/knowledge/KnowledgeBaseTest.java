package org.crosspoint.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.crosspoint.store.TestStores;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class KnowledgeBaseTest {
  @TempDir Path tmp;

  private static StoredDocument doc(String sha) {
    return new StoredDocument(
        sha,
        "r.txt",
        Optional.of("t"),
        Optional.of("The News"),
        Optional.empty(),
        Optional.of(LocalDate.of(2016, 6, 5)),
        'C',
        "Fares al-Aruri is a Syrian national. داعش",
        "rules/1");
  }

  @ParameterizedTest
  @MethodSource("org.crosspoint.store.TestStores#databases")
  void sameContentHashIsStoredOnceWithItsFactsAndEvidence(String kind) {
    try (TestStores.Handle h = TestStores.open(kind, tmp)) {
      KnowledgeBase kb = KnowledgeBase.on(h.store().database());
      StoredMention m =
          new StoredMention(
              "abc", 0, "PERSON", 0, 14, "Fares al-Aruri", "Fares al-Aruri", Map.of());
      StoredFact f =
          new StoredFact(
              "abc",
              0,
              "NATIONALITY",
              Map.of("subject", "Fares al-Aruri", "nationality", List.of("SYR")),
              "Fares al-Aruri is a Syrian national.",
              0,
              36,
              List.of(),
              3,
              "rules/1");
      assertTrue(kb.store(doc("abc"), List.of(m), List.of(f), "analyst"));
      assertFalse(kb.store(doc("abc"), List.of(m), List.of(f), "analyst"));
      assertEquals(1, kb.documents().size());
      StoredFact back = kb.facts(Optional.of("NATIONALITY")).get(0);
      assertEquals(List.of("SYR"), back.arguments().get("nationality"));
      assertEquals(36, back.end());
      assertEquals("داعش", kb.documents().get(0).text().substring(37));
    }
  }

  @ParameterizedTest
  @MethodSource("org.crosspoint.store.TestStores#databases")
  void proposalNeedsASecondPersonAndIsDecidedOnce(String kind) {
    try (TestStores.Handle h = TestStores.open(kind, tmp)) {
      KnowledgeBase kb = KnowledgeBase.on(h.store().database());
      Communication letter =
          new Communication(
              "L-1",
              "sha",
              "MI",
              "MoI",
              Optional.of("MI/1"),
              Optional.empty(),
              Optional.empty(),
              "body",
              "l.txt");
      Proposal p =
          new Proposal(
              "L-1-1",
              "RED_ALERT",
              "Fares al-Aruri",
              Map.of(),
              Optional.empty(),
              Optional.of("L-1"),
              List.of("Annex (A) row 1"),
              Proposal.Status.PROPOSED,
              "alice",
              Instant.now(),
              Optional.empty(),
              Optional.empty(),
              Optional.empty());
      assertTrue(kb.receiveLetter(letter, List.of(p), "alice").isPresent());
      assertTrue(kb.receiveLetter(letter, List.of(p), "alice").isEmpty());
      IllegalArgumentException own =
          assertThrows(
              IllegalArgumentException.class, () -> kb.decide("L-1-1", true, "Alice ", null));
      assertTrue(own.getMessage().contains("someone else"));
      assertThrows(IllegalArgumentException.class, () -> kb.decide("L-1-1", false, "bob", " "));
      Proposal approved = kb.decide("L-1-1", true, "bob", "Annex A");
      assertEquals(Proposal.Status.APPROVED, approved.status());
      assertEquals(Optional.of("bob"), approved.decidedBy());
      assertThrows(
          IllegalArgumentException.class, () -> kb.decide("L-1-1", false, "carol", "late"));
      assertEquals(1, kb.proposals(Optional.of(Proposal.Status.APPROVED)).size());
    }
  }

  @ParameterizedTest
  @MethodSource("org.crosspoint.store.TestStores#databases")
  void subjectsAreReplacedWhole(String kind) {
    try (TestStores.Handle h = TestStores.open(kind, tmp)) {
      KnowledgeBase kb = KnowledgeBase.on(h.store().database());
      kb.replaceSubjects(
          List.of(
              new Subject(
                  "P-1", "PERSON", "Fazlullah", List.of("Fazlullah"), List.of("a"), List.of())),
          List.of(new SubjectLink("P-1", "P-2", "POSSIBLY_SAME", 0.5, "one shared name")));
      kb.replaceSubjects(
          List.of(new Subject("P-3", "PERSON", "Usman Ghazi", List.of(), List.of("b"), List.of())),
          List.of());
      assertEquals(List.of("P-3"), kb.subjects().stream().map(Subject::id).toList());
      assertTrue(kb.links().isEmpty());
    }
  }

  @org.junit.jupiter.api.Test
  void sourceGradesDefaultToFAndRejectBadGrades() throws Exception {
    SourceGrades g = SourceGrades.load(tmp);
    assertEquals('C', g.grade("The News"));
    assertEquals('F', g.grade("Unknown Blog"));
    java.nio.file.Files.writeString(
        tmp.resolve(SourceGrades.FILE), "Dawn\tZ\n", java.nio.charset.StandardCharsets.UTF_8);
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> SourceGrades.load(tmp));
    assertTrue(e.getMessage().contains("line 1"));
  }
}
