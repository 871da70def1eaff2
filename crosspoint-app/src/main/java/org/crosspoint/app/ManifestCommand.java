package org.crosspoint.app;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.crosspoint.manifest.ManifestError;
import org.crosspoint.manifest.ManifestFormat;
import org.crosspoint.manifest.ManifestGenerator;
import org.crosspoint.manifest.ManifestPassenger;
import org.crosspoint.manifest.ManifestReader;
import org.crosspoint.manifest.ManifestSummary;
import org.crosspoint.screening.Traveller;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code crosspoint manifest read|generate}: passenger manifests (CSV and UN/EDIFACT PAXLST). */
@Command(
    name = "manifest",
    mixinStandardHelpOptions = true,
    description = "Passenger manifests: CSV and UN/EDIFACT PAXLST (airline API messages).",
    subcommands = {ManifestCommand.Read.class, ManifestCommand.Generate.class})
public final class ManifestCommand extends GroupCommand {

  @Command(
      name = "read",
      mixinStandardHelpOptions = true,
      description = {
        "Read a manifest (CSV or PAXLST, told apart by content) and print its travellers, every"
            + " bad segment or line with its place, a summary and the time taken.",
        "Exit 0 when every traveller was read, 1 when some were dropped or errors were found."
      })
  static final class Read implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", description = "The manifest.")
    Path file;

    @Option(names = "--json", description = "Print the summary (and travellers) as JSON.")
    boolean json;

    @Option(names = "--summary", description = "Only the summary and errors, no travellers.")
    boolean summaryOnly;

    @Option(
        names = "--today",
        paramLabel = "DATE",
        description = "The date two-digit years are resolved against (default: today, UTC).")
    LocalDate today;

