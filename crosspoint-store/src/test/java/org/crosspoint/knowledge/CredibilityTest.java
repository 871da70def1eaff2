package org.crosspoint.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.crosspoint.store.TestStores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class CredibilityTest {
  @TempDir Path tmp;

  private static StoredDocument doc(String sha, String outlet, char grade) {
    return new StoredDocument(
        sha,
        sha + ".txt",
        Optional.empty(),
        Optional.ofNullable(outlet),
        Optional.empty(),
        Optional.empty(),
        grade,
        "text",
        "rules/2");
  }

  private static StoredFact fact(String sha, int seq, String type, Map<String, Object> args) {
    return new StoredFact(sha, seq, type, args, "s", 0, 1, List.of(), 3, "rules/2");
  }

  private static StoredFact member(String sha, int seq, String subject) {
    return fact(sha, seq, "MEMBERSHIP", Map.of("subject", subject, "organisation", "Jundullah"));
  }

  private static StoredFact claim(String sha, int seq, String stance) {
    return fact(
        sha,
        seq,
        "CLAIM",
        Map.of("speaker", "x", "stance", stance, "proposition", "presence of IS in Pakistan"));
  }

  private static Map<String, StoredDocument> docs(StoredDocument... ds) {
    Map<String, StoredDocument> m = new LinkedHashMap<>();
    for (StoredDocument d : ds) {
      m.put(d.sha256(), d);
    }
    return m;
  }

  private static int of(Map<Credibility.Ref, Integer> c, String sha, int seq) {
    return c.get(new Credibility.Ref(sha, seq));
  }

  @Test
  void oneSourceIsPossiblyTrueTwoOutletsProbablyTrueAnAGradedOneConfirms() {
    List<StoredFact> facts =
        List.of(
            member("a", 0, "Hafiz Saeed"),
            member("b", 0, "HAFIZ  SAEED."),
            member("a", 1, "Omar Khalid"),
            member("c", 0, "Omar Khalid"));
    // a and b: two outlets (C and B); a and c: the same outlet twice corroborates nothing
    var c =
        Credibility.assess(
            facts, docs(doc("a", "Dawn", 'C'), doc("b", "Reuters", 'B'), doc("c", "Dawn", 'C')));
    assertEquals(2, of(c, "a", 0));
    assertEquals(2, of(c, "b", 0));
    assertEquals(3, of(c, "a", 1));
    assertEquals(3, of(c, "c", 0));
    var confirmed =
        Credibility.assess(
            facts.subList(0, 2), docs(doc("a", "Dawn", 'C'), doc("b", "Foreign Office", 'A')));
    assertEquals(1, of(confirmed, "a", 0));
    assertEquals(1, of(confirmed, "b", 0));
  }

  @Test
  void unknownOutletsWithoutBylinesAreNoIndependentSources() {
    var c =
        Credibility.assess(
            List.of(member("a", 0, "Hafiz Saeed"), member("b", 0, "Hafiz Saeed")),
            docs(doc("a", null, 'F'), doc("b", null, 'F')));
    assertEquals(3, of(c, "a", 0));
    StoredDocument byOne =
        new StoredDocument(
            "a",
            "a",
            Optional.empty(),
            Optional.empty(),
            Optional.of("Zahid Gishkori"),
            Optional.empty(),
            'F',
            "t",
            "r");
    StoredDocument byAnother =
        new StoredDocument(
            "b",
            "b",
            Optional.empty(),
            Optional.empty(),
            Optional.of("Amir Mir"),
            Optional.empty(),
            'F',
            "t",
            "r");
    var bylines =
        Credibility.assess(
            List.of(member("a", 0, "Hafiz Saeed"), member("b", 0, "Hafiz Saeed")),
            docs(byOne, byAnother));
    assertEquals(2, of(bylines, "a", 0));
  }

  @Test
  void aClaimOutnumberedByTheOppositeStanceIsImprobableAnEvenDisputeStaysPossible() {
    List<StoredFact> facts =
        List.of(claim("a", 0, "deny"), claim("b", 0, "affirm"), claim("c", 0, "affirm"));
    var c =
        Credibility.assess(
            facts, docs(doc("a", "Dawn", 'C'), doc("b", "Reuters", 'B'), doc("c", "BBC", 'B')));
    assertEquals(5, of(c, "a", 0));
    assertEquals(2, of(c, "b", 0));
    var even =
        Credibility.assess(
            facts.subList(0, 2), docs(doc("a", "Dawn", 'C'), doc("b", "Express", 'C')));
    assertEquals(3, of(even, "a", 0));
    assertEquals(3, of(even, "b", 0));
    var graded =
        Credibility.assess(
            facts.subList(0, 2), docs(doc("a", "Dawn", 'C'), doc("b", "Reuters", 'B')));
    assertEquals(5, of(graded, "a", 0));
    assertEquals(3, of(graded, "b", 0));
  }

  @ParameterizedTest
  @MethodSource("org.crosspoint.store.TestStores#databases")
  void assessedCredibilityIsStored(String kind) {
    try (TestStores.Handle h = TestStores.open(kind, tmp)) {
      KnowledgeBase kb = KnowledgeBase.on(h.store().database());
      kb.store(doc("a", "Dawn", 'C'), List.of(), List.of(member("a", 0, "X Y")), "analyst");
      kb.store(doc("b", "Reuters", 'B'), List.of(), List.of(member("b", 0, "X Y")), "analyst");
      Map<String, StoredDocument> docs = new LinkedHashMap<>();
      kb.documents().forEach(d -> docs.put(d.sha256(), d));
      var c = Credibility.assess(kb.facts(Optional.empty()), docs);
      assertEquals(2, kb.setCredibility(c));
      assertEquals(0, kb.setCredibility(c));
      assertEquals(
          List.of(2, 2), kb.facts(Optional.empty()).stream().map(StoredFact::credibility).toList());
      assertEquals("probably true", Credibility.label(2));
    }
  }
}
