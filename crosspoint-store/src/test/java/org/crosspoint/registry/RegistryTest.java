package org.crosspoint.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.crosspoint.dates.PartialDate;
import org.crosspoint.store.TestStores;
import org.crosspoint.watchlist.Entry;
import org.crosspoint.watchlist.EntryName;
import org.crosspoint.watchlist.EntryStatus;
import org.crosspoint.watchlist.IdentityDocument;
import org.crosspoint.watchlist.ListKind;
import org.crosspoint.watchlist.NameKind;
import org.crosspoint.watchlist.NamePart;
import org.crosspoint.watchlist.SubjectType;
import org.crosspoint.watchlist.Watchlist;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class RegistryTest {
  @TempDir Path tmp;

  static Entry person(String list, String id, String name, String... nationalities) {
    return new Entry(
        Entry.idOf(list, id),
        list,
        id,
        SubjectType.PERSON,
        List.of(
            new EntryName(
                name, NameKind.PRIMARY, null, List.of(new NamePart(NamePart.Role.GIVEN, name))),
            EntryName.of("أبو " + name, NameKind.ORIGINAL_SCRIPT)),
        List.of(new PartialDate(1970, 0, 0, 1972, true), PartialDate.parse("1975-03-02")),
        List.of("Quetta"),
        List.of(nationalities),
        "M",
        List.of(new IdentityDocument("Passport", "AB" + id, "PAK", "")),
        List.of(),
        List.of(),
        "reason",
        "ECL Ordinance",
        "Letter MI/2016/441, Annex A, item " + id,
        java.time.LocalDate.of(2016, 2, 10),
        null,
        EntryStatus.ACTIVE);
  }

  private static Registry withList(TestStores.Handle h, String list) {
    Registry r = h.store().registry();
    r.saveList(Watchlist.of(list, "Exit Control List", ListKind.EXIT_CONTROL, "MoI"), "tester");
    return r;
  }

  @ParameterizedTest
  @MethodSource("org.crosspoint.store.TestStores#databases")
  void entriesReadBackEqualAndSameImportIsANoOp(String kind) {
    try (TestStores.Handle h = TestStores.open(kind, tmp)) {
      Registry r = withList(h, "ecl");
      List<Entry> file =
          List.of(
              person("ecl", "1", "Ali Khan", "PAK"), person("ecl", "2", "Omar Shah", "AFG", "PAK"));
      ImportResult first = r.importEntries("ecl", file, "ecl.csv", "tester");
      assertEquals(List.of("ecl:1", "ecl:2"), first.added());
      assertEquals(file, r.entries("ecl"));
      assertEquals(file.get(0), r.entry("ecl:1").orElseThrow());
      long counter = r.changeCounter();
      ImportResult again = r.importEntries("ecl", file, "ecl.csv", "tester");
      assertTrue(again.isEmpty());
      assertEquals(2, again.unchanged());
      assertEquals(counter, r.changeCounter(), "a no-op import is not a change");
      assertEquals(Map.of("PAK", 2, "AFG", 1), r.nationalityCounts("ecl"));
      assertEquals(Map.of(SubjectType.PERSON, 2), r.typeCounts("ecl"));
      assertEquals(1, r.lists().size());
      assertEquals(ListKind.EXIT_CONTROL, r.list("ecl").orElseThrow().kind());
    }
  }

  @ParameterizedTest
  @MethodSource("org.crosspoint.store.TestStores#databases")
  void newerFileChangesAddsAndDelistsWithHistoryAndAsOf(String kind) throws Exception {
    try (TestStores.Handle h = TestStores.open(kind, tmp)) {
      Registry r = withList(h, "ecl");
      r.importEntries(
          "ecl",
          List.of(person("ecl", "1", "Ali Khan", "PAK"), person("ecl", "2", "Omar Shah", "AFG")),
          "v1.csv",
          "alice");
      Instant between = Instant.now();
      Thread.sleep(5);
      ImportResult d =
          r.importEntries(
              "ecl",
              List.of(person("ecl", "1", "Ali Khan", "IRN"), person("ecl", "3", "Zaid", "SYR")),
              "v2.csv",
              "bob");
      assertEquals(List.of("ecl:3"), d.added());
      assertEquals(List.of("ecl:1"), d.changed());
      assertEquals(List.of("ecl:2"), d.removed());
      assertEquals(EntryStatus.DELISTED, r.entry("ecl:2").orElseThrow().status());
      assertEquals(List.of("ecl:1", "ecl:3"), r.entries("ecl").stream().map(Entry::id).toList());
      assertTrue(r.wasListed("ecl:2", "ecl", between));
      assertFalse(r.wasListed("ecl:2", "ecl", Instant.now()));
      assertFalse(r.wasListed("ecl:3", "ecl", between));
      assertEquals(List.of("PAK"), r.entryAsOf("ecl:1", between).orElseThrow().nationalities());
      assertEquals(
          List.of("IRN"), r.entryAsOf("ecl:1", Instant.now()).orElseThrow().nationalities());
      List<EntryVersion> hist = r.history("ecl:1");
      assertEquals(2, hist.size());
      assertEquals("alice", hist.get(0).actor());
      assertEquals("bob", hist.get(1).actor());
      assertEquals(hist.get(1).validFrom(), hist.get(0).validTo());
      assertEquals(null, hist.get(1).validTo());
      // listed again
      ImportResult back =
          r.importEntries(
              "ecl",
              List.of(
                  person("ecl", "1", "Ali Khan", "IRN"),
                  person("ecl", "2", "Omar Shah", "AFG"),
                  person("ecl", "3", "Zaid", "SYR")),
              "v3.csv",
              "bob");
      assertEquals(List.of("ecl:2"), back.added());
      assertEquals(3, r.history("ecl:2").size());
    }
  }

  @ParameterizedTest
  @MethodSource("org.crosspoint.store.TestStores#databases")
  void failedImportLeavesRegistryExactlyAsItWas(String kind) {
    try (TestStores.Handle h = TestStores.open(kind, tmp)) {
      Registry r = withList(h, "ecl");
      r.importEntries("ecl", List.of(person("ecl", "1", "Ali Khan", "PAK")), "v1.csv", "t");
      long counter = r.changeCounter();
      List<Entry> before = r.activeEntries();
      // An entry whose name is too long for nothing... use a duplicate id: rejected before writing.
      List<Entry> dup = List.of(person("ecl", "2", "A"), person("ecl", "2", "B"));
      assertThrows(
          IllegalArgumentException.class, () -> r.importEntries("ecl", dup, "bad.csv", "t"));
      IllegalArgumentException empty =
          assertThrows(
              IllegalArgumentException.class,
              () -> r.importEntries("ecl", List.of(), "empty.csv", "t"));
      assertEquals(
          "empty.csv has no entries; refusing to delist all 1 active entries of ecl",
          empty.getMessage());
      // A failure inside the transaction after rows were written: the table the last statement
      // needs is gone, so the import fails at its very end and must roll back everything.
      List<Entry> many = new ArrayList<>();
      for (int i = 0; i < 50; i++) {
        many.add(person("ecl", "n" + i, "Name " + i, "PAK"));
      }
      h.store().database().inTransaction(c -> c.createStatement().execute("DROP TABLE entry_name"));
      assertThrows(RuntimeException.class, () -> r.importEntries("ecl", many, "v2.csv", "t"));
      h.store()
          .database()
          .inTransaction(
              c ->
                  c.createStatement()
                      .execute(
                          "CREATE TABLE entry_name (entry_id TEXT NOT NULL, list_id TEXT NOT NULL, name_key TEXT NOT NULL)"));
      assertEquals(counter, r.changeCounter());
      assertEquals(before, r.activeEntries());
      assertEquals(1, r.history("ecl:1").size());
      assertTrue(r.entry("ecl:n0").isEmpty());
    }
  }

  @ParameterizedTest
  @MethodSource("org.crosspoint.store.TestStores#databases")
  void putDelistAndSearchIgnoringCaseAndDiacritics(String kind) {
    try (TestStores.Handle h = TestStores.open(kind, tmp)) {
      Registry r = withList(h, "ecl");
      r.putEntry(person("ecl", "1", "Mūsā al-Kāẓim"), "alice", "Letter 12");
      r.putEntry(person("ecl", "2", "Musa Khan"), "alice", "Letter 12");
      assertEquals(
          List.of("ecl:1", "ecl:2"), r.search("MUSA", 10).stream().map(Entry::id).toList());
      assertEquals(List.of("ecl:1"), r.search("al kazim", 10).stream().map(Entry::id).toList());
      assertEquals(List.of("ecl:1", "ecl:2"), r.search("أبو", 10).stream().map(Entry::id).toList());
      assertEquals(List.of(), r.search("100%", 10));
      r.delist("ecl:2", "bob", "court order");
      assertEquals(1, r.activeEntries().size());
      assertThrows(IllegalArgumentException.class, () -> r.delist("ecl:2", "bob", "again"));
      assertEquals("DELIST", r.history("ecl:2").get(1).action());
      assertEquals("court order", r.history("ecl:2").get(1).detail());
      assertThrows(
          IllegalArgumentException.class, () -> r.putEntry(person("nolist", "1", "X"), "a", "b"));
    }
  }

  @ParameterizedTest
  @MethodSource("org.crosspoint.store.TestStores#databases")
  void tenThousandActiveEntriesAllComeBackWhole(String kind) {
    // Speed is measured by the benchmarks (index compile time in screen-manifest), not here.
    try (TestStores.Handle h = TestStores.open(kind, tmp)) {
      Registry r = withList(h, "big");
      List<Entry> many = new ArrayList<>();
      for (int i = 0; i < 10_000; i++) {
        many.add(person("big", Integer.toString(i), "Person " + i, "PAK"));
      }
      r.importEntries("big", many, "big.csv", "t");
      List<Entry> active = r.activeEntries();
      assertEquals(10_000, active.size());
      java.util.Set<String> names = new java.util.HashSet<>();
      for (Entry e : active) {
        names.add(e.displayName());
      }
      assertEquals(10_000, names.size(), "every entry once, with its own name");
      assertTrue(names.contains("Person 0") && names.contains("Person 9999"));
    }
  }

  @ParameterizedTest
  @MethodSource("org.crosspoint.store.TestStores#databases")
  void concurrentWritersFromTwoThreadsAllCommitWithDistinctChanges(String kind) throws Exception {
    try (TestStores.Handle h = TestStores.open(kind, tmp)) {
      Registry r = withList(h, "ecl");
      long before = r.changeCounter();
      java.util.concurrent.ExecutorService pool =
          java.util.concurrent.Executors.newFixedThreadPool(2);
      try {
        List<java.util.concurrent.Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < 2; t++) {
          int thread = t;
          futures.add(
              pool.submit(
                  () -> {
                    for (int i = 0; i < 15; i++) {
                      r.putEntry(
                          person("ecl", thread + "-" + i, "Name " + i, "PAK"), "t" + thread, "x");
                    }
                  }));
        }
        for (java.util.concurrent.Future<?> f : futures) {
          f.get();
        }
      } finally {
        pool.shutdown();
      }
      assertEquals(before + 30, r.changeCounter());
      assertEquals(30, r.entries("ecl").size());
    }
  }
}
