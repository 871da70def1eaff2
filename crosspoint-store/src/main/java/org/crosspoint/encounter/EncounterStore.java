package org.crosspoint.encounter;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import org.crosspoint.audit.AuditChain;
import org.crosspoint.store.Database;

/**
 * Encounters at crossing points with their decisions, officers' dispositions, the cleared-traveller
 * record, and sightings. Every write appends to the audit chain in the same transaction, so an
 * acknowledged encounter is durable and audited, or neither (a kill -9 after the commit loses
 * nothing: SQLite's WAL and PostgreSQL's WAL hold the committed transaction). Thread-safe; the
 * writer is one daemon thread started on the first save.
 */
public final class EncounterStore {
  /** The three dispositions an officer can record (issue 4). */
  public enum Disposition {
    TRUE_MATCH,
    FALSE_MATCH,
    REFERRED
  }

  /**
   * One stored encounter.
   *
   * @param documentKey issuing state + document number (or name + date of birth when there is no
   *     document): the traveller identity a cleared pair is tied to
   * @param payload the encounter and its decision as JSON
   */
  public record StoredEncounter(
      String id,
      Instant at,
      String crossingPoint,
      String direction,
      String officer,
      String travellerName,
      String documentKey,
      String outcome,
      String payload) {}

  /** A HIT seen as a sighting of the listed subject (mission S5). */
  public record Sighting(
      String entryId, String encounterId, Instant at, String crossingPoint, String direction) {}

  /** A recorded disposition. */
  public record StoredDisposition(
      String id,
      String encounterId,
      String entryId,
      Disposition disposition,
      String note,
      String officer,
      Instant at) {}

  private final Database db;
  private final AuditChain audit;

  public EncounterStore(Database db, AuditChain audit) {
    this.db = db;
    this.audit = audit;
  }

  /** One encounter waiting for the writer, and who waits for its commit. */
  private record Pending(
      StoredEncounter encounter, Set<String> hits, CompletableFuture<Void> done) {}

  private static final int MAX_BATCH = 256;
  private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>(16_384);
  private volatile Thread writer;

