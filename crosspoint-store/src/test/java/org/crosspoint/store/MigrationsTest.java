package org.crosspoint.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class MigrationsTest {
  @TempDir Path tmp;

  @Test
  void discoversRegistryMigrationOnClasspath() {
    List<Migrations.Migration> all = Migrations.discover(Migrations.class.getClassLoader());
    assertEquals(1, all.get(0).version());
    assertEquals("registry", all.get(0).name());
  }

  @Test
  void splitsStatementsAtLineEndSemicolons() {
    assertEquals(
        List.of("CREATE TABLE a (x TEXT)", "CREATE INDEX i ON a (x)"),
        Migrations.statements(
            "-- comment;\nCREATE TABLE a (x TEXT);\n\nCREATE INDEX i ON a (x);\n"));
  }

  @ParameterizedTest
  @MethodSource("org.crosspoint.store.TestStores#databases")
  void migratingTwiceAppliesNothingTheSecondTime(String kind) {
    try (TestStores.Handle h = TestStores.open(kind, tmp)) {
      assertEquals(List.of(), Migrations.migrate(h.store().database()));
    }
  }

  @ParameterizedTest
  @MethodSource("org.crosspoint.store.TestStores#databases")
  void laterMigrationsApplyInOrderAndAFailingOneLeavesNoTrace(String kind) {
    try (TestStores.Handle h = TestStores.open(kind, tmp)) {
      Database db = h.store().database();
      StoreException e =
          assertThrows(
              StoreException.class,
              () ->
                  Migrations.migrate(
                      db,
                      List.of(
                          new Migrations.Migration(98, "extra", "CREATE TABLE extra98 (x TEXT);\n"),
                          new Migrations.Migration(
                              99,
                              "broken",
                              "CREATE TABLE extra99 (x TEXT);\nCREATE TABLE nonsense (;\n"))));
      assertTrue(e.getMessage().contains("V99__broken"), e.getMessage());
      List<Integer> versions =
          db.read(
              c -> {
                List<Integer> v = new java.util.ArrayList<>();
                try (var rs =
                    c.createStatement()
                        .executeQuery("SELECT version FROM schema_version ORDER BY version")) {
                  while (rs.next()) {
                    v.add(rs.getInt(1));
                  }
                }
                return v;
              });
      // Every shipped migration plus 98; the failing 99 left no row.
      assertEquals(98, versions.get(versions.size() - 1), versions.toString());
      assertTrue(versions.contains(1), versions.toString());
      assertFalse(versions.contains(99), versions.toString());
      // extra99 was rolled back with its migration
      assertThrows(
          StoreException.class,
          () -> db.read(c -> c.createStatement().executeQuery("SELECT * FROM extra99").next()));
    }
  }

  @ParameterizedTest
  @MethodSource("org.crosspoint.store.TestStores#databases")
  void changedAppliedMigrationIsRefused(String kind) {
    try (TestStores.Handle h = TestStores.open(kind, tmp)) {
      Database db = h.store().database();
      Migrations.migrate(
          db, List.of(new Migrations.Migration(97, "x", "CREATE TABLE t97 (x TEXT);\n")));
      StoreException e =
          assertThrows(
              StoreException.class,
              () ->
                  Migrations.migrate(
                      db,
                      List.of(new Migrations.Migration(97, "x", "CREATE TABLE t97 (y TEXT);\n"))));
      assertTrue(e.getMessage().contains("changed after it was applied"), e.getMessage());
    }
  }
}
