package org.crosspoint.app;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds ../shared/data, the evaluation data kept beside (never inside) the repository. */
final class SharedData {
  private SharedData() {}

  /** The first {@code shared/data} directory above the current directory. */
  static Path find() {
    return dir("data")
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "no shared/data directory above "
                        + Path.of("").toAbsolutePath()
                        + "; give --data DIR"));
  }

  /**
   * The first {@code shared/NAME} directory above the current directory, else above the repository
   * root (the launcher exports {@code CROSSPOINT_ROOT}).
   */
  static java.util.Optional<Path> dir(String name) {
    String root = System.getenv("CROSSPOINT_ROOT");
    for (Path start :
        root == null
            ? java.util.List.of(Path.of("").toAbsolutePath())
            : java.util.List.of(Path.of("").toAbsolutePath(), Path.of(root).toAbsolutePath())) {
      for (Path p = start; p != null; p = p.getParent()) {
        Path d = p.resolve("shared").resolve(name);
        if (Files.isDirectory(d)) {
          return java.util.Optional.of(d);
        }
      }
    }
    return java.util.Optional.empty();
  }
}
