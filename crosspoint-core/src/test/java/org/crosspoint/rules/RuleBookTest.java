package org.crosspoint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.crosspoint.dates.PartialDate;
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
import org.junit.jupiter.api.io.TempDir;

class RuleBookTest {
  static final String RULES =
      """
      version: 1
      rules:
        - id: syr
          when:
            issuing_state: Syria
          outcome: REFER
          reason: S3 scrutiny
        - id: land-af-ir
          when:
            crossing_kind: LAND
            route_country: [AFG, IRN]
          outcome: refer
          reason: route
        - id: minors-alone
          when:
            age: {max: 15}
            not:
              direction: TRANSIT
          outcome: REFER
          reason: minor
        - id: expired
          when:
            any_of:
              - document_expired: true
              - mrz_valid: false
          outcome: DENY
          reason: expired or altered
      """;

  static Encounter encounter(
      String issuing,
      DocumentType type,
      CrossingKind kind,
      Route route,
      String dob,
      LocalDate expiry,
      Direction dir) {
    Traveller t =
        new Traveller(
            "HADDAD",
            "SAMI",
            null,
            dob == null ? null : PartialDate.parse(dob),
            "SYR",
            "M",
            TravelDocument.of(type, "N0012345", issuing, expiry));
    return new Encounter(
        "e",
        t,
        dir,
        new CrossingPoint("TORKHAM", kind, "PAK"),
        route,
        Instant.parse("2026-11-23T08:00:00Z"),
        "o1");
  }

  static List<String> ids(RuleBook b, Encounter e) {
    return b.evaluate(e).stream().map(RuleOutcome::ruleId).toList();
  }

  @Test
  void conditionsCombineAsWritten() {
    RuleBook b = RuleBook.of(RULES, "test.yaml");
    assertEquals(4, b.rules().size());
    LocalDate valid = LocalDate.of(2030, 1, 1);
    assertEquals(
        List.of("syr"),
        ids(
            b,
            encounter(
                "SYR",
                DocumentType.PASSPORT,
                CrossingKind.AIR,
                Route.UNKNOWN,
                "1980-01-01",
                valid,
                Direction.ENTRY)));
    assertEquals(
        List.of("land-af-ir"),
        ids(
            b,
            encounter(
                "PAK",
                DocumentType.PASSPORT,
                CrossingKind.LAND,
                new Route("AFG", "PAK", List.of()),
                "1980",
                valid,
                Direction.ENTRY)));
    assertEquals(
        List.of(),
        ids(
            b,
            encounter(
                "PAK",
                DocumentType.PASSPORT,
                CrossingKind.AIR,
                new Route("IRN", "PAK", List.of()),
                "1980",
                valid,
                Direction.ENTRY)),
        "Iran by air is not a land crossing");
    assertEquals(
        List.of("minors-alone"),
        ids(
            b,
            encounter(
                "PAK",
                DocumentType.PASSPORT,
                CrossingKind.AIR,
                Route.UNKNOWN,
                "2015-06-01",
                valid,
                Direction.EXIT)));
    assertEquals(
        List.of(),
        ids(
            b,
            encounter(
                "PAK",
                DocumentType.PASSPORT,
                CrossingKind.AIR,
                Route.UNKNOWN,
                "2015-06-01",
                valid,
                Direction.TRANSIT)));
    assertEquals(
        List.of(),
        ids(
            b,
            encounter(
                "PAK",
                DocumentType.PASSPORT,
                CrossingKind.AIR,
                Route.UNKNOWN,
                null,
                valid,
                Direction.EXIT)),
        "unknown DOB never matches an age condition");
    List<RuleOutcome> expired =
        RuleBook.of(RULES, "t")
            .evaluate(
                encounter(
                    "PAK",
                    DocumentType.PASSPORT,
                    CrossingKind.AIR,
                    Route.UNKNOWN,
                    "1980",
                    LocalDate.of(2026, 11, 22),
                    Direction.EXIT));
    assertEquals(
        List.of(new RuleOutcome("expired", RuleOutcome.Action.DENY, "expired or altered")),
        expired);
  }

