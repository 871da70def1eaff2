package org.crosspoint.encounter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.crosspoint.encounter.EncounterStore.Disposition;
import org.crosspoint.encounter.EncounterStore.StoredEncounter;
import org.crosspoint.store.TestStores;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class EncounterStoreTest {
  @TempDir Path tmp;

  static StoredEncounter encounter(String id, String documentKey, String outcome) {
    return new StoredEncounter(
        id,
        Instant.parse("2026-03-01T08:00:00Z"),
        "TORKHAM",
        "EXIT",
        "o.khan",
        "يوسف السلفي",
        documentKey,
        outcome,
        "{\"id\":\"" + id + "\"}");
  }

  @ParameterizedTest
  @MethodSource("org.crosspoint.store.TestStores#databases")
  void hitIsStoredWithSightingAndAudit(String db) {
    try (TestStores.Handle h = TestStores.open(db, tmp)) {
      EncounterStore s = h.store().encounters();
      s.save(encounter("E1", "PAK:AB123", "HIT"), Set.of("red:7"));
      assertEquals("يوسف السلفي", s.encounter("E1").orElseThrow().travellerName());
      assertEquals(1, s.sightings("red:7").size());
      assertEquals("TORKHAM", s.sightings("red:7").get(0).crossingPoint());
      assertEquals(1, h.store().verifyAudit().records());
    }
  }

  @ParameterizedTest
  @MethodSource("org.crosspoint.store.TestStores#databases")
  void falseMatchClearsThePairAtThatVersion(String db) {
    try (TestStores.Handle h = TestStores.open(db, tmp)) {
      EncounterStore s = h.store().encounters();
      s.save(encounter("E1", "PAK:AB123", "HIT"), Set.of());
      s.dispose(
          "E1",
          "red:7",
          Disposition.FALSE_MATCH,
          "different person",
          "o.khan",
          "v1",
          Instant.EPOCH);
      assertEquals(Map.of("red:7", "v1"), s.clearedFor("PAK:AB123"));
      s.dispose("E1", "red:7", Disposition.FALSE_MATCH, "again", "o.khan", "v2", Instant.EPOCH);
      assertEquals(Map.of("red:7", "v2"), s.clearedFor("PAK:AB123"));
      assertEquals(2, s.dispositions("E1").size());
      assertTrue(h.store().verifyAudit().intact());
      assertEquals(3, h.store().verifyAudit().records());
    }
  }

  @ParameterizedTest
  @MethodSource("org.crosspoint.store.TestStores#databases")
  void travellerWithoutDocumentIsNeverClearedAutomatically(String db) {
    try (TestStores.Handle h = TestStores.open(db, tmp)) {
      EncounterStore s = h.store().encounters();
      s.save(encounter("E2", "", "HIT"), Set.of());
      s.dispose("E2", "red:7", Disposition.FALSE_MATCH, "", "o.khan", "v1", Instant.EPOCH);
      assertTrue(s.clearedFor("").isEmpty());
    }
  }

  @ParameterizedTest
  @MethodSource("org.crosspoint.store.TestStores#databases")
  void dispositionOfUnknownEncounterIsRefusedAndChangesNothing(String db) {
    try (TestStores.Handle h = TestStores.open(db, tmp)) {
      EncounterStore s = h.store().encounters();
      IllegalArgumentException e =
          assertThrows(
              IllegalArgumentException.class,
              () ->
                  s.dispose("nope", "red:7", Disposition.TRUE_MATCH, "", "o", "v", Instant.EPOCH));
      assertTrue(e.getMessage().contains("nope"));
      assertEquals(0, h.store().verifyAudit().records());
    }
  }
}
