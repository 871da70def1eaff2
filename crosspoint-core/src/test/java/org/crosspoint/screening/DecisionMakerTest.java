package org.crosspoint.screening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.crosspoint.dates.PartialDate;
import org.crosspoint.watchlist.Direction;
import org.crosspoint.watchlist.ListKind;
import org.crosspoint.watchlist.MatchAction;
import org.crosspoint.watchlist.Watchlist;
import org.junit.jupiter.api.Test;

class DecisionMakerTest {
  static final TravelDocument PASSPORT =
      TravelDocument.of(DocumentType.PASSPORT, "AB1234567", "PAK", LocalDate.of(2030, 1, 1));
  static final Traveller TRAVELLER =
      new Traveller(
          "KHAN", "MUHAMMAD ASIF", null, PartialDate.parse("1985-03-15"), "PAK", "M", PASSPORT);

  static Encounter encounter(Direction d) {
    return new Encounter(
        "enc-1",
        TRAVELLER,
        d,
        new CrossingPoint("ISB", CrossingKind.AIR, "PAK"),
        new Route("PAK", "ARE", List.of()),
        Instant.parse("2026-11-23T10:00:00Z"),
        "officer-7");
  }

  static ListMatch match(String list, String version) {
    return new ListMatch(
        list,
        list + ":42",
        version,
        "Muhammad Asif KHAN",
        0.93,
        true,
        "KHAN = KHAN; MUHAMMAD = MUHAMMAD; ASIF = ASIF",
        "1985-03-15 vs 1985: compatible",
        "PAK = PAK",
        "");
  }

  static Map<String, Watchlist> lists() {
    return Map.of(
        "red", Watchlist.of("red", "Red alert", ListKind.RED_ALERT, "FIA"),
        "ecl", Watchlist.of("ecl", "Exit Control List", ListKind.EXIT_CONTROL, "MoI"),
        "watch", Watchlist.of("watch", "Watch", ListKind.WATCH, "CTD"),
        "un", Watchlist.of("un", "UN SC", ListKind.SANCTIONS, "UN"),
        "orgs", Watchlist.of("orgs", "Proscribed", ListKind.PROSCRIBED_ORGANISATIONS, "NACTA"));
  }

  static Decision decide(Direction d, List<ListMatch> m, Set<ClearedPair> c, List<RuleOutcome> r) {
    return DecisionMaker.decide(encounter(d), m, lists(), c, r);
  }

  @Test
  void everyListKindActsAsMissionSaysInEveryDirection() {
    // Written out, not derived from Watchlist.defaultActions: mission S1, S2 and the issue.
    Map<String, Outcome[]> expected =
        Map.of(
            "red", new Outcome[] {Outcome.HIT, Outcome.HIT, Outcome.HIT},
            "ecl", new Outcome[] {Outcome.CLEAR, Outcome.HIT, Outcome.CLEAR},
            "watch", new Outcome[] {Outcome.REFER, Outcome.REFER, Outcome.REFER},
            "un", new Outcome[] {Outcome.REFER, Outcome.REFER, Outcome.REFER},
            "orgs", new Outcome[] {Outcome.REFER, Outcome.REFER, Outcome.REFER});
    Direction[] dirs = {Direction.ENTRY, Direction.EXIT, Direction.TRANSIT};
    for (var e : expected.entrySet()) {
      for (int i = 0; i < dirs.length; i++) {
        Decision d = decide(dirs[i], List.of(match(e.getKey(), "1")), Set.of(), List.of());
        assertEquals(e.getValue()[i], d.outcome(), e.getKey() + " on " + dirs[i]);
        assertEquals(1, d.reasons().size(), "the match is always recorded");
        Reason r = d.reasons().get(0);
        assertEquals(Reason.Kind.LIST_MATCH, r.kind());
        assertEquals(e.getKey() + ":42", r.entryId());
        assertEquals(0.93, r.score());
        assertEquals("1985-03-15 vs 1985: compatible", r.birthDateNote());
        assertEquals(
            e.getKey().equals("red") ? List.of("red") : List.of(), d.notifyLists(), "notify");
      }
    }
  }

  @Test
  void exitControlOnEntrySaysItAsksForNothing() {
    Decision d = decide(Direction.ENTRY, List.of(match("ecl", "1")), Set.of(), List.of());
    assertEquals("CLEAR", d.summary());
    assertTrue(d.reasons().get(0).text().contains("asks for no action on ENTRY"));
  }

  @Test
  void sanctionsConfiguredToHitDoesSo() {
    Map<Direction, MatchAction> hit = new EnumMap<>(Direction.class);
    hit.put(Direction.ENTRY, MatchAction.HIT);
    Watchlist strict = new Watchlist("un", "UN SC", ListKind.SANCTIONS, "UN", hit, false);
    Decision entry =
        DecisionMaker.decide(
            encounter(Direction.ENTRY),
            List.of(match("un", "1")),
            Map.of("un", strict),
            Set.of(),
            List.of());
    assertEquals(Outcome.HIT, entry.outcome());
    assertEquals(List.of(), entry.notifyLists());
    Decision exit =
        DecisionMaker.decide(
            encounter(Direction.EXIT),
            List.of(match("un", "1")),
            Map.of("un", strict),
            Set.of(),
            List.of());
    assertEquals(Outcome.REFER, exit.outcome());
  }

