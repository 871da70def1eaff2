package org.crosspoint.registry;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.crosspoint.audit.AuditChain;
import org.crosspoint.names.PlainKey;
import org.crosspoint.store.Database;
import org.crosspoint.watchlist.Entry;
import org.crosspoint.watchlist.EntryName;
import org.crosspoint.watchlist.EntryStatus;
import org.crosspoint.watchlist.SubjectType;
import org.crosspoint.watchlist.Watchlist;

/**
 * The watchlist registry: lists and every version of every entry, with who changed what and when.
 *
 * <p>Implementation notes. Each entry version is stored whole as a JSON document beside indexed
 * columns (entry id, list, version, valid_from/valid_to, status, SHA-256 of the document). A change
 * closes the current version ({@code valid_to = now}) and inserts the next, so "as of T" reads the
 * one version with {@code valid_from <= T < valid_to}. Every committed change writes one {@code
 * registry_change} row; its id is {@link #changeCounter()}. Writers are serialised ({@link
 * Database#serialize}) so change ids and times only grow; times are UTC with microseconds. Nothing
 * is ever deleted: delisting writes a DELISTED version. Thread-safe.
 */
public final class Registry {
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'", Locale.ROOT)
          .withZone(ZoneOffset.UTC);
  private static final String LOCK = "registry";
  private static final AuditChain AUDIT = new AuditChain();

  private final Database db;

  private Registry(Database db) {
    this.db = db;
  }

  /** The registry on a migrated database (see {@code Store}). */
  public static Registry on(Database db) {
    return new Registry(Objects.requireNonNull(db, "db"));
  }

  // ---------------------------------------------------------------- lists

