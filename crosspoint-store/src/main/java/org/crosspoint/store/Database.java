package org.crosspoint.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Properties;
import org.sqlite.SQLiteConfig;

/**
 * A SQL database, SQLite or PostgreSQL, with transaction helpers for every store.
 *
 * <p>Implementation notes. SQLite runs in WAL mode, so readers never wait for the writer, with a 10
 * s busy timeout, and every transaction begins IMMEDIATE: it takes the write lock at BEGIN, so two
 * writers queue instead of failing with SQLITE_BUSY halfway through. On PostgreSQL, a store that
 * must serialise its writers (e.g. to number its changes) calls {@link #serialize} inside its
 * transaction, which takes a transaction-scoped advisory lock. Connections are reused from a small
 * idle pool. Thread-safe.
 */
public final class Database implements AutoCloseable {
  /** The two databases Crosspoint runs on. */
  public enum Dialect {
    SQLITE,
    POSTGRESQL
  }

  /** Work done with a connection; may throw SQLException. */
  @FunctionalInterface
  public interface SqlWork<T> {
    T run(Connection c) throws SQLException;
  }

  private static final int MAX_IDLE = 32;

  private final String url;
  private final Dialect dialect;
  private final Properties properties;
  private final Deque<Connection> idle = new ArrayDeque<>();
  private boolean closed;

  Database(String url) {
    this.url = url;
    if (url.startsWith("jdbc:sqlite:")) {
      dialect = Dialect.SQLITE;
      SQLiteConfig config = new SQLiteConfig();
      config.setJournalMode(SQLiteConfig.JournalMode.WAL);
      config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
      config.setBusyTimeout(10_000);
      config.enforceForeignKeys(true);
      config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
      properties = config.toProperties();
    } else if (url.startsWith("jdbc:postgresql:")) {
      dialect = Dialect.POSTGRESQL;
      properties = new Properties();
    } else {
      throw new IllegalArgumentException(
          "unsupported database URL '" + url + "'; use jdbc:sqlite:FILE or jdbc:postgresql://...");
    }
  }

  public Dialect dialect() {
    return dialect;
  }

  /** The JDBC URL this database was opened with. */
  public String url() {
    return url;
  }

  /** The URL without its query string, which may hold credentials: safe to print. */
  @Override
  public String toString() {
    int q = url.indexOf('?');
    return q < 0 ? url : url.substring(0, q);
  }

  /**
   * Runs {@code work} in one transaction: committed when it returns, rolled back when it throws
   * (the exception is rethrown; a {@link SQLException} wrapped in {@link StoreException}).
   */
  public <T> T inTransaction(SqlWork<T> work) {
    Connection c = borrow();
    boolean ok = false;
    try {
      c.setAutoCommit(false);
      T result = work.run(c);
      c.commit();
      // sqlite-jdbc begins the next transaction right after a commit; with IMMEDIATE that would
      // keep the write lock on an idle pooled connection. Back to autocommit ends it.
      c.setAutoCommit(true);
      ok = true;
      return result;
    } catch (SQLException e) {
      throw new StoreException("database error: " + e.getMessage(), e);
    } finally {
      if (!ok) {
        try {
          c.rollback();
        } catch (SQLException ignored) {
          // the connection is discarded below
        }
      }
      release(c, ok);
    }
  }

  /**
   * Runs read-only {@code work} outside any explicit transaction (each statement sees a snapshot).
   */
  public <T> T read(SqlWork<T> work) {
    Connection c = borrow();
    boolean ok = false;
    try {
      c.setAutoCommit(true);
      T result = work.run(c);
      ok = true;
      return result;
    } catch (SQLException e) {
      throw new StoreException("database error: " + e.getMessage(), e);
    } finally {
      release(c, ok);
    }
  }

  /**
   * Serialises writers of {@code name} until the current transaction ends: a no-op on SQLite (whose
   * transactions already take the write lock at BEGIN), a transaction advisory lock on PostgreSQL.
   */
  public void serialize(Connection c, String name) throws SQLException {
    if (dialect == Dialect.POSTGRESQL) {
      try (var ps = c.prepareStatement("SELECT pg_advisory_xact_lock(?)")) {
        ps.setLong(1, name.hashCode());
        ps.executeQuery().close();
      }
    }
  }

  private synchronized Connection pooled() {
    if (closed) {
      throw new IllegalStateException("database is closed");
    }
    return idle.pollFirst();
  }

  private Connection borrow() {
    Connection c = pooled();
    if (c != null) {
      return c;
    }
    try {
      Connection fresh = DriverManager.getConnection(url, properties);
      if (dialect == Dialect.SQLITE) {
        try (Statement s = fresh.createStatement()) {
          s.execute("PRAGMA busy_timeout = 10000");
        }
      }
      return fresh;
    } catch (SQLException e) {
      throw new StoreException("cannot open database " + this + ": " + e.getMessage(), e);
    }
  }

  private void release(Connection c, boolean reusable) {
    synchronized (this) {
      if (reusable && !closed && idle.size() < MAX_IDLE) {
        idle.addFirst(c);
        return;
      }
    }
    try {
      c.close();
    } catch (SQLException ignored) {
      // nothing useful to do with a failure to close
    }
  }

  @Override
  public void close() {
    Deque<Connection> toClose;
    synchronized (this) {
      closed = true;
      toClose = new ArrayDeque<>(idle);
      idle.clear();
    }
    for (Connection c : toClose) {
      try {
        c.close();
      } catch (SQLException ignored) {
        // closing anyway
      }
    }
  }
}
