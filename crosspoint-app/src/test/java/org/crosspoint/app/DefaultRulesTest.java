package org.crosspoint.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.crosspoint.dates.PartialDate;
import org.crosspoint.rules.RuleBook;
import org.crosspoint.screening.CrossingKind;
import org.crosspoint.screening.CrossingPoint;
import org.crosspoint.screening.DocumentType;
import org.crosspoint.screening.Encounter;
import org.crosspoint.screening.Route;
import org.crosspoint.screening.RuleOutcome;
import org.crosspoint.screening.TravelDocument;
import org.crosspoint.screening.Traveller;
import org.crosspoint.watchlist.Direction;
import org.junit.jupiter.api.Test;

/** The shipped rules express mission S3 and the ICAO special codes. */
class DefaultRulesTest {
  static final LocalDate VALID = LocalDate.of(2031, 5, 1);

  static List<String> fired(
      String issuing,
      String nationality,
      DocumentType type,
      CrossingKind kind,
      Route route,
      LocalDate expiry)
      throws Exception {
    RuleBook b = RuleBook.fromResource(DefaultRulesTest.class, "/rules/default-rules.yaml");
    Traveller t =
        new Traveller(
            "HADDAD",
            "SAMI",
            null,
            PartialDate.parse("1984-02-11"),
            nationality,
            "M",
            TravelDocument.of(type, "N0012345", issuing, expiry));
    Encounter e =
        new Encounter(
            "e1",
            t,
            Direction.ENTRY,
            new CrossingPoint(kind == CrossingKind.LAND ? "TORKHAM" : "ISB", kind, "PAK"),
            route,
            Instant.parse("2026-11-23T08:00:00Z"),
            "o1");
    return b.evaluate(e).stream().map(RuleOutcome::ruleId).toList();
  }

  @Test
  void syrianDocumentsAreReferredAtEveryKindOfCrossing() throws Exception {
    for (CrossingKind k : CrossingKind.values()) {
      assertEquals(
          List.of("s3-syrian-travel-documents"),
          fired("SYR", "SYR", DocumentType.PASSPORT, k, Route.UNKNOWN, VALID));
    }
    assertEquals(
        List.of("s3-syrian-travel-documents"),
        fired("DEU", "SYR", DocumentType.TRAVEL_DOCUMENT, CrossingKind.AIR, Route.UNKNOWN, VALID),
        "a Syrian on a German-issued travel document");
    assertEquals(
        List.of(),
        fired("DEU", "SYR", DocumentType.PASSPORT, CrossingKind.AIR, Route.UNKNOWN, VALID),
        "a German passport is not a Syrian travel document");
  }

  @Test
  void landRoutesThroughAfghanistanOrIranAreReferred() throws Exception {
    assertEquals(
        List.of("s3-afghanistan-iran-land-route"),
        fired(
            "PAK",
            "PAK",
            DocumentType.PASSPORT,
            CrossingKind.LAND,
            new Route("AFG", "PAK", List.of()),
            VALID));
    assertEquals(
        List.of("s3-afghanistan-iran-land-route"),
        fired(
            "PAK",
            "PAK",
            DocumentType.PASSPORT,
            CrossingKind.LAND,
            new Route("TUR", "PAK", List.of("IRN")),
            VALID));
    assertEquals(
        List.of(),
        fired(
            "PAK",
            "PAK",
            DocumentType.PASSPORT,
            CrossingKind.AIR,
            new Route("IRN", "PAK", List.of()),
            VALID));
  }

  @Test
  void statelessRefugeeAndExpiredDocuments() throws Exception {
    for (String code : List.of("XXA", "XXB", "XXC")) {
      assertEquals(
          List.of("icao-stateless-or-refugee"),
          fired("DEU", code, DocumentType.TRAVEL_DOCUMENT, CrossingKind.AIR, Route.UNKNOWN, VALID));
    }
    assertEquals(
        List.of("expired-document"),
        fired(
            "PAK",
            "PAK",
            DocumentType.PASSPORT,
            CrossingKind.AIR,
            Route.UNKNOWN,
            LocalDate.of(2026, 11, 1)));
  }

  @Test
  void reasonQuotesTheMissionRequirement() throws Exception {
    RuleBook b = RuleBook.fromResource(DefaultRulesTest.class, "/rules/default-rules.yaml");
    String reason =
        b.rules().stream()
            .filter(r -> r.id().equals("s3-syrian-travel-documents"))
            .findFirst()
            .orElseThrow()
            .reason();
    assertTrue(
        reason.contains(
            "travel on Syrian travel documents through international"
                + " cross-points needs scrutiny"),
        reason);
  }
}
