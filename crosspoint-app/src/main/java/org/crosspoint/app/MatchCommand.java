package org.crosspoint.app;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import org.crosspoint.csv.CsvReader;
import org.crosspoint.csv.CsvWriter;
import org.crosspoint.matching.MatchResult;
import org.crosspoint.matching.NameMatcher;
import org.crosspoint.matching.Query;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code crosspoint match "NAME A" "NAME B"}: compares two names and explains the score part by
 * part; {@code --batch PAIRS.csv --out OUT.csv} scores every row of a CSV (columns name1, name2).
 */
@Command(
    name = "match",
    mixinStandardHelpOptions = true,
    description = {
      "Compare two names (any script) and explain the score part by part.",
      "Batch: --batch PAIRS.csv (header with name1,name2; other columns ignored) --out OUT.csv"
          + " writes name1,name2,score,match per input row, in order."
    })
public final class MatchCommand implements Callable<Integer> {
  @Parameters(arity = "0..2", paramLabel = "NAME", description = "The two names to compare.")
  List<String> names = new ArrayList<>();

  @Option(names = "--json", description = "Print JSON: score, match, explanation.")
  boolean json;

  @Option(names = "--batch", paramLabel = "PAIRS.csv", description = "CSV of pairs to score.")
  Path batch;

  @Option(names = "--out", paramLabel = "OUT.csv", description = "Where --batch writes scores.")
  Path out;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    PrintWriter pw = spec.commandLine().getOut();
    NameMatcher matcher = NameMatcher.standard();
    if (batch != null) {
      if (out == null) {
        throw new IllegalArgumentException("--batch needs --out OUT.csv");
      }
      long t0 = System.nanoTime();
      int n = batch(matcher, batch, out);
      double secs = (System.nanoTime() - t0) / 1e9;
      pw.printf(
          Locale.ROOT, "scored %d pairs in %.2f s (%.0f pairs/s) -> %s%n", n, secs, n / secs, out);
      return 0;
    }
    if (names.size() != 2) {
      throw new IllegalArgumentException(
          "give two names, e.g. match \"Yusuf al-Salafi\" \"YOUSAF AL SALAFI\"");
    }
    MatchResult r = matcher.compare(names.get(0), names.get(1));
    if (json) {
      Json.print(pw, r);
    } else {
      pw.printf(
          Locale.ROOT,
          "score %.4f: %s (threshold %.2f)%n%s%n",
          r.score(),
          r.match() ? "MATCH" : "no match",
          matcher.defaultThreshold(),
          r.explanation().text());
    }
    return 0;
  }

  static int batch(NameMatcher matcher, Path in, Path outFile) throws IOException {
    List<String[]> rows = new ArrayList<>();
    String file = String.valueOf(in.getFileName());
    try (BufferedReader r = Files.newBufferedReader(in, StandardCharsets.UTF_8);
        CsvReader csv = new CsvReader(r)) {
      List<String> header = csv.next();
      if (header == null) {
        throw new IllegalArgumentException(
            file + ": empty file; expected a header with name1,name2");
      }
      int c1 = column(header, "name1", file);
      int c2 = column(header, "name2", file);
      if (c1 < 0 || c2 < 0) {
        throw new IllegalArgumentException(
            file + " line 1: the header needs columns name1 and name2; it has " + header);
      }
      List<String> rec;
      while ((rec = csv.next()) != null) {
        if (rec.size() == 1 && rec.get(0).isEmpty()) {
          continue;
        }
        String where = file + " line " + csv.line() + ", ";
        rows.add(
            new String[] {
              Query.checkName(field(rec, c1), where + "name1"),
              Query.checkName(field(rec, c2), where + "name2")
            });
      }
    }
    double[] scores = new double[rows.size()];
    // both cores: scoring is independent per row, the matcher is thread-safe
    IntStream.range(0, rows.size())
        .parallel()
        .forEach(i -> scores[i] = matcher.score(rows.get(i)[0], rows.get(i)[1]));
    try (BufferedWriter w = Files.newBufferedWriter(outFile, StandardCharsets.UTF_8)) {
      CsvWriter csv = new CsvWriter(w);
      csv.write(List.of("name1", "name2", "score", "match"));
      for (int i = 0; i < rows.size(); i++) {
        csv.write(
            List.of(
                rows.get(i)[0],
                rows.get(i)[1],
                String.format(Locale.ROOT, "%.4f", scores[i]),
                Boolean.toString(scores[i] >= matcher.defaultThreshold())));
      }
      csv.flush();
    }
    return rows.size();
  }

  static int column(List<String> header, String name, String file) {
    for (int i = 0; i < header.size(); i++) {
      if (header.get(i).strip().equalsIgnoreCase(name)) {
        return i;
      }
    }
    return -1;
  }

  static String field(List<String> rec, int i) {
    return i >= 0 && i < rec.size() ? rec.get(i) : "";
  }
}
