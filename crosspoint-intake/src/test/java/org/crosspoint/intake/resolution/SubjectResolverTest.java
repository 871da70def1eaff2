package org.crosspoint.intake.resolution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.crosspoint.knowledge.StoredMention;
import org.crosspoint.knowledge.Subject;
import org.junit.jupiter.api.Test;

class SubjectResolverTest {
  private static StoredMention person(String doc, String text, String canonical) {
    return new StoredMention(doc, 0, "PERSON", 0, text.length(), text, canonical, Map.of());
  }

  @Test
  void sameFullNameAcrossReportsIsOneSubjectDespiteParticles() {
    var r =
        SubjectResolver.resolve(
            List.of(
                person("a", "Yousaf al Salafi", "Yousaf al Salafi"),
                person("b", "Yousaf al-Salafi", "Yousaf al-Salafi")),
            n -> List.of());
    assertEquals(1, r.subjects().size());
    assertEquals(List.of("a", "b"), r.subjects().get(0).documents());
  }

  @Test
  void sharedSingleWordIsNeverAMergeAndCommonWordsGiveNoLink() {
    var r =
        SubjectResolver.resolve(
            List.of(
                person("a", "Fazlullah", "Fazlullah"),
                person("b", "Fazlullah", "Fazlullah"),
                person("a", "Khan", "Khan"),
                person("a", "Daulat Khan", "Daulat Khan"),
                person("b", "Asad al Khorasani", "Asad al Khorasani"),
                person("b", "Khalid Khurasani", "Khalid Khurasani")),
            n -> List.of());
    assertEquals(6, r.subjects().size());
    assertEquals(1, r.links().size());
    assertEquals("POSSIBLY_SAME", r.links().get(0).relation());
    assertEquals(0.5, r.links().get(0).confidence());
  }

  @Test
  void aliasesOfAnOrganisationAreOneSubjectAndABranchIsLinkedNotMerged() {
    var r =
        SubjectResolver.resolve(
            List.of(
                new StoredMention("a", 0, "ORGANISATION", 0, 5, "Daesh", "Islamic State", Map.of()),
                new StoredMention("b", 0, "ORGANISATION", 0, 4, "ISIS", "Islamic State", Map.of()),
                new StoredMention(
                    "b",
                    1,
                    "ORGANISATION",
                    5,
                    11,
                    "ISIS-K",
                    "Islamic State Khorasan Province",
                    Map.of("parent", "Islamic State"))),
            n -> n.equals("Islamic State") ? List.of("UN-QDe.115") : List.of());
    assertEquals(2, r.subjects().size());
    Subject is = r.subjects().get(0);
    assertTrue(is.aliases().containsAll(List.of("Daesh", "ISIS")));
    assertEquals(List.of("UN-QDe.115"), is.watchlistEntries());
    assertEquals("BRANCH_OF", r.links().get(0).relation());
  }
}
