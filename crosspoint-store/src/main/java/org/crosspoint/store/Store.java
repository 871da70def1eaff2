package org.crosspoint.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.crosspoint.audit.AuditChain;
import org.crosspoint.bulletin.Bulletins;
import org.crosspoint.encounter.EncounterStore;
import org.crosspoint.registry.Registry;

/**
 * Crosspoint's system of record: one SQL database (a SQLite file by default, or PostgreSQL), its
 * schema brought up to date by {@link Migrations} on open, and the stores on it.
 */
public final class Store implements AutoCloseable {
  /** The SQLite file inside a Crosspoint home directory. */
  public static final String DB_FILE = "crosspoint.db";

  private final Database database;
  private final Registry registry;
  private final AuditChain audit = new AuditChain();
  private final EncounterStore encounters;
  private final Bulletins bulletins;

  private Store(Database database) {
    this.database = database;
    Migrations.migrate(database);
    this.registry = Registry.on(database);
    this.encounters = new EncounterStore(database, audit);
    this.bulletins = new Bulletins(database, audit);
  }

  /** Opens (creating if needed) {@code home/crosspoint.db} and migrates it. */
  public static Store open(Path home) {
    try {
      Files.createDirectories(home);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create home directory " + home, e);
    }
    return new Store(new Database("jdbc:sqlite:" + home.resolve(DB_FILE).toAbsolutePath()));
  }

  /**
   * Opens a database by JDBC URL: {@code jdbc:sqlite:FILE} or {@code
   * jdbc:postgresql://HOST:PORT/DB?user=U&currentSchema=S}, and migrates it.
   */
  public static Store openUrl(String jdbcUrl) {
    Database db = new Database(jdbcUrl);
    try {
      return new Store(db);
    } catch (RuntimeException e) {
      db.close();
      throw e;
    }
  }

  /** Connection and transaction helpers, for the other stores on this database. */
  public Database database() {
    return database;
  }

  public Registry registry() {
    return registry;
  }

  /** The hash-chained audit trail; appends run inside a caller's transaction. */
  public AuditChain audit() {
    return audit;
  }

  /** Encounters, decisions, dispositions, cleared pairs and sightings. */
  public EncounterStore encounters() {
    return encounters;
  }

  /** Threat bulletins to recipient agencies, with acknowledgement (S9). */
  public Bulletins bulletins() {
    return bulletins;
  }

  /** Verifies the whole audit chain. */
  public AuditChain.Verification verifyAudit() {
    return database.read(audit::verify);
  }

  @Override
  public void close() {
    database.close();
  }
}
