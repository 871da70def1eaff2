package org.crosspoint.bulletin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.crosspoint.bulletin.Bulletins.Bulletin;
import org.crosspoint.bulletin.Bulletins.Severity;
import org.crosspoint.store.TestStores;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class BulletinsTest {
  @TempDir Path tmp;

  @ParameterizedTest
  @MethodSource("org.crosspoint.store.TestStores#databases")
  void eachRecipientAcknowledgesOnceAndPendingListsTheRest(String db) {
    try (TestStores.Handle h = TestStores.open(db, tmp)) {
      Bulletins b = h.store().bulletins();
      Bulletin issued =
          b.issue(
              "Daesh recruitment through Syrian travel documents",
              "Scrutinise travel on Syrian travel documents at international crossing points.",
              Severity.HIGH,
              "NACTA/2016/17",
              "nacta.cell",
              List.of("Punjab Police", "Sindh Police", "FIA Immigration", "Punjab Police"),
              Instant.parse("2016-06-05T09:00:00Z"));
      assertEquals(3, issued.recipients().size());
      assertEquals(3, issued.pending());

      Bulletin acked =
          b.acknowledge(
              issued.id(), "Sindh Police", "dsp.karachi", Instant.parse("2016-06-05T10:00:00Z"));
      assertEquals(2, acked.pending());
      b.acknowledge(
          issued.id(), "Sindh Police", "someone else", Instant.parse("2016-06-06T10:00:00Z"));
      Bulletin again = b.find(issued.id()).orElseThrow();
      assertEquals(
          "dsp.karachi",
          again.recipients().stream()
              .filter(r -> r.agency().equals("Sindh Police"))
              .findFirst()
              .orElseThrow()
              .acknowledgedBy(),
          "the first acknowledgement stands");

      assertEquals(1, b.list("Punjab Police").size());
      assertEquals(0, b.list("Sindh Police").size());
      assertThrows(
          IllegalArgumentException.class,
          () -> b.acknowledge(issued.id(), "KPK Police", "x", Instant.EPOCH));
      assertTrue(h.store().verifyAudit().intact());
      assertEquals(2, h.store().verifyAudit().records());
    }
  }

  @ParameterizedTest
  @MethodSource("org.crosspoint.store.TestStores#databases")
  void bulletinWithoutRecipientsIsRefused(String db) {
    try (TestStores.Handle h = TestStores.open(db, tmp)) {
      IllegalArgumentException e =
          assertThrows(
              IllegalArgumentException.class,
              () ->
                  h.store()
                      .bulletins()
                      .issue("t", "", Severity.LOW, "", "me", List.of(" "), Instant.EPOCH));
      assertTrue(e.getMessage().contains("recipient"));
    }
  }
}