  @Test
  void documentValidOnItsExpiryDay() {
    RuleBook b = RuleBook.of(RULES, "t");
    assertEquals(
        List.of(),
        ids(
            b,
            encounter(
                "PAK",
                DocumentType.PASSPORT,
                CrossingKind.AIR,
                Route.UNKNOWN,
                "1980",
                LocalDate.of(2026, 11, 23),
                Direction.EXIT)));
  }

  static RuleFileException rejected(String yaml) {
    return assertThrows(RuleFileException.class, () -> RuleBook.of(yaml, "bad.yaml"));
  }

  @Test
  void errorsNameTheLine() {
    assertEquals(
        "bad.yaml:5: unknown condition 'nationalty' (expected issuing_state,"
            + " nationality, document_type, document_code, crossing_kind, crossing_point,"
            + " crossing_country, direction, route_from, route_to, route_via, route_country,"
            + " age, document_expired, mrz_valid, any_of, all_of, not)",
        rejected(
                "rules:\n  - id: a\n    when:\n      issuing_state: SYR\n      nationalty: SYR\n"
                    + "    outcome: REFER\n    reason: r\n")
            .getMessage());
    assertEquals(
        4,
        rejected(
                "rules:\n  - id: a\n    when:\n      issuing_state: Syrai\n"
                    + "    outcome: REFER\n    reason: r\n")
            .line());
    assertEquals(
        5,
        rejected(
                "rules:\n  - id: a\n    when:\n      issuing_state: SYR\n"
                    + "    outcome: BAN\n    reason: r\n")
            .line());
    assertEquals(
        2,
        rejected(
                "rules:\n  - id: a\n    when:\n      issuing_state: SYR\n" + "    outcome: REFER\n")
            .line(),
        "missing reason points at the rule");
    // An unclosed list is found where the input ends, the line after it opened.
    assertEquals(4, rejected("rules:\n  - id: a\n    when: [x\n").line(), "YAML syntax");
    assertTrue(
        rejected("rules:\n  - id: a\n    when: {}\n    outcome: REFER\n    reason: r\n")
            .getMessage()
            .contains("must not apply to everyone"));
    assertEquals(
        6,
        rejected(
                "rules:\n  - id: a\n    when: {direction: EXIT}\n"
                    + "    outcome: REFER\n    reason: r\n"
                    + "  - id: a\n    when: {direction: EXIT}\n    outcome: REFER\n    reason: r\n")
            .line(),
        "duplicate id at the second rule (line 6)");
    assertTrue(rejected("rules:\n  - id: a\n    id: b\n").getMessage().contains("twice"));
    assertTrue(rejected("").getMessage().contains("empty"));
    assertTrue(
        rejected("rules:\n  - id: a\n    when: {direction: SIDEWAYS}\n")
            .getMessage()
            .contains("must be one of ENTRY, EXIT, TRANSIT"));
  }

  @Test
  void billionLaughsIsRefused() {
    StringBuilder y = new StringBuilder("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
    for (int i = 1; i < 10; i++) {
      y.append("a").append(i).append(": &a").append(i).append(" [");
      for (int j = 0; j < 10; j++) {
        y.append(j == 0 ? "" : ", ").append("*a").append(i - 1);
      }
      y.append("]\n");
    }
    y.append("rules: []\n");
    assertTrue(rejected(y.toString()).getMessage().contains("not valid YAML"));
  }

  @Test
  void failedReloadKeepsTheRulesInForce(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("rules.yaml");
    Files.writeString(file, RULES, StandardCharsets.UTF_8);
    RuleBook b = RuleBook.load(file);
    Files.writeString(
        file, RULES.replace("outcome: DENY", "outcome: BLOCK"), StandardCharsets.UTF_8);
    RuleBook.Reload r = b.reload(file);
    assertFalse(r.accepted());
    assertEquals(4, r.count());
    assertTrue(r.error().startsWith(file + ":26: outcome 'BLOCK'"), r.error());
    assertEquals(4, b.rules().size());
    Files.writeString(
        file, RULES.substring(0, RULES.indexOf("  - id: land-af-ir")), StandardCharsets.UTF_8);
    RuleBook.Reload ok = b.reload(file);
    assertTrue(ok.accepted(), ok.error());
    assertEquals(1, ok.count());
    assertEquals(List.of("syr"), b.rules().stream().map(Rule::id).toList());
    assertFalse(b.reload(dir.resolve("missing.yaml")).accepted());
    assertEquals(1, b.rules().size());
  }
}
