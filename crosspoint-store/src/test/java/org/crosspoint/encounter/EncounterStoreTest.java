package org.crosspoint.encounter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
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

  @ParameterizedTest
  @MethodSource("org.crosspoint.store.TestStores#databases")
  void concurrentSavesAreAllStoredInOneUnbrokenChain(String db) throws Exception {
    try (TestStores.Handle h = TestStores.open(db, tmp)) {
      EncounterStore s = h.store().encounters();
      int threads = 16;
      int each = 25;
      java.util.concurrent.ExecutorService pool =
          java.util.concurrent.Executors.newFixedThreadPool(threads);
      List<java.util.concurrent.Future<?>> futures = new java.util.ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int thread = t;
        futures.add(
            pool.submit(
                () -> {
                  for (int i = 0; i < each; i++) {
                    s.save(encounter("E" + thread + "-" + i, "PAK:" + thread, "CLEAR"), Set.of());
                  }
                }));
      }
      for (var f : futures) {
        f.get();
      }
      pool.shutdown();
      assertEquals(threads * each, s.count());
      assertTrue(h.store().verifyAudit().intact());
      assertEquals(threads * each, h.store().verifyAudit().records());
    }
  }

  @ParameterizedTest
  @MethodSource("org.crosspoint.store.TestStores#databases")
  void aBadEncounterFailsAloneAndTheOthersAreStored(String db) {
    try (TestStores.Handle h = TestStores.open(db, tmp)) {
      EncounterStore s = h.store().encounters();
      s.save(encounter("E1", "PAK:1", "CLEAR"), Set.of());
      assertThrows(
          RuntimeException.class, () -> s.save(encounter("E1", "PAK:1", "CLEAR"), Set.of()));
      s.save(encounter("E2", "PAK:1", "CLEAR"), Set.of());
      assertEquals(2, s.count());
      assertTrue(h.store().verifyAudit().intact());
    }
  }
}