  /**
   * Stores an encounter, a sighting per HIT entry, and its audit record, and returns once they are
   * committed.
   *
   * <p>Group commit: callers on many threads hand their encounter to one writer thread, which
   * commits everything waiting (up to {@value #MAX_BATCH}) in one transaction and then releases the
   * callers. One writer suits SQLite's single write lock and keeps the audit chain in one order; a
   * batch costs one fsync instead of one per encounter. A caller is released only after the commit,
   * so what was acknowledged is on disk. If a batch fails, its encounters are retried one by one so
   * that only the bad one fails.
   *
   * @throws org.crosspoint.store.StoreException when the encounter could not be stored
   */
  public void save(StoredEncounter e, Set<String> hitEntryIds) {
    Pending p = new Pending(e, Set.copyOf(hitEntryIds), new CompletableFuture<>());
    startWriter();
    try {
      queue.put(p);
      p.done().get();
    } catch (InterruptedException ie) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while storing encounter " + e.id(), ie);
    } catch (ExecutionException ee) {
      Throwable cause = ee.getCause();
      if (cause instanceof RuntimeException re) {
        throw re;
      }
      throw new IllegalStateException(cause);
    }
  }

  private void startWriter() {
    if (writer != null) {
      return;
    }
    synchronized (this) {
      if (writer == null) {
        Thread t = new Thread(this::writeLoop, "crosspoint-encounter-writer");
        t.setDaemon(true);
        t.start();
        writer = t;
      }
    }
  }

  private void writeLoop() {
    List<Pending> batch = new ArrayList<>(MAX_BATCH);
    while (true) {
      try {
        batch.add(queue.take());
      } catch (InterruptedException e) {
        return;
      }
      queue.drainTo(batch, MAX_BATCH - 1);
      try {
        db.inTransaction(
            c -> {
              for (Pending p : batch) {
                insert(c, p.encounter(), p.hits());
              }
              return null;
            });
        batch.forEach(p -> p.done().complete(null));
      } catch (RuntimeException failed) {
        for (Pending p : batch) {
          try {
            db.inTransaction(c -> insert(c, p.encounter(), p.hits()));
            p.done().complete(null);
          } catch (RuntimeException one) {
            p.done().completeExceptionally(one);
          }
        }
      }
      batch.clear();
    }
  }

  private Void insert(Connection c, StoredEncounter e, Set<String> hitEntryIds)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO encounter (id, at, crossing_point, direction, officer,"
                + " traveller_name, document_key, outcome, payload)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      ps.setString(1, e.id());
      ps.setString(2, e.at().toString());
      ps.setString(3, e.crossingPoint());
      ps.setString(4, e.direction());
      ps.setString(5, e.officer());
      ps.setString(6, e.travellerName());
      ps.setString(7, e.documentKey());
      ps.setString(8, e.outcome());
      ps.setString(9, e.payload());
      ps.executeUpdate();
    }
    for (String entryId : hitEntryIds) {
      try (PreparedStatement ps =
          c.prepareStatement(
              "INSERT INTO sighting (id, entry_id, encounter_id, at, crossing_point,"
                  + " direction) VALUES (?, ?, ?, ?, ?, ?)")) {
        ps.setString(1, UUID.randomUUID().toString());
        ps.setString(2, entryId);
        ps.setString(3, e.id());
        ps.setString(4, e.at().toString());
        ps.setString(5, e.crossingPoint());
        ps.setString(6, e.direction());
        ps.executeUpdate();
      }
    }
    audit.append(c, "ENCOUNTER", e.id(), e.officer(), e.at(), e.payload());
    return null;
  }

  /**
   * Records an officer's disposition of one entry in one encounter. A FALSE_MATCH also clears the
   * pair (the encounter's document, that entry at {@code entryVersion}) for later encounters, until
   * the entry changes. A traveller without a document number is never cleared automatically.
   *
   * @throws IllegalArgumentException when the encounter does not exist
   */
  public StoredDisposition dispose(
      String encounterId,
      String entryId,
      Disposition disposition,
      String note,
      String officer,
      String entryVersion,
      Instant at) {
    return db.inTransaction(
        c -> {
          StoredEncounter e =
              find(c, encounterId)
                  .orElseThrow(
                      () -> new IllegalArgumentException("no encounter with id " + encounterId));
          String id = UUID.randomUUID().toString();
          try (PreparedStatement ps =
              c.prepareStatement(
                  "INSERT INTO disposition (id, encounter_id, entry_id, disposition, note,"
                      + " officer, at) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, id);
            ps.setString(2, encounterId);
            ps.setString(3, entryId);
            ps.setString(4, disposition.name());
            ps.setString(5, note);
            ps.setString(6, officer);
            ps.setString(7, at.toString());
            ps.executeUpdate();
          }
          // Without a document number there is no traveller identity to tie a clearance to.
          if (disposition == Disposition.FALSE_MATCH && !e.documentKey().isEmpty()) {
            try (PreparedStatement ps =
                c.prepareStatement(
                    "INSERT INTO cleared_pair (document_key, entry_id, entry_version,"
                        + " disposition_id, at) VALUES (?, ?, ?, ?, ?)"
                        + " ON CONFLICT (document_key, entry_id) DO UPDATE SET"
                        + " entry_version = excluded.entry_version,"
                        + " disposition_id = excluded.disposition_id, at = excluded.at")) {
              ps.setString(1, e.documentKey());
              ps.setString(2, entryId);
              ps.setString(3, entryVersion);
              ps.setString(4, id);
              ps.setString(5, at.toString());
              ps.executeUpdate();
            }
          }
          String payload =
              toJson(
                  Map.of(
                      "encounter", encounterId,
                      "entry", entryId,
                      "disposition", disposition.name(),
                      "note", note));
          audit.append(c, "DISPOSITION", encounterId, officer, at, payload);
          return new StoredDisposition(id, encounterId, entryId, disposition, note, officer, at);
        });
  }

  /** Entry id → entry version of every pair cleared for this traveller document. */
  public Map<String, String> clearedFor(String documentKey) {
    return db.read(
        c -> {
          Map<String, String> out = new HashMap<>();
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT entry_id, entry_version FROM cleared_pair WHERE document_key = ?")) {
            ps.setString(1, documentKey);
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                out.put(rs.getString(1), rs.getString(2));
              }
            }
          }
          return out;
        });
  }

  public Optional<StoredEncounter> encounter(String id) {
    return db.read(c -> find(c, id));
  }

  /** The most recent encounters, newest first. */
  public List<StoredEncounter> recent(int limit) {
    return db.read(
        c -> {
          List<StoredEncounter> out = new ArrayList<>();
          try (PreparedStatement ps = c.prepareStatement(SELECT + " ORDER BY at DESC, id")) {
            ps.setMaxRows(limit);
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                out.add(read(rs));
              }
            }
          }
          return out;
        });
  }

  public long count() {
    return db.read(
        c -> {
          try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM encounter");
              ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
          }
        });
  }

  public List<StoredDisposition> dispositions(String encounterId) {
    return db.read(
        c -> {
          List<StoredDisposition> out = new ArrayList<>();
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT id, encounter_id, entry_id, disposition, note, officer, at"
                      + " FROM disposition WHERE encounter_id = ? ORDER BY at, id")) {
            ps.setString(1, encounterId);
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                out.add(
                    new StoredDisposition(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        Disposition.valueOf(rs.getString(4)),
                        rs.getString(5),
                        rs.getString(6),
                        Instant.parse(rs.getString(7))));
              }
            }
          }
          return out;
        });
  }

  /** Every sighting of an entry, newest first: where and when the subject was seen. */
  public List<Sighting> sightings(String entryId) {
    return db.read(
        c -> {
          List<Sighting> out = new ArrayList<>();
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT entry_id, encounter_id, at, crossing_point, direction FROM sighting"
                      + " WHERE entry_id = ? ORDER BY at DESC")) {
            ps.setString(1, entryId);
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                out.add(
                    new Sighting(
                        rs.getString(1),
                        rs.getString(2),
                        Instant.parse(rs.getString(3)),
                        rs.getString(4),
                        rs.getString(5)));
              }
            }
          }
          return out;
        });
  }

  private static final String SELECT =
      "SELECT id, at, crossing_point, direction, officer, traveller_name, document_key, outcome,"
          + " payload FROM encounter";

  private static Optional<StoredEncounter> find(Connection c, String id) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(SELECT + " WHERE id = ?")) {
      ps.setString(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(read(rs)) : Optional.empty();
      }
    }
  }

  private static StoredEncounter read(ResultSet rs) throws SQLException {
    return new StoredEncounter(
        rs.getString(1),
        Instant.parse(rs.getString(2)),
        rs.getString(3),
        rs.getString(4),
        rs.getString(5),
        rs.getString(6),
        rs.getString(7),
        rs.getString(8),
        rs.getString(9));
  }

  private static String toJson(Map<String, String> fields) {
    try {
      return JSON.writeValueAsString(new java.util.TreeMap<>(fields));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static final com.fasterxml.jackson.databind.ObjectMapper JSON =
      new com.fasterxml.jackson.databind.ObjectMapper();
}
