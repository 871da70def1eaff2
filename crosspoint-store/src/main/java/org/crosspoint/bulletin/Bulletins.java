package org.crosspoint.bulletin;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.crosspoint.audit.AuditChain;
import org.crosspoint.store.Database;

/**
 * Threat bulletins (mission S9: agencies "issued warnings to provincial governments and law
 * enforcement agencies"): one bulletin, many recipient agencies, each of which acknowledges it.
 * Issuing and acknowledging go into the audit chain. Thread-safe.
 */
public final class Bulletins {
  /** How urgent a bulletin is. */
  public enum Severity {
    LOW,
    MEDIUM,
    HIGH,
    CRITICAL
  }

  /** One recipient and whether, when and by whom it acknowledged. */
  public record Recipient(String agency, Instant acknowledgedAt, String acknowledgedBy) {
    public boolean acknowledged() {
      return acknowledgedAt != null;
    }
  }

  /** A bulletin with its recipients. */
  public record Bulletin(
      String id,
      String title,
      String body,
      Severity severity,
      String reference,
      String issuedBy,
      Instant issuedAt,
      List<Recipient> recipients) {
    public long pending() {
      return recipients.stream().filter(r -> !r.acknowledged()).count();
    }
  }

  private static final ObjectMapper JSON = new ObjectMapper();
  private final Database db;
  private final AuditChain audit;

  public Bulletins(Database db, AuditChain audit) {
    this.db = db;
    this.audit = audit;
  }

  /**
   * Issues a bulletin to the recipients.
   *
   * @throws IllegalArgumentException when the title, issuer or recipients are missing
   */
  public Bulletin issue(
      String title,
      String body,
      Severity severity,
      String reference,
      String issuedBy,
      List<String> recipients,
      Instant at) {
    if (title == null || title.isBlank()) {
      throw new IllegalArgumentException("a bulletin needs a title");
    }
    if (issuedBy == null || issuedBy.isBlank()) {
      throw new IllegalArgumentException("a bulletin needs the issuer's name (--by)");
    }
    Set<String> to = new LinkedHashSet<>();
    for (String r : recipients) {
      if (r != null && !r.isBlank()) {
        to.add(r.strip());
      }
    }
    if (to.isEmpty()) {
      throw new IllegalArgumentException("a bulletin needs at least one recipient agency (--to)");
    }
    String id =
        "B"
            + Long.toString(at.toEpochMilli(), 36).toUpperCase(Locale.ROOT)
            + "-"
            + UUID.randomUUID().toString().substring(0, 6);
    db.inTransaction(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "INSERT INTO bulletin (id, title, body, severity, reference, issued_by,"
                      + " issued_at) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, id);
            ps.setString(2, title.strip());
            ps.setString(3, body == null ? "" : body);
            ps.setString(4, severity.name());
            ps.setString(5, reference == null ? "" : reference);
            ps.setString(6, issuedBy);
            ps.setString(7, at.toString());
            ps.executeUpdate();
          }
          for (String agency : to) {
            try (PreparedStatement ps =
                c.prepareStatement(
                    "INSERT INTO bulletin_recipient (bulletin_id, agency) VALUES (?, ?)")) {
              ps.setString(1, id);
              ps.setString(2, agency);
              ps.executeUpdate();
            }
          }
          Map<String, Object> payload = new LinkedHashMap<>();
          payload.put("title", title.strip());
          payload.put("severity", severity.name());
          payload.put("reference", reference == null ? "" : reference);
          payload.put("recipients", List.copyOf(to));
          audit.append(c, "BULLETIN_ISSUED", id, issuedBy, at, json(payload));
          return null;
        });
    return find(id).orElseThrow();
  }

  /**
   * Records one agency's acknowledgement. Acknowledging twice keeps the first.
   *
   * @throws IllegalArgumentException when the bulletin was not sent to that agency
   */
  public Bulletin acknowledge(String bulletinId, String agency, String by, Instant at) {
    db.inTransaction(
        c -> {
          int n;
          try (PreparedStatement ps =
              c.prepareStatement(
                  "UPDATE bulletin_recipient SET acknowledged_at = ?, acknowledged_by = ?"
                      + " WHERE bulletin_id = ? AND agency = ? AND acknowledged_at IS NULL")) {
            ps.setString(1, at.toString());
            ps.setString(2, by);
            ps.setString(3, bulletinId);
            ps.setString(4, agency);
            n = ps.executeUpdate();
          }
          if (n == 0 && !isRecipient(c, bulletinId, agency)) {
            throw new IllegalArgumentException(
                "bulletin " + bulletinId + " was not sent to '" + agency + "'");
          }
          if (n > 0) {
            audit.append(
                c, "BULLETIN_ACKNOWLEDGED", bulletinId, by, at, json(Map.of("agency", agency)));
          }
          return null;
        });
    return find(bulletinId).orElseThrow();
  }

  public Optional<Bulletin> find(String id) {
    return db.read(
        c -> {
          try (PreparedStatement ps = c.prepareStatement(SELECT + " WHERE id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
              return rs.next() ? Optional.of(read(c, rs)) : Optional.empty();
            }
          }
        });
  }

  /** Every bulletin, newest first; only those still unacknowledged by {@code agency} if given. */
  public List<Bulletin> list(String pendingFor) {
    return db.read(
        c -> {
          List<Bulletin> out = new ArrayList<>();
          try (PreparedStatement ps = c.prepareStatement(SELECT + " ORDER BY issued_at DESC");
              ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
              Bulletin b = read(c, rs);
              if (pendingFor == null
                  || b.recipients().stream()
                      .anyMatch(r -> r.agency().equals(pendingFor) && !r.acknowledged())) {
                out.add(b);
              }
            }
          }
          return out;
        });
  }

  private static final String SELECT =
      "SELECT id, title, body, severity, reference, issued_by, issued_at FROM bulletin";

  private static boolean isRecipient(Connection c, String id, String agency) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT 1 FROM bulletin_recipient WHERE bulletin_id = ? AND agency = ?")) {
      ps.setString(1, id);
      ps.setString(2, agency);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next();
      }
    }
  }

  private static Bulletin read(Connection c, ResultSet rs) throws SQLException {
    String id = rs.getString(1);
    List<Recipient> recipients = new ArrayList<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT agency, acknowledged_at, acknowledged_by FROM bulletin_recipient"
                + " WHERE bulletin_id = ? ORDER BY agency")) {
      ps.setString(1, id);
      try (ResultSet r = ps.executeQuery()) {
        while (r.next()) {
          String at = r.getString(2);
          recipients.add(
              new Recipient(r.getString(1), at == null ? null : Instant.parse(at), r.getString(3)));
        }
      }
    }
    return new Bulletin(
        id,
        rs.getString(2),
        rs.getString(3),
        Severity.valueOf(rs.getString(4)),
        rs.getString(5),
        rs.getString(6),
        Instant.parse(rs.getString(7)),
        recipients);
  }

  private static String json(Object o) {
    try {
      return JSON.writeValueAsString(o);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