  @Test
  void falseMatchClearsSamePairUntilEntryChanges() {
    Set<ClearedPair> cleared = Set.of(new ClearedPair("PAK:AB1234567", "red:42", "3"));
    Decision same = decide(Direction.ENTRY, List.of(match("red", "3")), cleared, List.of());
    assertEquals(Outcome.CLEAR, same.outcome());
    assertEquals(Reason.Kind.CLEARED_BEFORE, same.reasons().get(0).kind());
    assertEquals(List.of(), same.notifyLists());
    Decision changed = decide(Direction.ENTRY, List.of(match("red", "4")), cleared, List.of());
    assertEquals(Outcome.HIT, changed.outcome());
    assertEquals(Reason.Kind.LIST_MATCH, changed.reasons().get(0).kind());
  }

  @Test
  void matchesBelowAlertThresholdAreNotReasons() {
    ListMatch weak = new ListMatch("red", "red:9", "1", "Khan", 0.41, false, "", "", "", "");
    Decision d = decide(Direction.EXIT, List.of(weak), Set.of(), List.of());
    assertEquals(Outcome.CLEAR, d.outcome());
    assertEquals(List.of(), d.reasons());
  }

  @Test
  void ruleDenyIsAHitAndReasonsComeMostSevereFirst() {
    Decision d =
        decide(
            Direction.ENTRY,
            List.of(match("watch", "1")),
            Set.of(),
            List.of(
                new RuleOutcome("s3-syr", RuleOutcome.Action.REFER, "S3 scrutiny"),
                new RuleOutcome("expired", RuleOutcome.Action.DENY, "document expired")));
    assertEquals(Outcome.HIT, d.outcome());
    assertEquals(Reason.Kind.RULE_DENY, d.reasons().get(0).kind());
    assertEquals("expired", d.reasons().get(0).ruleId());
    assertEquals(3, d.reasons().size());
    assertTrue(d.summary().startsWith("HIT: DENY by rule expired"), d.summary());
  }

  @Test
  void ruleReferAloneRefers() {
    Decision d =
        decide(
            Direction.ENTRY,
            List.of(),
            Set.of(),
            List.of(new RuleOutcome("s3-syr", RuleOutcome.Action.REFER, "S3 scrutiny")));
    assertEquals(Outcome.REFER, d.outcome());
    assertEquals(Reason.Kind.RULE, d.reasons().get(0).kind());
  }

  @Test
  void unknownListIsRefusedLoudly() {
    assertThrows(
        IllegalArgumentException.class,
        () -> decide(Direction.ENTRY, List.of(match("nope", "1")), Set.of(), List.of()));
  }

  @Test
  void documentKeyIgnoresSpacingAndCase() {
    assertEquals(
        "PAK:AB1234567",
        TravelDocument.of(DocumentType.PASSPORT, "ab 123-4567", "PAK", null).key());
    assertEquals("", TravelDocument.of(DocumentType.PASSPORT, " ", "PAK", null).key());
  }

  @Test
  void ageRangeWidensForPartialBirthDates() {
    Encounter e = encounter(Direction.ENTRY);
    assertEquals(41, e.ageRange().orElseThrow()[0]);
    assertEquals(41, e.ageRange().orElseThrow()[1]);
    Traveller yearOnly = new Traveller("A", "B", null, PartialDate.ofYear(1985), "", "", null);
    Encounter e2 =
        new Encounter("2", yearOnly, Direction.ENTRY, e.crossingPoint(), null, e.time(), null);
    assertEquals(40, e2.ageRange().orElseThrow()[0]);
    assertEquals(41, e2.ageRange().orElseThrow()[1]);
  }

  @Test
  void documentTypesFromMrzCodes() {
    assertEquals(DocumentType.PASSPORT, DocumentType.fromMrzCode("P<"));
    assertEquals(DocumentType.PASSPORT, DocumentType.fromMrzCode("PD"));
    assertEquals(DocumentType.TRAVEL_DOCUMENT, DocumentType.fromMrzCode("PT"));
    assertEquals(DocumentType.EMERGENCY_DOCUMENT, DocumentType.fromMrzCode("PE"));
    assertEquals(DocumentType.ID_CARD, DocumentType.fromMrzCode("ID"));
    assertEquals(DocumentType.VISA, DocumentType.fromMrzCode("VI"));
    assertEquals(DocumentType.TRAVEL_DOCUMENT, DocumentType.parse("travel document"));
    assertEquals(DocumentType.EMERGENCY_DOCUMENT, DocumentType.parse("Emergency-Document"));
    assertThrows(IllegalArgumentException.class, () -> DocumentType.parse("library card"));
  }
}
