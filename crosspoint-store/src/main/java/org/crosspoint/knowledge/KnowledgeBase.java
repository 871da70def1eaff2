package org.crosspoint.knowledge;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.crosspoint.store.Database;

/**
 * The fusion knowledge base (mission S6, S7, S10, S11, S4) on the shared database: reports by
 * content hash with their mentions and facts, subjects resolved across reports, communications and
 * listing proposals. Every fact keeps its document, evidence sentence, offsets and extractor
 * version; proposals are never listings and are decided by someone other than their proposer.
 * Thread-safe (all state is in the database).
 */
public final class KnowledgeBase {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {};
  private static final TypeReference<Map<String, String>> SMAP = new TypeReference<>() {};
  private static final TypeReference<List<String>> LIST = new TypeReference<>() {};
  private static final TypeReference<List<Map<String, Object>>> LMAP = new TypeReference<>() {};

  private final Database db;

  private KnowledgeBase(Database db) {
    this.db = db;
  }

  /** The knowledge base on a migrated database ({@code Store.open(home).database()}). */
  public static KnowledgeBase on(Database db) {
    return new KnowledgeBase(db);
  }

  public boolean hasDocument(String sha256) {
    return db.read(c -> exists(c, "SELECT 1 FROM kb_document WHERE sha256 = ?", sha256));
  }

  /**
   * Stores a document with its mentions and facts in one transaction. Returns false (and stores
   * nothing) when a document with the same content hash is already there.
   */
  public boolean store(
      StoredDocument d, List<StoredMention> mentions, List<StoredFact> facts, String actor) {
    return db.inTransaction(
        c -> {
          if (exists(c, "SELECT 1 FROM kb_document WHERE sha256 = ?", d.sha256())) {
            return false;
          }
          try (PreparedStatement p =
              c.prepareStatement(
                  "INSERT INTO kb_document (sha256, name, title, outlet, author, published, reliability, text, extractor,"
                      + " ingested_at, ingested_by) VALUES (?,?,?,?,?,?,?,?,?,?,?)")) {
            p.setString(1, d.sha256());
            p.setString(2, d.name());
            p.setString(3, d.title().orElse(null));
            p.setString(4, d.outlet().orElse(null));
            p.setString(5, d.author().orElse(null));
            p.setString(6, d.published().map(LocalDate::toString).orElse(null));
            p.setString(7, String.valueOf(d.reliability()));
            p.setString(8, d.text());
            p.setString(9, d.extractor());
            p.setString(10, now());
            p.setString(11, actor);
            p.executeUpdate();
          }
          try (PreparedStatement p =
              c.prepareStatement(
                  "INSERT INTO kb_mention (document_sha, seq, type, start_offset, end_offset, text, canonical, attributes)"
                      + " VALUES (?,?,?,?,?,?,?,?)")) {
            for (StoredMention m : mentions) {
              p.setString(1, d.sha256());
              p.setInt(2, m.seq());
              p.setString(3, m.type());
              p.setInt(4, m.start());
              p.setInt(5, m.end());
              p.setString(6, m.text());
              p.setString(7, m.canonical());
              p.setString(8, json(m.attributes()));
              p.addBatch();
            }
            p.executeBatch();
          }
          try (PreparedStatement p =
              c.prepareStatement(
                  "INSERT INTO kb_fact (document_sha, seq, type, arguments, sentence, start_offset, end_offset,"
                      + " more_evidence, credibility, extractor) VALUES (?,?,?,?,?,?,?,?,?,?)")) {
            for (StoredFact f : facts) {
              p.setString(1, d.sha256());
              p.setInt(2, f.seq());
              p.setString(3, f.type());
              p.setString(4, json(f.arguments()));
              p.setString(5, f.sentence());
              p.setInt(6, f.start());
              p.setInt(7, f.end());
              p.setString(8, json(f.moreEvidence()));
              p.setInt(9, f.credibility());
              p.setString(10, f.extractor());
              p.addBatch();
            }
            p.executeBatch();
          }
          return true;
        });
  }

  /** One row to one value. */
  @FunctionalInterface
  private interface Row<T> {
    T map(ResultSet r) throws SQLException;
  }

