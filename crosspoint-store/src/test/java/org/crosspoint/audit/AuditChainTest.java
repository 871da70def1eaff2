package org.crosspoint.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.time.Instant;
import org.crosspoint.store.TestStores;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class AuditChainTest {
  @TempDir Path tmp;

  private static void appendFive(TestStores.Handle h) {
    AuditChain chain = h.store().audit();
    for (int i = 1; i <= 5; i++) {
      int n = i;
      h.store()
          .database()
          .inTransaction(
              c ->
                  chain.append(
                      c,
                      "ENCOUNTER",
                      "E" + n,
                      "officer " + n,
                      Instant.parse("2026-01-01T00:00:00Z").plusSeconds(n),
                      "{\"name\":\"يوسف السلفي\",\"n\":" + n + "}"));
    }
  }

  @ParameterizedTest
  @MethodSource("org.crosspoint.store.TestStores#databases")
  void untouchedChainVerifies(String db) {
    try (TestStores.Handle h = TestStores.open(db, tmp)) {
      appendFive(h);
      AuditChain.Verification v = h.store().verifyAudit();
      assertTrue(v.intact(), v.describe());
      assertEquals(5, v.records());
    }
  }

  @ParameterizedTest
  @MethodSource("org.crosspoint.store.TestStores#databases")
  void alteredPayloadIsTheFirstBrokenLink(String db) {
    try (TestStores.Handle h = TestStores.open(db, tmp)) {
      appendFive(h);
      h.store()
          .database()
          .inTransaction(
              c -> {
                try (PreparedStatement ps =
                    c.prepareStatement("UPDATE audit_log SET payload = ? WHERE seq = 3")) {
                  ps.setString(1, "{\"name\":\"someone else\"}");
                  return ps.executeUpdate();
                }
              });
      AuditChain.Verification v = h.store().verifyAudit();
      assertFalse(v.intact());
      assertEquals(3, v.firstBrokenSeq());
      assertTrue(v.describe().contains("altered"), v.describe());
    }
  }

  @ParameterizedTest
  @MethodSource("org.crosspoint.store.TestStores#databases")
  void deletedRecordsAreFound(String db) {
    try (TestStores.Handle h = TestStores.open(db, tmp)) {
      appendFive(h);
      h.store()
          .database()
          .inTransaction(
              c -> c.prepareStatement("DELETE FROM audit_log WHERE seq = 2").executeUpdate());
      AuditChain.Verification middle = h.store().verifyAudit();
      assertEquals(2, middle.firstBrokenSeq(), middle.describe());
      h.store()
          .database()
          .inTransaction(
              c -> c.prepareStatement("DELETE FROM audit_log WHERE seq >= 2").executeUpdate());
      AuditChain.Verification tail = h.store().verifyAudit();
      assertFalse(tail.intact(), "removing the newest records must be noticed");
      assertEquals(2, tail.firstBrokenSeq(), tail.describe());
    }
  }

  @ParameterizedTest
  @MethodSource("org.crosspoint.store.TestStores#databases")
  void movingTextBetweenFieldsChangesTheHash(String db) {
    Instant at = Instant.parse("2026-01-01T00:00:00Z");
    String a = AuditChain.hash(1, at, "K", "ab", "c", "p", AuditChain.GENESIS);
    String b = AuditChain.hash(1, at, "K", "a", "bc", "p", AuditChain.GENESIS);
    assertFalse(a.equals(b));
  }
}
