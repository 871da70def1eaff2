package org.crosspoint.app;

import java.nio.file.Path;
import org.crosspoint.store.Store;
import picocli.CommandLine.Option;

/**
 * {@code --home DIR}: where Crosspoint keeps its data. Include with {@code @Mixin HomeOption
 * home;}. Order: the option, then {@code $CROSSPOINT_HOME}, then {@code ~/.crosspoint} (the
 * launcher sets {@code CROSSPOINT_HOME} to {@code .crosspoint/} beside itself).
 */
public final class HomeOption {
  @Option(
      names = "--home",
      paramLabel = "DIR",
      description = "Data directory (default: $CROSSPOINT_HOME, else ~/.crosspoint).")
  Path home;

  public Path dir() {
    if (home != null) {
      return home.toAbsolutePath();
    }
    String env = System.getenv("CROSSPOINT_HOME");
    if (env != null && !env.isBlank()) {
      return Path.of(env).toAbsolutePath();
    }
    return Path.of(System.getProperty("user.home"), ".crosspoint");
  }

  /**
   * Opens the store: the PostgreSQL (or SQLite) database named by {@code $CROSSPOINT_DB_URL} when
   * set (e.g. {@code jdbc:postgresql://127.0.0.1:5432/crosspoint?user=crosspoint}), else the SQLite
   * file {@code crosspoint.db} in {@link #dir()}.
   */
  public Store openStore() {
    String url = System.getenv("CROSSPOINT_DB_URL");
    return url == null || url.isBlank() ? Store.open(dir()) : Store.openUrl(url);
  }
}
