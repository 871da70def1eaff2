package org.crosspoint.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.List;
import org.crosspoint.dates.PartialDate;
import org.crosspoint.store.Store;
import org.crosspoint.watchlist.Entry;
import org.crosspoint.watchlist.EntryName;
import org.crosspoint.watchlist.EntryStatus;
import org.crosspoint.watchlist.ListKind;
import org.crosspoint.watchlist.NameKind;
import org.crosspoint.watchlist.SubjectType;
import org.crosspoint.watchlist.Watchlist;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Headquarters signs a snapshot; a land post loads only what verifies. */
class OfflineCommandTest {
  @TempDir Path tmp;

  @Test
  void signedSnapshotLoadsAtThePostAndATamperedOneLoadsNothing() throws Exception {
    Path hq = tmp.resolve("hq");
    Path post = tmp.resolve("post");
    try (Store s = Store.open(hq)) {
      s.registry().saveList(Watchlist.of("red", "Red alert", ListKind.RED_ALERT, "MoI"), "t");
      s.registry()
          .putEntry(
              new Entry(
                  "red:1",
                  "red",
                  "1",
                  SubjectType.PERSON,
                  List.of(
                      EntryName.of("Fares al-Aruri", NameKind.PRIMARY),
                      EntryName.of("فارس العاروري", NameKind.ORIGINAL_SCRIPT)),
                  List.of(PartialDate.parse("circa 1980")),
                  List.of(),
                  List.of("SYR"),
                  "M",
                  List.of(),
                  List.of(),
                  List.of(),
                  "annex A",
                  "ATA 1997",
                  "Letter 441, Annex A, item 1",
                  LocalDate.of(2016, 6, 1),
                  null,
                  EntryStatus.ACTIVE),
              "t",
              "test");
    }
    Path keys = tmp.resolve("keys");
    Path snap = tmp.resolve("snap.json.gz");
    assertEquals(0, BorderCommandsTest.run("offline", "keygen", "--out", keys.toString()).exit());
    BorderCommandsTest.Run export =
        BorderCommandsTest.run(
            "offline",
            "export-lists",
            "--home",
            hq.toString(),
            "--key",
            keys.resolve("private.key").toString(),
            "--out",
            snap.toString());
    assertEquals(0, export.exit(), export.err());
    BorderCommandsTest.Run load =
        BorderCommandsTest.run(
            "offline",
            "import-lists",
            "--home",
            post.toString(),
            "--public-key",
            keys.resolve("public.key").toString(),
            snap.toString());
    assertEquals(0, load.exit(), load.err());
    try (Store s = Store.open(post)) {
      Entry e = s.registry().entry("red:1").orElseThrow();
      assertEquals("فارس العاروري", e.names().get(1).full());
      assertTrue(e.birthDates().get(0).approximate());
    }

    Files.write(snap, new byte[] {1}, StandardOpenOption.APPEND);
    Path other = tmp.resolve("other");
    BorderCommandsTest.Run tampered =
        BorderCommandsTest.run(
            "offline",
            "import-lists",
            "--home",
            other.toString(),
            "--public-key",
            keys.resolve("public.key").toString(),
            snap.toString());
    assertEquals(2, tampered.exit());
    assertTrue(tampered.err().contains("signature does not verify"), tampered.err());
    try (Store s = Store.open(other)) {
      assertTrue(s.registry().lists().isEmpty());
    }
  }
}
