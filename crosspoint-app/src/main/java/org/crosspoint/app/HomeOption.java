package org.crosspoint.app;

import java.nio.file.Path;
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
}