  /** Rows of a read-only query with string parameters. */
  private <T> List<T> list(String sql, Row<T> row, String... params) {
    return db.read(
        c -> {
          List<T> out = new ArrayList<>();
          try (PreparedStatement p = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
              p.setString(i + 1, params[i]);
            }
            try (ResultSet r = p.executeQuery()) {
              while (r.next()) {
                out.add(row.map(r));
              }
            }
          }
          return out;
        });
  }

  public List<StoredDocument> documents() {
    return list(
        "SELECT sha256, name, title, outlet, author, published, reliability, text, extractor FROM kb_document ORDER BY name, sha256",
        r ->
            new StoredDocument(
                r.getString(1),
                r.getString(2),
                Optional.ofNullable(r.getString(3)),
                Optional.ofNullable(r.getString(4)),
                Optional.ofNullable(r.getString(5)),
                Optional.ofNullable(r.getString(6)).map(LocalDate::parse),
                r.getString(7).charAt(0),
                r.getString(8),
                r.getString(9)));
  }

  /** Mentions of every document, or of one type when {@code type} is given. */
  public List<StoredMention> mentions(Optional<String> type) {
    return list(
        "SELECT document_sha, seq, type, start_offset, end_offset, text, canonical, attributes FROM kb_mention"
            + (type.isPresent() ? " WHERE type = ?" : "")
            + " ORDER BY document_sha, seq",
        r ->
            new StoredMention(
                r.getString(1),
                r.getInt(2),
                r.getString(3),
                r.getInt(4),
                r.getInt(5),
                r.getString(6),
                r.getString(7),
                parse(r.getString(8), SMAP)),
        type.stream().toArray(String[]::new));
  }

  /** Facts of every document, or of one type when {@code type} is given. */
  public List<StoredFact> facts(Optional<String> type) {
    return list(
        "SELECT document_sha, seq, type, arguments, sentence, start_offset, end_offset, more_evidence, credibility,"
            + " extractor FROM kb_fact"
            + (type.isPresent() ? " WHERE type = ?" : "")
            + " ORDER BY document_sha, seq",
        r ->
            new StoredFact(
                r.getString(1),
                r.getInt(2),
                r.getString(3),
                parse(r.getString(4), MAP),
                r.getString(5),
                r.getInt(6),
                r.getInt(7),
                parse(r.getString(8), LMAP),
                r.getInt(9),
                r.getString(10)),
        type.stream().toArray(String[]::new));
  }

  /**
   * Sets the credibility of stored facts (see {@link Credibility}); returns how many changed. Facts
   * not in the map keep theirs.
   */
  public int setCredibility(Map<Credibility.Ref, Integer> credibility) {
    return db.inTransaction(
        c -> {
          int changed = 0;
          try (PreparedStatement p =
              c.prepareStatement(
                  "UPDATE kb_fact SET credibility = ? WHERE document_sha = ? AND seq = ? AND credibility <> ?")) {
            for (Map.Entry<Credibility.Ref, Integer> e : credibility.entrySet()) {
              int v = e.getValue();
              if (v < 1 || v > 6) {
                throw new IllegalArgumentException("credibility must be 1-6, not " + v);
              }
              p.setInt(1, v);
              p.setString(2, e.getKey().documentSha());
              p.setInt(3, e.getKey().seq());
              p.setInt(4, v);
              changed += p.executeUpdate();
            }
          }
          return changed;
        });
  }

  /**
   * Replaces the resolved subjects and their links (resolution is recomputed over all reports after
   * each ingest, so a later report can split or join what an earlier one suggested).
   */
  public void replaceSubjects(List<Subject> subjects, List<SubjectLink> links) {
    db.inTransaction(
        c -> {
          try (PreparedStatement d1 = c.prepareStatement("DELETE FROM kb_subject");
              PreparedStatement d2 = c.prepareStatement("DELETE FROM kb_subject_link")) {
            d1.executeUpdate();
            d2.executeUpdate();
          }
          try (PreparedStatement p =
              c.prepareStatement(
                  "INSERT INTO kb_subject (id, kind, name, aliases, documents, watchlist_entries) VALUES (?,?,?,?,?,?)")) {
            for (Subject s : subjects) {
              p.setString(1, s.id());
              p.setString(2, s.kind());
              p.setString(3, s.name());
              p.setString(4, json(s.aliases()));
              p.setString(5, json(s.documents()));
              p.setString(6, json(s.watchlistEntries()));
              p.addBatch();
            }
            p.executeBatch();
          }
          try (PreparedStatement p =
              c.prepareStatement(
                  "INSERT INTO kb_subject_link (subject_a, subject_b, relation, confidence, reason) VALUES (?,?,?,?,?)")) {
            for (SubjectLink l : links) {
              p.setString(1, l.subjectA());
              p.setString(2, l.subjectB());
              p.setString(3, l.relation());
              p.setDouble(4, l.confidence());
              p.setString(5, l.reason());
              p.addBatch();
            }
            p.executeBatch();
          }
          return null;
        });
  }

  public List<Subject> subjects() {
    return list(
        "SELECT id, kind, name, aliases, documents, watchlist_entries FROM kb_subject ORDER BY kind, name",
        r ->
            new Subject(
                r.getString(1),
                r.getString(2),
                r.getString(3),
                parse(r.getString(4), LIST),
                parse(r.getString(5), LIST),
                parse(r.getString(6), LIST)));
  }

  public Optional<Subject> subject(String id) {
    return subjects().stream().filter(s -> s.id().equals(id)).findFirst();
  }

  public List<SubjectLink> links() {
    return list(
        "SELECT subject_a, subject_b, relation, confidence, reason FROM kb_subject_link ORDER BY subject_a, subject_b",
        r ->
            new SubjectLink(
                r.getString(1), r.getString(2), r.getString(3), r.getDouble(4), r.getString(5)));
  }

  /**
   * Stores a letter and one PROPOSED listing per annexed name, all linked to it, in one
   * transaction. Returns empty (and stores nothing) when the same letter (same content hash) is
   * already there.
   */
  public Optional<Communication> receiveLetter(
      Communication letter, List<Proposal> proposals, String actor) {
    return db.inTransaction(
        c -> {
          if (exists(c, "SELECT 1 FROM kb_communication WHERE sha256 = ?", letter.sha256())) {
            return Optional.empty();
          }
          try (PreparedStatement p =
              c.prepareStatement(
                  "INSERT INTO kb_communication (id, sha256, sender, recipient, reference, sent_on, subject, body,"
                      + " file_name, received_at, received_by) VALUES (?,?,?,?,?,?,?,?,?,?,?)")) {
            p.setString(1, letter.id());
            p.setString(2, letter.sha256());
            p.setString(3, letter.sender());
            p.setString(4, letter.recipient());
            p.setString(5, letter.reference().orElse(null));
            p.setString(6, letter.sentOn().map(LocalDate::toString).orElse(null));
            p.setString(7, letter.subject().orElse(null));
            p.setString(8, letter.body());
            p.setString(9, letter.fileName());
            p.setString(10, now());
            p.setString(11, actor);
            p.executeUpdate();
          }
          AUDIT.append(
              c,
              "LETTER_RECEIVED",
              letter.id(),
              actor,
              java.time.Instant.now(),
              auditPayload(
                  letter.sender() + " to " + letter.recipient(),
                  letter.reference().orElse(""),
                  proposals.size() + " annexed names"));
          for (Proposal pr : proposals) {
            insert(c, pr);
            AUDIT.append(
                c,
                "PROPOSAL_MADE",
                pr.id(),
                pr.proposedBy(),
                java.time.Instant.now(),
                auditPayload(pr.name(), pr.listKind(), ""));
          }
          return Optional.of(letter);
        });
  }

  public Proposal propose(Proposal p) {
    if (p.status() != Proposal.Status.PROPOSED) {
      throw new IllegalArgumentException("a new proposal must be PROPOSED, not " + p.status());
    }
    return db.inTransaction(
        c -> {
          insert(c, p);
          AUDIT.append(
              c,
              "PROPOSAL_MADE",
              p.id(),
              p.proposedBy(),
              java.time.Instant.now(),
              auditPayload(p.name(), p.listKind(), ""));
          return p;
        });
  }

  /**
   * Approves or rejects a PROPOSED proposal. The decider must not be the proposer (two-person
   * rule); a rejection needs a reason. Approval records the decision only: putting the name on a
   * list is the registry's step, taken with this approval as its basis.
   */
  public Proposal decide(String id, boolean approve, String by, String reason) {
    if (by == null || by.isBlank()) {
      throw new IllegalArgumentException("say who decides (--by NAME)");
    }
    if (!approve && (reason == null || reason.isBlank())) {
      throw new IllegalArgumentException("a rejection needs a reason (--reason TEXT)");
    }
    return db.inTransaction(
        c -> {
          Proposal p =
              proposal(c, id).orElseThrow(() -> new IllegalArgumentException("no proposal " + id));
          if (p.status() != Proposal.Status.PROPOSED) {
            throw new IllegalArgumentException(
                "proposal "
                    + id
                    + " is already "
                    + p.status()
                    + " by "
                    + p.decidedBy().orElse("?"));
          }
          if (p.proposedBy().strip().equalsIgnoreCase(by.strip())) {
            throw new IllegalArgumentException(
                "proposal "
                    + id
                    + " was proposed by "
                    + p.proposedBy()
                    + "; someone else must decide it");
          }
          try (PreparedStatement u =
              c.prepareStatement(
                  "UPDATE kb_proposal SET status = ?, decided_by = ?, decided_at = ?, reason = ? WHERE id = ? AND status = ?")) {
            u.setString(1, (approve ? Proposal.Status.APPROVED : Proposal.Status.REJECTED).name());
            u.setString(2, by.strip());
            u.setString(3, now());
            u.setString(4, reason);
            u.setString(5, id);
            u.setString(6, Proposal.Status.PROPOSED.name());
            if (u.executeUpdate() != 1) {
              throw new IllegalStateException("proposal " + id + " changed while deciding it");
            }
          }
          // Due process: every decision on a proposal is in the audit chain.
          AUDIT.append(
              c,
              approve ? "PROPOSAL_APPROVED" : "PROPOSAL_REJECTED",
              id,
              by.strip(),
              java.time.Instant.now(),
              auditPayload(p.name(), p.listKind(), reason));
          return proposal(c, id).orElseThrow();
        });
  }

  private static final org.crosspoint.audit.AuditChain AUDIT =
      new org.crosspoint.audit.AuditChain();

  private static String auditPayload(String name, String list, String reason) {
    try {
      return new com.fasterxml.jackson.databind.ObjectMapper()
          .writeValueAsString(
              new java.util.TreeMap<>(
                  Map.of("name", name, "list", list, "reason", reason == null ? "" : reason)));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  public List<Proposal> proposals(Optional<Proposal.Status> status) {
    return list(
        SELECT_PROPOSAL
            + (status.isPresent() ? " WHERE status = ?" : "")
            + " ORDER BY proposed_at, id",
        KnowledgeBase::proposal,
        status.stream().map(Enum::name).toArray(String[]::new));
  }

  public List<Communication> communications() {
    return list(
        "SELECT id, sha256, sender, recipient, reference, sent_on, subject, body, file_name FROM kb_communication"
            + " ORDER BY received_at, id",
        r ->
            new Communication(
                r.getString(1),
                r.getString(2),
                r.getString(3),
                r.getString(4),
                Optional.ofNullable(r.getString(5)),
                Optional.ofNullable(r.getString(6)).map(LocalDate::parse),
                Optional.ofNullable(r.getString(7)),
                r.getString(8),
                r.getString(9)));
  }

  private static final String SELECT_PROPOSAL =
      "SELECT id, list_kind, name, details, subject_id, communication_id, evidence, status, proposed_by, proposed_at,"
          + " decided_by, decided_at, reason FROM kb_proposal";

  private static Optional<Proposal> proposal(Connection c, String id) throws SQLException {
    try (PreparedStatement p = c.prepareStatement(SELECT_PROPOSAL + " WHERE id = ?")) {
      p.setString(1, id);
      try (ResultSet r = p.executeQuery()) {
        return r.next() ? Optional.of(proposal(r)) : Optional.empty();
      }
    }
  }

  private static Proposal proposal(ResultSet r) throws SQLException {
    return new Proposal(
        r.getString(1),
        r.getString(2),
        r.getString(3),
        parse(r.getString(4), SMAP),
        Optional.ofNullable(r.getString(5)),
        Optional.ofNullable(r.getString(6)),
        parse(r.getString(7), LIST),
        Proposal.Status.valueOf(r.getString(8)),
        r.getString(9),
        Instant.parse(r.getString(10)),
        Optional.ofNullable(r.getString(11)),
        Optional.ofNullable(r.getString(12)).map(Instant::parse),
        Optional.ofNullable(r.getString(13)));
  }

  private static void insert(Connection c, Proposal pr) throws SQLException {
    if (pr.proposedBy() == null || pr.proposedBy().isBlank()) {
      throw new IllegalArgumentException("a proposal needs a proposer");
    }
    try (PreparedStatement p =
        c.prepareStatement(
            "INSERT INTO kb_proposal (id, list_kind, name, details, subject_id, communication_id, evidence, status,"
                + " proposed_by, proposed_at) VALUES (?,?,?,?,?,?,?,?,?,?)")) {
      p.setString(1, pr.id());
      p.setString(2, pr.listKind());
      p.setString(3, pr.name());
      p.setString(4, json(pr.details()));
      p.setString(5, pr.subjectId().orElse(null));
      p.setString(6, pr.communicationId().orElse(null));
      p.setString(7, json(pr.evidence()));
      p.setString(8, pr.status().name());
      p.setString(9, pr.proposedBy());
      p.setString(10, pr.proposedAt().truncatedTo(ChronoUnit.MICROS).toString());
      p.executeUpdate();
    }
  }

  private static boolean exists(Connection c, String sql, String arg) throws SQLException {
    try (PreparedStatement p = c.prepareStatement(sql)) {
      p.setString(1, arg);
      try (ResultSet r = p.executeQuery()) {
        return r.next();
      }
    }
  }

  private static String now() {
    return Instant.now().truncatedTo(ChronoUnit.MICROS).toString();
  }

  private static String json(Object o) {
    try {
      return JSON.writeValueAsString(o);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("cannot store as JSON: " + e.getMessage(), e);
    }
  }

  private static <T> T parse(String s, TypeReference<T> t) {
    try {
      return JSON.readValue(s, t);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored JSON is damaged: " + e.getMessage(), e);
    }
  }
}
