package org.crosspoint.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Applies the SQL migrations found on the classpath under {@code db/migration/}, named {@code
 * V{n}__{name}.sql}, in order of n, each in its own transaction, recording each in {@code
 * schema_version}. The same files run on SQLite and PostgreSQL, so they use portable SQL only.
 *
 * <p>Number ranges, so modules never collide: V1–V19 registry, V20–V29 audit and encounters,
 * V30–V39 knowledge base. Files are found by listing every {@code db/migration} directory or jar
 * entry on the classpath, so each module ships its own. Two files with one number, or an applied
 * file whose text changed since, stop the start with an error rather than guessing.
 *
 * <p>Statements in a file are separated by a {@code ;} at the end of a line; {@code --} comment
 * lines are ignored.
 */
public final class Migrations {
  static final String LOCATION = "db/migration";
  private static final Pattern NAME = Pattern.compile("V(\\d{1,4})__([A-Za-z0-9_]+)\\.sql");

  /** One migration file. */
  public record Migration(int version, String name, String sql) {
    String checksum() {
      try {
        return HexFormat.of()
            .formatHex(
                MessageDigest.getInstance("SHA-256").digest(sql.getBytes(StandardCharsets.UTF_8)));
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException(e);
      }
    }
  }

  private Migrations() {}

  /** Every migration on the classpath of {@code loader}, ordered by version. */
  public static List<Migration> discover(ClassLoader loader) {
    Map<Integer, Migration> byVersion = new TreeMap<>();
    try {
      Enumeration<URL> roots = loader.getResources(LOCATION);
      while (roots.hasMoreElements()) {
        URL root = roots.nextElement();
        for (String file : list(root)) {
          Matcher m = NAME.matcher(file);
          if (!m.matches()) {
            continue;
          }
          int v = Integer.parseInt(m.group(1));
          String sql;
          try (InputStream in = loader.getResourceAsStream(LOCATION + "/" + file)) {
            if (in == null) {
              throw new StoreException("cannot read migration " + LOCATION + "/" + file);
            }
            sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
          }
          Migration mig = new Migration(v, m.group(2), sql);
          Migration before = byVersion.putIfAbsent(v, mig);
          if (before != null && !before.sql().equals(sql)) {
            throw new StoreException(
                "two migrations numbered V" + v + ": " + before.name() + " and " + mig.name());
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return List.copyOf(byVersion.values());
  }

  private static List<String> list(URL root) throws IOException {
    List<String> out = new ArrayList<>();
    if (root.getProtocol().equals("file")) {
      try (Stream<Path> s = Files.list(Path.of(root.toURI()))) {
        s.forEach(p -> out.add(p.getFileName().toString()));
      } catch (URISyntaxException e) {
        throw new IOException(e);
      }
    } else if (root.getProtocol().equals("jar")) {
      JarURLConnection conn = (JarURLConnection) root.openConnection();
      conn.setUseCaches(false);
      try (JarFile jar = conn.getJarFile()) {
        String prefix = LOCATION + "/";
        for (Enumeration<JarEntry> e = jar.entries(); e.hasMoreElements(); ) {
          String n = e.nextElement().getName();
          if (n.startsWith(prefix)
              && n.indexOf('/', prefix.length()) < 0
              && n.length() > prefix.length()) {
            out.add(n.substring(prefix.length()));
          }
        }
      }
    }
    return out;
  }

  /** Applies every pending migration; returns the versions applied now. */
  public static List<Integer> migrate(Database db) {
    return migrate(db, discover(Migrations.class.getClassLoader()));
  }

  static List<Integer> migrate(Database db, List<Migration> migrations) {
    db.inTransaction(
        c -> {
          db.serialize(c, "schema_version");
          try (Statement s = c.createStatement()) {
            s.execute(
                "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, name"
                    + " TEXT NOT NULL, checksum TEXT NOT NULL, applied_at TEXT NOT NULL)");
          }
          return null;
        });
    List<Integer> applied = new ArrayList<>();
    for (Migration m : migrations) {
      boolean now =
          db.inTransaction(
              c -> {
                db.serialize(c, "schema_version");
                String existing = checksum(c, m.version());
                if (existing != null) {
                  if (!existing.equals(m.checksum())) {
                    throw new StoreException(
                        "migration V"
                            + m.version()
                            + "__"
                            + m.name()
                            + " changed after it was applied to "
                            + db);
                  }
                  return false;
                }
                try (Statement s = c.createStatement()) {
                  for (String stmt : statements(m.sql())) {
                    s.execute(stmt);
                  }
                } catch (SQLException e) {
                  throw new StoreException(
                      "migration V" + m.version() + "__" + m.name() + " failed: " + e.getMessage(),
                      e);
                }
                try (PreparedStatement ps =
                    c.prepareStatement(
                        "INSERT INTO schema_version (version, name, checksum, applied_at) VALUES"
                            + " (?, ?, ?, ?)")) {
                  ps.setInt(1, m.version());
                  ps.setString(2, m.name());
                  ps.setString(3, m.checksum());
                  ps.setString(4, Instant.now().toString());
                  ps.executeUpdate();
                }
                return true;
              });
      if (now) {
        applied.add(m.version());
      }
    }
    return applied;
  }

  private static String checksum(Connection c, int version) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement("SELECT checksum FROM schema_version WHERE version = ?")) {
      ps.setInt(1, version);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? rs.getString(1) : null;
      }
    }
  }

  static List<String> statements(String sql) {
    List<String> out = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    for (String line : sql.split("\n", -1)) {
      String t = line.strip();
      if (t.startsWith("--")) {
        continue;
      }
      cur.append(line).append('\n');
      if (t.endsWith(";")) {
        String s = cur.toString().strip();
        out.add(s.substring(0, s.length() - 1));
        cur.setLength(0);
      }
    }
    if (!cur.toString().isBlank()) {
      out.add(cur.toString().strip());
    }
    return out;
  }
}
