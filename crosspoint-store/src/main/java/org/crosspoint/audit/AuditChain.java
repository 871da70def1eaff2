package org.crosspoint.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The append-only, hash-chained audit trail of every encounter, decision, disposition and registry
 * change.
 *
 * <p>Implementation notes: record {@code n} stores {@code hash(n) = SHA-256(seq | at | kind |
 * subject | actor | payload | hash(n-1))}, the first record chaining to 64 zeros. Altering,
 * deleting or reordering any record breaks the link at that record, and {@link #verify} reports the
 * first such record. Appends run inside the caller's transaction, so an encounter and its audit
 * record commit together or not at all. The head row is updated before it is read, which serialises
 * appenders on both SQLite (write lock) and PostgreSQL (row lock). Thread-safe: holds no state of
 * its own.
 */
public final class AuditChain {
  static final String GENESIS = "0".repeat(64);

  /** One record of the chain. */
  public record Record(
      long seq,
      Instant at,
      String kind,
      String subject,
      String actor,
      String payload,
      String prevHash,
      String hash) {}

  /** The outcome of {@link #verify}: whole, or the first broken record and why. */
  public record Verification(boolean intact, long records, long firstBrokenSeq, String problem) {
    public String describe() {
      return intact
          ? "audit chain intact: " + records + " records"
          : "audit chain BROKEN at record " + firstBrokenSeq + ": " + problem;
    }
  }

  /** Appends one record in the caller's transaction and returns it. */
  public Record append(
      Connection c, String kind, String subject, String actor, Instant at, String payload)
      throws SQLException {
    try (PreparedStatement bump =
        c.prepareStatement("UPDATE audit_head SET seq = seq + 1 WHERE id = 1")) {
      bump.executeUpdate();
    }
    long seq;
    String prev;
    try (PreparedStatement head =
            c.prepareStatement("SELECT seq, hash FROM audit_head WHERE id = 1");
        ResultSet rs = head.executeQuery()) {
      rs.next();
      seq = rs.getLong(1);
      prev = rs.getString(2);
    }
    String hash = hash(seq, at, kind, subject, actor, payload, prev);
    try (PreparedStatement ins =
        c.prepareStatement(
            "INSERT INTO audit_log (seq, at, kind, subject, actor, payload, prev_hash, hash)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
      ins.setLong(1, seq);
      ins.setString(2, at.toString());
      ins.setString(3, kind);
      ins.setString(4, subject);
      ins.setString(5, actor);
      ins.setString(6, payload);
      ins.setString(7, prev);
      ins.setString(8, hash);
      ins.executeUpdate();
    }
    try (PreparedStatement upd =
        c.prepareStatement("UPDATE audit_head SET hash = ? WHERE id = 1")) {
      upd.setString(1, hash);
      upd.executeUpdate();
    }
    return new Record(seq, at, kind, subject, actor, payload, prev, hash);
  }

  /** Walks the whole chain in order and reports the first broken link. */
  public Verification verify(Connection c) throws SQLException {
    String prev = GENESIS;
    long expected = 1;
    long count = 0;
    try (PreparedStatement ps =
            c.prepareStatement(
                "SELECT seq, at, kind, subject, actor, payload, prev_hash, hash FROM audit_log"
                    + " ORDER BY seq");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        Record r = read(rs);
        count++;
        if (r.seq() != expected) {
          return new Verification(
              false,
              count,
              expected,
              "record " + expected + " is missing (next is " + r.seq() + ")");
        }
        if (!r.prevHash().equals(prev)) {
          return new Verification(
              false, count, r.seq(), "it does not chain to the record before (prev_hash differs)");
        }
        String h;
        try {
          h = hash(r.seq(), r.at(), r.kind(), r.subject(), r.actor(), r.payload(), r.prevHash());
        } catch (RuntimeException e) {
          return new Verification(false, count, r.seq(), "unreadable record: " + e.getMessage());
        }
        if (!h.equals(r.hash())) {
          return new Verification(
              false, count, r.seq(), "its content was altered (hash does not match)");
        }
        prev = r.hash();
        expected++;
      }
    }
    try (PreparedStatement head =
            c.prepareStatement("SELECT seq, hash FROM audit_head WHERE id = 1");
        ResultSet rs = head.executeQuery()) {
      if (rs.next() && (rs.getLong(1) != expected - 1 || !rs.getString(2).equals(prev))) {
        return new Verification(
            false, count, expected, "records after " + (expected - 1) + " were removed");
      }
    }
    return new Verification(true, count, -1, "");
  }

  /** Records about one subject (an entry id, an encounter id), oldest first. */
  public List<Record> about(Connection c, String subject, int limit) throws SQLException {
    List<Record> out = new ArrayList<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT seq, at, kind, subject, actor, payload, prev_hash, hash FROM audit_log"
                + " WHERE subject = ? ORDER BY seq")) {
      ps.setString(1, subject);
      ps.setMaxRows(limit);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(read(rs));
        }
      }
    }
    return out;
  }

  public Optional<Record> last(Connection c) throws SQLException {
    try (PreparedStatement ps =
            c.prepareStatement(
                "SELECT seq, at, kind, subject, actor, payload, prev_hash, hash FROM audit_log"
                    + " ORDER BY seq DESC");
        ResultSet rs = ps.executeQuery()) {
      return rs.next() ? Optional.of(read(rs)) : Optional.empty();
    }
  }

  private static Record read(ResultSet rs) throws SQLException {
    return new Record(
        rs.getLong(1),
        Instant.parse(rs.getString(2)),
        rs.getString(3),
        rs.getString(4),
        rs.getString(5),
        rs.getString(6),
        rs.getString(7),
        rs.getString(8));
  }

  static String hash(
      long seq,
      Instant at,
      String kind,
      String subject,
      String actor,
      String payload,
      String prev) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      for (String part :
          new String[] {Long.toString(seq), at.toString(), kind, subject, actor, payload, prev}) {
        byte[] b = part.getBytes(StandardCharsets.UTF_8);
        // Length-prefix each field so that moving text between fields changes the hash.
        md.update(Integer.toString(b.length).getBytes(StandardCharsets.US_ASCII));
        md.update((byte) ':');
        md.update(b);
      }
      return HexFormat.of().formatHex(md.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every Java platform", e);
    }
  }
}