  public List<Watchlist> lists() {
    return db.read(
        c -> {
          List<Watchlist> out = new ArrayList<>();
          try (PreparedStatement ps = c.prepareStatement("SELECT doc FROM watchlist ORDER BY id");
              ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
              out.add(EntryJson.list(rs.getString(1)));
            }
          }
          return out;
        });
  }

  public Optional<Watchlist> list(String id) {
    return db.read(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement("SELECT doc FROM watchlist WHERE id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
              return rs.next() ? Optional.of(EntryJson.list(rs.getString(1))) : Optional.empty();
            }
          }
        });
  }

  /** Creates or updates a list (name, kind, agency, actions). */
  public void saveList(Watchlist l, String actor) {
    String doc = EntryJson.write(l);
    db.inTransaction(
        c -> {
          db.serialize(c, LOCK);
          Instant now = now(c);
          boolean exists;
          try (PreparedStatement ps =
              c.prepareStatement("SELECT doc FROM watchlist WHERE id = ?")) {
            ps.setString(1, l.id());
            try (ResultSet rs = ps.executeQuery()) {
              exists = rs.next();
              if (exists && rs.getString(1).equals(doc)) {
                return null;
              }
            }
          }
          long change =
              change(
                  c,
                  now,
                  actor,
                  "SAVE_LIST",
                  l.id(),
                  null,
                  null,
                  exists ? "updated" : "created",
                  0,
                  0,
                  0);
          String sql =
              exists
                  ? "UPDATE watchlist SET doc = ?, updated_at = ? WHERE id = ?"
                  : "INSERT INTO watchlist (doc, updated_at, id, created_at) VALUES (?, ?, ?, ?)";
          try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, doc);
            ps.setString(2, TIME.format(now));
            ps.setString(3, l.id());
            if (!exists) {
              ps.setString(4, TIME.format(now));
            }
            ps.executeUpdate();
          }
          return change;
        });
  }

  // ---------------------------------------------------------------- writes

  /**
   * Makes the list's entries exactly {@code entries}, all or nothing: a new version for each added
   * or changed entry, a DELISTED version for each active entry the file no longer has. The same
   * entries again change nothing and return an empty result.
   */
  public ImportResult importEntries(
      String listId, List<Entry> entries, String sourceName, String actor) {
    requireList(listId);
    Map<String, Entry> incoming = new LinkedHashMap<>();
    for (Entry e : entries) {
      requireIdForm(e);
      if (!e.listId().equals(listId)) {
        throw new IllegalArgumentException(
            "entry " + e.id() + " belongs to list " + e.listId() + ", not " + listId);
      }
      if (incoming.put(e.id(), e) != null) {
        throw new IllegalArgumentException("entry " + e.id() + " appears twice in " + sourceName);
      }
    }
    // Serialise and hash outside the transaction: it is the slow part and needs no lock.
    Map<String, String> docs = new HashMap<>();
    Map<String, String> hashes = new HashMap<>();
    for (Entry e : incoming.values()) {
      String doc = EntryJson.write(e);
      docs.put(e.id(), doc);
      hashes.put(e.id(), EntryJson.sha256(doc));
    }
    return db.inTransaction(
        c -> {
          db.serialize(c, LOCK);
          Map<String, Current> current = currentOfList(c, listId);
          long active =
              current.values().stream().filter(x -> x.status == EntryStatus.ACTIVE).count();
          if (incoming.isEmpty() && active > 0) {
            // An empty or wrongly parsed file must not silently delist a whole list.
            throw new IllegalArgumentException(
                sourceName
                    + " has no entries; refusing to delist all "
                    + active
                    + " active entries of "
                    + listId);
          }
          List<String> added = new ArrayList<>();
          List<String> changed = new ArrayList<>();
          List<String> removed = new ArrayList<>();
          int unchanged = 0;
          for (Entry e : incoming.values()) {
            Current cur = current.get(e.id());
            if (cur == null) {
              added.add(e.id());
            } else if (!cur.hash.equals(hashes.get(e.id()))) {
              if (cur.status != EntryStatus.ACTIVE && e.status() == EntryStatus.ACTIVE) {
                added.add(e.id());
              } else {
                changed.add(e.id());
              }
            } else {
              unchanged++;
            }
          }
          Map<String, Entry> delisted = new LinkedHashMap<>();
          for (Map.Entry<String, Current> cur : current.entrySet()) {
            if (!incoming.containsKey(cur.getKey())
                && cur.getValue().status == EntryStatus.ACTIVE) {
              removed.add(cur.getKey());
              Entry old = loadDoc(c, cur.getKey(), cur.getValue().version);
              delisted.put(cur.getKey(), withStatus(old, EntryStatus.DELISTED));
            }
          }
          Instant now = now(c);
          if (added.isEmpty() && changed.isEmpty() && removed.isEmpty()) {
            return new ImportResult(listId, sourceName, added, changed, removed, unchanged, 0, now);
          }
          long change =
              change(
                  c,
                  now,
                  actor,
                  "IMPORT",
                  listId,
                  null,
                  sourceName,
                  "import of " + sourceName,
                  added.size(),
                  changed.size(),
                  removed.size());
          List<Version> versions = new ArrayList<>();
          for (String id : added) {
            versions.add(
                new Version(incoming.get(id), docs.get(id), hashes.get(id), current.get(id)));
          }
          for (String id : changed) {
            versions.add(
                new Version(incoming.get(id), docs.get(id), hashes.get(id), current.get(id)));
          }
          for (Map.Entry<String, Entry> d : delisted.entrySet()) {
            String doc = EntryJson.write(d.getValue());
            versions.add(
                new Version(d.getValue(), doc, EntryJson.sha256(doc), current.get(d.getKey())));
          }
          writeVersions(c, versions, now, change);
          return new ImportResult(
              listId, sourceName, added, changed, removed, unchanged, change, now);
        });
  }

  /** Stores {@code e} as the entry's next version (a no-op when nothing changed). */
  public Entry putEntry(Entry e, String actor, String reason) {
    requireIdForm(e);
    requireList(e.listId());
    String doc = EntryJson.write(e);
    String hash = EntryJson.sha256(doc);
    return db.inTransaction(
        c -> {
          db.serialize(c, LOCK);
          Current cur = current(c, e.id());
          if (cur != null && !cur.listId.equals(e.listId())) {
            throw new IllegalArgumentException(
                "entry " + e.id() + " is on list " + cur.listId + ", not " + e.listId());
          }
          if (cur != null && cur.hash.equals(hash)) {
            return e;
          }
          Instant now = now(c);
          long change =
              change(
                  c,
                  now,
                  actor,
                  "PUT",
                  e.listId(),
                  e.id(),
                  null,
                  reason,
                  cur == null ? 1 : 0,
                  cur == null ? 0 : 1,
                  0);
          writeVersions(c, List.of(new Version(e, doc, hash, cur)), now, change);
          return e;
        });
  }

  /** Writes a DELISTED version of an active entry. */
  public void delist(String entryId, String actor, String reason) {
    db.inTransaction(
        c -> {
          db.serialize(c, LOCK);
          Current cur = current(c, entryId);
          if (cur == null) {
            throw new IllegalArgumentException("no entry " + entryId);
          }
          if (cur.status != EntryStatus.ACTIVE) {
            throw new IllegalArgumentException("entry " + entryId + " is already " + cur.status);
          }
          Entry e = withStatus(loadDoc(c, entryId, cur.version), EntryStatus.DELISTED);
          String doc = EntryJson.write(e);
          Instant now = now(c);
          long change = change(c, now, actor, "DELIST", e.listId(), entryId, null, reason, 0, 0, 1);
          writeVersions(c, List.of(new Version(e, doc, EntryJson.sha256(doc), cur)), now, change);
          return null;
        });
  }

  // ---------------------------------------------------------------- reads

  /** The current version of an entry (whatever its status). */
  public Optional<Entry> entry(String id) {
    return db.read(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT doc FROM entry_version WHERE entry_id = ? AND valid_to IS NULL")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
              return rs.next() ? Optional.of(EntryJson.entry(rs.getString(1))) : Optional.empty();
            }
          }
        });
  }

  /** The version of the entry that was current at {@code at}, or empty if it did not exist yet. */
  public Optional<Entry> entryAsOf(String id, Instant at) {
    String t = TIME.format(at);
    return db.read(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT doc FROM entry_version WHERE entry_id = ? AND valid_from <= ?"
                      + " AND (valid_to IS NULL OR valid_to > ?)")) {
            ps.setString(1, id);
            ps.setString(2, t);
            ps.setString(3, t);
            try (ResultSet rs = ps.executeQuery()) {
              return rs.next() ? Optional.of(EntryJson.entry(rs.getString(1))) : Optional.empty();
            }
          }
        });
  }

  /** Every version, oldest first, with who made each change and why. */
  public List<EntryVersion> history(String id) {
    return db.read(
        c -> {
          List<EntryVersion> out = new ArrayList<>();
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT v.version, v.valid_from, v.valid_to, v.content_hash, v.change_id,"
                      + " r.actor, r.action, r.detail, v.doc FROM entry_version v"
                      + " JOIN registry_change r ON r.id = v.change_id"
                      + " WHERE v.entry_id = ? ORDER BY v.version")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                String to = rs.getString(3);
                out.add(
                    new EntryVersion(
                        rs.getInt(1),
                        Instant.parse(rs.getString(2)),
                        to == null ? null : Instant.parse(to),
                        rs.getString(4),
                        rs.getLong(5),
                        rs.getString(6),
                        rs.getString(7),
                        rs.getString(8),
                        EntryJson.entry(rs.getString(9))));
              }
            }
          }
          return out;
        });
  }

  /** Whether the entry was ACTIVE on list {@code listId} at {@code at}. */
  public boolean wasListed(String entryId, String listId, Instant at) {
    return entryAsOf(entryId, at)
        .filter(e -> e.listId().equals(listId) && e.status() == EntryStatus.ACTIVE)
        .isPresent();
  }

  /**
   * The current version of one entry changed by a registry change.
   *
   * @param entry the entry as it is now (its status says whether it is still listed)
   * @param contentHash the hash of that version
   */
  public record CurrentVersion(Entry entry, String contentHash) {}

  /**
   * Every entry written by a change after {@code changeId}, as it is now; empty when more than
   * {@code limit} entries changed (a whole-list import), so that the caller recompiles instead.
   * Lets screening patch its index for a single listing instead of rebuilding it.
   */
  public Optional<List<CurrentVersion>> changedSince(long changeId, int limit) {
    return db.read(
        c -> {
          List<CurrentVersion> out = new ArrayList<>();
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT v.doc, v.content_hash FROM entry_version v"
                      + " WHERE v.valid_to IS NULL AND v.entry_id IN"
                      + " (SELECT entry_id FROM entry_version WHERE change_id > ?)")) {
            ps.setLong(1, changeId);
            ps.setMaxRows(limit + 1);
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                out.add(new CurrentVersion(EntryJson.entry(rs.getString(1)), rs.getString(2)));
              }
            }
          }
          return out.size() > limit ? Optional.empty() : Optional.of(out);
        });
  }

  /**
   * The content hash of the current version of every ACTIVE entry, by entry id: what screening ties
   * a cleared false match to, read once per index compile instead of once per alert.
   */
  public Map<String, String> activeVersions() {
    return db.read(
        c -> {
          Map<String, String> out = new HashMap<>();
          try (PreparedStatement ps =
                  c.prepareStatement(
                      "SELECT entry_id, content_hash FROM entry_version"
                          + " WHERE valid_to IS NULL AND status = 'ACTIVE'");
              ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
              out.put(rs.getString(1), rs.getString(2));
            }
          }
          return out;
        });
  }

  /** Every ACTIVE entry of every list, by list then id: what screening compiles its index from. */
  public List<Entry> activeEntries() {
    return docs(
        "SELECT doc FROM entry_version WHERE valid_to IS NULL AND status = 'ACTIVE'"
            + " ORDER BY list_id, entry_id",
        null);
  }

  /** The ACTIVE entries of one list, by id. */
  public List<Entry> entries(String listId) {
    return docs(
        "SELECT doc FROM entry_version WHERE list_id = ? AND valid_to IS NULL AND status = 'ACTIVE'"
            + " ORDER BY entry_id",
        listId);
  }

  private List<Entry> docs(String sql, String param) {
    return db.read(
        c -> {
          List<Entry> out = new ArrayList<>();
          try (PreparedStatement ps = c.prepareStatement(sql)) {
            if (param != null) {
              ps.setString(1, param);
            }
            ps.setFetchSize(1000);
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                out.add(EntryJson.entry(rs.getString(1)));
              }
            }
          }
          return out;
        });
  }

  /**
   * Entries (current version, any status) with a name containing {@code text}, ignoring case,
   * diacritics and punctuation; exact names first, then names starting with it, active first.
   */
  public List<Entry> search(String text, int limit) {
    String q = nameKey(text);
    if (q.isEmpty() || limit <= 0) {
      return List.of();
    }
    String like = "%" + q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    Map<String, Integer> rank =
        db.read(
            c -> {
              Map<String, Integer> r = new LinkedHashMap<>();
              try (PreparedStatement ps =
                  c.prepareStatement(
                      "SELECT entry_id, name_key FROM entry_name WHERE name_key LIKE ? ESCAPE '\\'"
                          + " ORDER BY entry_id")) {
                ps.setString(1, like);
                try (ResultSet rs = ps.executeQuery()) {
                  while (rs.next()) {
                    String key = rs.getString(2);
                    int score = key.equals(q) ? 0 : key.startsWith(q) ? 1 : 2;
                    r.merge(rs.getString(1), score, Math::min);
                  }
                }
              }
              return r;
            });
    List<String> best =
        rank.keySet().stream()
            .sorted(Comparator.comparing((String id) -> rank.get(id)).thenComparing(id -> id))
            .limit(limit)
            .toList();
    List<Entry> found = new ArrayList<>();
    for (String id : best) {
      entry(id).ifPresent(found::add);
    }
    found.sort(
        Comparator.comparing((Entry e) -> rank.get(e.id()))
            .thenComparing(e -> e.status() != EntryStatus.ACTIVE)
            .thenComparing(Entry::id));
    return found;
  }

  /** Grows with every committed change; 0 for an empty registry. */
  public long changeCounter() {
    return db.read(
        c -> {
          try (PreparedStatement ps =
                  c.prepareStatement("SELECT COALESCE(MAX(id), 0) FROM registry_change");
              ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
          }
        });
  }

  /**
   * Active entries of a list per nationality (ISO alpha-3 or the source's text), most first; an
   * entry with two nationalities counts for both; entries with none are not counted.
   */
  public Map<String, Integer> nationalityCounts(String listId) {
    Map<String, Integer> counts = new HashMap<>();
    for (Entry e : entries(listId)) {
      for (String n : new LinkedHashSet<>(e.nationalities())) {
        counts.merge(n, 1, Integer::sum);
      }
    }
    Map<String, Integer> sorted = new LinkedHashMap<>();
    counts.entrySet().stream()
        .sorted(
            Map.Entry.<String, Integer>comparingByValue()
                .reversed()
                .thenComparing(Map.Entry.comparingByKey()))
        .forEach(x -> sorted.put(x.getKey(), x.getValue()));
    return sorted;
  }

  /** Active entries of a list per subject type. */
  public Map<SubjectType, Integer> typeCounts(String listId) {
    return db.read(
        c -> {
          Map<SubjectType, Integer> out = new EnumMap<>(SubjectType.class);
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT subject_type, COUNT(*) FROM entry_version WHERE list_id = ?"
                      + " AND valid_to IS NULL AND status = 'ACTIVE' GROUP BY subject_type")) {
            ps.setString(1, listId);
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                out.put(SubjectType.valueOf(rs.getString(1)), rs.getInt(2));
              }
            }
          }
          return out;
        });
  }

  // ---------------------------------------------------------------- internals

  /** The search key of a name: NFKD, marks removed, lower case, letters and digits only. */
  static String nameKey(String s) {
    return PlainKey.of(s);
  }

  private record Current(String listId, int version, String hash, EntryStatus status) {}

  private record Version(Entry entry, String doc, String hash, Current previous) {}

  private static void requireIdForm(Entry e) {
    if (!e.id().equals(Entry.idOf(e.listId(), e.externalId()))) {
      throw new IllegalArgumentException(
          "entry id " + e.id() + " must be " + Entry.idOf(e.listId(), e.externalId()));
    }
  }

  private void requireList(String listId) {
    if (list(listId).isEmpty()) {
      throw new IllegalArgumentException("no list '" + listId + "'; create it first");
    }
  }

  private static Map<String, Current> currentOfList(Connection c, String listId)
      throws SQLException {
    Map<String, Current> out = new HashMap<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT entry_id, version, content_hash, status FROM entry_version"
                + " WHERE list_id = ? AND valid_to IS NULL")) {
      ps.setString(1, listId);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.put(
              rs.getString(1),
              new Current(
                  listId, rs.getInt(2), rs.getString(3), EntryStatus.valueOf(rs.getString(4))));
        }
      }
    }
    return new TreeMap<>(out);
  }

  private static Current current(Connection c, String entryId) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT list_id, version, content_hash, status FROM entry_version"
                + " WHERE entry_id = ? AND valid_to IS NULL")) {
      ps.setString(1, entryId);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next()
            ? new Current(
                rs.getString(1),
                rs.getInt(2),
                rs.getString(3),
                EntryStatus.valueOf(rs.getString(4)))
            : null;
      }
    }
  }

  private static Entry loadDoc(Connection c, String entryId, int version) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement("SELECT doc FROM entry_version WHERE entry_id = ? AND version = ?")) {
      ps.setString(1, entryId);
      ps.setInt(2, version);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          throw new IllegalStateException("version " + version + " of " + entryId + " is missing");
        }
        return EntryJson.entry(rs.getString(1));
      }
    }
  }

  private static Entry withStatus(Entry e, EntryStatus s) {
    return new Entry(
        e.id(),
        e.listId(),
        e.externalId(),
        e.type(),
        e.names(),
        e.birthDates(),
        e.birthPlaces(),
        e.nationalities(),
        e.gender(),
        e.documents(),
        e.addresses(),
        e.affiliations(),
        e.reason(),
        e.legalBasis(),
        e.sourceReference(),
        e.listedOn(),
        e.reviewBy(),
        s);
  }

  /**
   * Now, in UTC microseconds, and always later than the last change: two changes in one microsecond
   * would otherwise give a version that is valid for no time at all.
   */
  private static Instant now(Connection c) throws SQLException {
    Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
    try (PreparedStatement ps = c.prepareStatement("SELECT MAX(at) FROM registry_change");
        ResultSet rs = ps.executeQuery()) {
      if (rs.next() && rs.getString(1) != null) {
        Instant last = Instant.parse(rs.getString(1));
        if (!now.isAfter(last)) {
          now = last.plus(1, ChronoUnit.MICROS);
        }
      }
    }
    return now;
  }

  private static long change(
      Connection c,
      Instant at,
      String actor,
      String action,
      String listId,
      String entryId,
      String source,
      String detail,
      int added,
      int changed,
      int removed)
      throws SQLException {
    long id;
    try (PreparedStatement ps =
            c.prepareStatement("SELECT COALESCE(MAX(id), 0) FROM registry_change");
        ResultSet rs = ps.executeQuery()) {
      rs.next();
      id = rs.getLong(1) + 1;
    }
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO registry_change (id, at, actor, action, list_id, entry_id, source, detail,"
                + " added, changed, removed) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      ps.setLong(1, id);
      ps.setString(2, TIME.format(at));
      ps.setString(3, actor == null || actor.isBlank() ? "unknown" : actor);
      ps.setString(4, action);
      ps.setString(5, listId);
      ps.setString(6, entryId);
      ps.setString(7, source);
      ps.setString(8, detail == null ? "" : detail);
      ps.setInt(9, added);
      ps.setInt(10, changed);
      ps.setInt(11, removed);
      ps.executeUpdate();
    }
    // Every registry change also goes into the audit chain, in the same transaction.
    Map<String, Object> payload = new LinkedHashMap<>();
    payload.put("change", id);
    payload.put("action", action);
    payload.put("list", listId);
    payload.put("entry", entryId);
    payload.put("source", source);
    payload.put("detail", detail == null ? "" : detail);
    payload.put("added", added);
    payload.put("changed", changed);
    payload.put("removed", removed);
    AUDIT.append(
        c,
        "REGISTRY_" + action,
        entryId == null || entryId.isEmpty() ? String.valueOf(listId) : entryId,
        actor == null || actor.isBlank() ? "unknown" : actor,
        at,
        EntryJson.write(payload));
    return id;
  }

  private static void writeVersions(Connection c, List<Version> versions, Instant now, long change)
      throws SQLException {
    String t = TIME.format(now);
    try (PreparedStatement close =
            c.prepareStatement(
                "UPDATE entry_version SET valid_to = ? WHERE entry_id = ? AND version = ?");
        PreparedStatement insert =
            c.prepareStatement(
                "INSERT INTO entry_version (entry_id, version, list_id, status, subject_type,"
                    + " display_name, valid_from, valid_to, content_hash, change_id, doc)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, NULL, ?, ?, ?)");
        PreparedStatement dropNames =
            c.prepareStatement("DELETE FROM entry_name WHERE entry_id = ?");
        PreparedStatement addName =
            c.prepareStatement(
                "INSERT INTO entry_name (entry_id, list_id, name_key) VALUES (?, ?, ?)")) {
      for (Version v : versions) {
        Entry e = v.entry();
        if (v.previous() != null) {
          close.setString(1, t);
          close.setString(2, e.id());
          close.setInt(3, v.previous().version());
          close.addBatch();
          dropNames.setString(1, e.id());
          dropNames.addBatch();
        }
        insert.setString(1, e.id());
        insert.setInt(2, v.previous() == null ? 1 : v.previous().version() + 1);
        insert.setString(3, e.listId());
        insert.setString(4, e.status().name());
        insert.setString(5, e.type().name());
        insert.setString(6, e.displayName());
        insert.setString(7, t);
        insert.setString(8, v.hash());
        insert.setLong(9, change);
        insert.setString(10, v.doc());
        insert.addBatch();
        Set<String> keys = new HashSet<>();
        for (EntryName n : e.names()) {
          String k = nameKey(n.full());
          if (!k.isEmpty() && keys.add(k)) {
            addName.setString(1, e.id());
            addName.setString(2, e.listId());
            addName.setString(3, k);
            addName.addBatch();
          }
        }
      }
      close.executeBatch();
      dropNames.executeBatch();
      insert.executeBatch();
      addName.executeBatch();
    }
  }
}
