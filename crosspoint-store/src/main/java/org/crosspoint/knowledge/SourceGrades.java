package org.crosspoint.knowledge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Admiralty reliability grades (A completely reliable … F cannot be judged) per outlet or agency,
 * read from {@code source-grades.tsv} in the Crosspoint home, which is written with defaults on
 * first use so that analysts can edit it. Unknown sources are F: nothing is assumed.
 */
public final class SourceGrades {
  public static final String FILE = "source-grades.tsv";
  private static final List<String> DEFAULTS =
      List.of(
          "# source<TAB>grade (A-F). Admiralty: A completely reliable, B usually reliable, C fairly reliable,",
          "# D not usually reliable, E unreliable, F reliability cannot be judged. Edit freely.",
          "Reuters\tB",
          "BBC News\tB",
          "The News\tC",
          "Dawn\tC",
          "The Express Tribune\tC",
          "Foreign Office (Pakistan)\tB",
          "Pakistani Military Intelligence\tB");

  private final Map<String, Character> grades;

  private SourceGrades(Map<String, Character> grades) {
    this.grades = Map.copyOf(grades);
  }

  public static SourceGrades load(Path home) {
    Path f = home.resolve(FILE);
    try {
      if (!Files.exists(f)) {
        Files.createDirectories(home);
        Files.write(f, DEFAULTS, StandardCharsets.UTF_8);
      }
      Map<String, Character> g = new HashMap<>();
      int n = 0;
      for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
        n++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] parts = line.split("\t");
        String grade = parts.length == 2 ? parts[1].strip().toUpperCase(Locale.ROOT) : "";
        if (grade.length() != 1 || "ABCDEF".indexOf(grade.charAt(0)) < 0) {
          throw new IllegalArgumentException(
              f + " line " + n + ": expected 'source<TAB>A-F', got '" + line + "'");
        }
        g.put(parts[0].strip().toLowerCase(Locale.ROOT), grade.charAt(0));
      }
      return new SourceGrades(g);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + f, e);
    }
  }

  /** The grade of a source; F when unknown or absent. */
  public char grade(String source) {
    if (source == null) {
      return 'F';
    }
    return grades.getOrDefault(source.strip().toLowerCase(Locale.ROOT), 'F');
  }
}
