package org.crosspoint.app;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds ../shared/data, the evaluation data kept beside (never inside) the repository. */
final class SharedData {
  private SharedData() {}

  /** The first {@code shared/data} directory above the current directory. */
  static Path find() {
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      Path d = p.resolve("shared/data");
      if (Files.isDirectory(d)) {
        return d;
      }
    }
    throw new IllegalArgumentException(
        "no shared/data directory above " + Path.of("").toAbsolutePath() + "; give --data DIR");
  }
}