    @Option(
        names = "--repeat",
        defaultValue = "1",
        paramLabel = "N",
        description =
            "Read the file N times in this process (implies --summary) and print the median and"
                + " fastest time: the in-process parse speed once the JIT has warmed up.")
    int repeat;

    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
      LocalDate on = today != null ? today : LocalDate.now(ZoneOffset.UTC);
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      if (repeat > 1) {
        return timed(on, out);
      }
      List<Map<String, Object>> rows = new ArrayList<>();
      long start = System.nanoTime();
      int[] seen = {0};
      ManifestSummary s =
          ManifestReader.read(
              file,
              on,
              p -> {
                if (++seen[0] % 10_000 == 0) {
                  err.printf(Locale.ROOT, "\r%,d travellers read", seen[0]);
                  err.flush();
                }
                if (!summaryOnly) {
                  if (json) {
                    rows.add(row(p));
                  } else {
                    out.println(line(p));
                  }
                }
              });
      long micros = (System.nanoTime() - start) / 1_000;
      if (seen[0] >= 10_000) {
        err.println();
      }
      if (json) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("format", s.format().name());
        m.put("passengers", s.passengers());
        m.put("rejected", s.rejected());
        m.put("declared", s.declared());
        m.put("error_count", s.errorCount());
        m.put("errors", s.errors().stream().map(ManifestError::toString).toList());
        m.put("millis", micros / 1000.0);
        if (!summaryOnly) {
          m.put("travellers", rows);
        }
        Json.print(out, m);
      } else {
        for (ManifestError e : s.errors()) {
          out.println("error: " + e);
        }
        if (s.errorCount() > s.errors().size()) {
          out.printf(Locale.ROOT, "... and %d more errors%n", s.errorCount() - s.errors().size());
        }
        out.printf(
            Locale.ROOT,
            "%s: %d travellers read, %d dropped, %d declared, %d errors, in %.1f ms (%.0f"
                + " travellers/s)%n",
            s.format(),
            s.passengers(),
            s.rejected(),
            s.declared(),
            s.errorCount(),
            micros / 1000.0,
            micros == 0 ? 0.0 : s.passengers() * 1e6 / micros);
      }
      out.flush();
      return s.errorCount() == 0 && s.rejected() == 0 ? 0 : 1;
    }

    private int timed(LocalDate on, PrintWriter out) throws IOException {
      long[] micros = new long[repeat];
      ManifestSummary s = null;
      for (int i = 0; i < repeat; i++) {
        long start = System.nanoTime();
        int[] n = {0};
        s = ManifestReader.read(file, on, p -> n[0]++);
        micros[i] = (System.nanoTime() - start) / 1_000;
      }
      long first = micros[0];
      java.util.Arrays.sort(micros);
      out.printf(
          Locale.ROOT,
          "%s: %d travellers, %d errors; %d runs: first %.1f ms, median %.1f ms, fastest %.1f"
              + " ms (%.0f travellers/s at the median)%n",
          s.format(),
          s.passengers(),
          s.errorCount(),
          repeat,
          first / 1000.0,
          micros[repeat / 2] / 1000.0,
          micros[0] / 1000.0,
          s.passengers() * 1e6 / Math.max(1, micros[repeat / 2]));
      out.flush();
      return 0;
    }

    private static String line(ManifestPassenger p) {
      Traveller t = p.traveller();
      return String.format(
          Locale.ROOT,
          "%5d  %-40s %-10s %-3s %-1s %-3s %-12s %s",
          p.number(),
          t.fullName(),
          t.birthDate() == null ? "" : t.birthDate().toString(),
          t.nationality(),
          t.gender(),
          t.document().issuingState(),
          t.document().number(),
          t.document().type());
    }

    private static Map<String, Object> row(ManifestPassenger p) {
      Traveller t = p.traveller();
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("number", p.number());
      m.put("where", p.where());
      m.put("surname", t.surname());
      m.put("given_names", t.givenNames());
      m.put("full_name", t.fullName());
      m.put("birth_date", t.birthDate() == null ? null : t.birthDate().toString());
      m.put("nationality", t.nationality());
      m.put("gender", t.gender());
      m.put("document_type", t.document().type().name());
      m.put("document_number", t.document().number());
      m.put("issuing_state", t.document().issuingState());
      m.put("expiry_date", t.document().expiry() == null ? null : t.document().expiry().toString());
      m.put("crew", p.crew());
      m.put("direction", p.direction() == null ? null : p.direction().name());
      m.put("flight", p.flight());
      m.put("departure", p.departure());
      m.put("arrival", p.arrival());
      return m;
    }
  }

  @Command(
      name = "generate",
      mixinStandardHelpOptions = true,
      description = {
        "Write a synthetic manifest of N travellers (seeded: the same seed gives the same file),"
            + " for tests and the 10,000-traveller benchmark.",
        "With --hits FILE (one name per line), a share of travellers (--hit-rate) carry those"
            + " names, to plant watchlist hits."
      })
  static final class Generate implements Callable<Integer> {
    @Option(names = "--count", required = true, paramLabel = "N", description = "Travellers.")
    int count;

    @Option(
        names = "--format",
        defaultValue = "paxlst",
        paramLabel = "FORMAT",
        description = "paxlst or csv (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Output file.")
    Path out;

    @Option(names = "--seed", defaultValue = "1", description = "Random seed (default: 1).")
    long seed;

    @Option(names = "--hits", paramLabel = "FILE", description = "Names to plant, one a line.")
    Path hits;

    @Option(
        names = "--hit-rate",
        defaultValue = "0.01",
        paramLabel = "R",
        description = "Share of travellers given a planted name (default: 0.01).")
    double hitRate;

    @Option(names = "--today", paramLabel = "DATE", description = "Flight date (default: today).")
    LocalDate today;

    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
      ManifestFormat f;
      try {
        f = ManifestFormat.valueOf(format.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("--format must be paxlst or csv, not " + format);
      }
      if (hitRate < 0 || hitRate > 1) {
        throw new IllegalArgumentException("--hit-rate must be between 0 and 1");
      }
      List<String> names = new ArrayList<>();
      if (hits != null) {
        for (String l : Files.readAllLines(hits, StandardCharsets.UTF_8)) {
          if (!l.isBlank() && !l.startsWith("#")) {
            names.add(l.strip());
          }
        }
      }
      LocalDate on = today != null ? today : LocalDate.now(ZoneOffset.UTC);
      int planted;
      try (Writer w = new BufferedWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8))) {
        planted = ManifestGenerator.write(w, f, count, seed, names, hitRate, on);
      }
      PrintWriter o = spec.commandLine().getOut();
      o.printf(
          Locale.ROOT,
          "wrote %s: %d travellers (%s, seed %d), %d with planted names%n",
          out,
          count,
          f,
          seed,
          planted);
      o.flush();
      return 0;
    }
  }
}
