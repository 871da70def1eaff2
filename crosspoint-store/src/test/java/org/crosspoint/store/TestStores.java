package org.crosspoint.store;

import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * Real databases for store tests: SQLite always; PostgreSQL at 127.0.0.1:5432 when it answers, each
 * test in its own schema, dropped afterwards; skipped (not failed) when the server is absent.
 */
public final class TestStores {
  static final String PG = "jdbc:postgresql://127.0.0.1:5432/test?user=postgres";

  private TestStores() {}

  /** Parameter source: {@code @MethodSource("org.crosspoint.store.TestStores#databases")}. */
  public static Stream<String> databases() {
    return Stream.of("sqlite", "postgresql");
  }

  /** A store and what to clean up after it. */
  public record Handle(Store store, String schema) implements AutoCloseable {
    @Override
    public void close() {
      store.close();
      if (schema != null) {
        try (Connection c = DriverManager.getConnection(PG);
            Statement s = c.createStatement()) {
          s.execute("DROP SCHEMA " + schema + " CASCADE");
        } catch (SQLException e) {
          throw new IllegalStateException("cannot drop test schema " + schema, e);
        }
      }
    }
  }

  public static Handle open(String kind, Path tmp) {
    if (kind.equals("sqlite")) {
      return new Handle(Store.open(tmp.resolve("home")), null);
    }
    Assumptions.assumeTrue(pgReachable(), "PostgreSQL is not reachable at 127.0.0.1:5432");
    String schema =
        "t_" + Long.toHexString(new Random().nextLong() & Long.MAX_VALUE).toLowerCase(Locale.ROOT);
    try (Connection c = DriverManager.getConnection(PG);
        Statement s = c.createStatement()) {
      s.execute("CREATE SCHEMA " + schema);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot create test schema", e);
    }
    return new Handle(Store.openUrl(PG + "&currentSchema=" + schema), schema);
  }

  public static boolean pgReachable() {
    try (Socket s = new Socket()) {
      s.connect(new InetSocketAddress("127.0.0.1", 5432), 300);
      return true;
    } catch (java.io.IOException e) {
      return false;
    }
  }
}
