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
import org.crosspoint.country.Countries;
import org.crosspoint.csv.CsvReader;
import org.crosspoint.csv.CsvWriter;
import org.crosspoint.dates.PartialDate;
import org.crosspoint.matching.Candidate;
import org.crosspoint.matching.Explanation;
import org.crosspoint.matching.MatchIndex;
import org.crosspoint.matching.Query;
import org.crosspoint.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code crosspoint screen}: a person against every active entry of every list in the registry,
 * ranked and explained; {@code --batch PEOPLE.csv --out OUT.csv} screens a file of people on both
 * cores and reports names per second.
 */
@Command(
    name = "screen",
    mixinStandardHelpOptions = true,
    description = {
      "Screen a person against all active watchlist entries (names, aliases, original script).",
      "Batch: --batch PEOPLE.csv (columns full_name, date_of_birth, nationality, gender,"
          + " document_number; any may be missing) --out OUT.csv writes"
          + " row,entry_id,list_id,matched_name,score,alert per input row, in order."
    })
public final class ScreenCommand implements Callable<Integer> {
  @Mixin HomeOption home;

  @Option(names = "--name", paramLabel = "NAME", description = "Name as written, any script.")
  String name;

  @Option(
      names = "--dob",
      paramLabel = "DATE",
      description = "Date of birth: 1975, 1975-03, 1975-03-02, ...")
  String dob;

  @Option(names = "--nationality", paramLabel = "CODE", description = "ISO code or country name.")
  String nationality;

  @Option(names = "--gender", paramLabel = "M|F|X", description = "Gender.")
  String gender;

  @Option(names = "--document", paramLabel = "NUMBER", description = "Passport or ID number.")
  String document;

  @Option(
      names = "--limit",
      defaultValue = "10",
      description = "Most candidates shown (default ${DEFAULT-VALUE}).")
  int limit;

  @Option(names = "--json", description = "Print JSON.")
  boolean json;

  @Option(names = "--batch", paramLabel = "PEOPLE.csv", description = "CSV of people to screen.")
  Path batch;

  @Option(
      names = "--out",
      paramLabel = "OUT.csv",
      description = "Where --batch writes the best match per row.")
  Path out;

  @Spec CommandSpec spec;

  /** One ranked match as printed by {@code --json}. */
  public record Match(
      int rank,
      String list,
      String entryId,
      String displayName,
      String matchedName,
      String matchedNameKind,
      double score,
      boolean alert,
      Explanation explanation) {}

  @Override
  public Integer call() throws IOException {
    PrintWriter pw = spec.commandLine().getOut();
    if (batch == null && (name == null || name.isBlank())) {
      throw new IllegalArgumentException("give --name \"...\" or --batch PEOPLE.csv --out OUT.csv");
    }
    if (batch != null && out == null) {
      throw new IllegalArgumentException("--batch needs --out OUT.csv");
    }
    // a batch is read before the index is built: a bad file stops before the wait, and the names
    // warm the screening code up while the index builds (see BatchWarmup)
    List<Query> people = batch == null ? null : readPeople();
    long t0 = System.nanoTime();
    MatchIndex index;
    try (Store store = Store.open(home.dir())) {
      List<org.crosspoint.watchlist.Entry> entries = store.registry().activeEntries();
      BatchWarmup warmup = people == null ? null : BatchWarmup.start(entries, people);
      try {
        index = MatchIndex.build(entries);
      } finally {
        if (warmup != null) {
          warmup.stop();
        }
      }
    }
    double buildSecs = (System.nanoTime() - t0) / 1e9;
    if (index.size() == 0) {
      spec.commandLine()
          .getErr()
          .println(
              "warning: the registry has no active entries; import lists first (crosspoint lists import ...)");
    }
    if (batch != null) {
      spec.commandLine()
          .getErr()
          .printf(Locale.ROOT, "indexed %d entries in %.2f s%n", index.size(), buildSecs);
      return batch(index, people, pw);
    }
    Query q =
        new Query(
            name,
            dob == null || dob.isBlank() ? null : PartialDate.parse(dob),
            nationalityCode(nationality, "--nationality"),
            genderCode(gender),
            document);
    List<Candidate> cs = index.screen(q, limit);
    List<Match> ms = new ArrayList<>();
    for (int i = 0; i < cs.size(); i++) {
      Candidate c = cs.get(i);
      ms.add(
          new Match(
              i + 1,
              c.entry().listId(),
              c.entry().id(),
              c.entry().displayName(),
              c.matchedName().full(),
              c.matchedName().kind().name(),
              c.score(),
              c.alert(),
              c.explanation()));
    }
    if (json) {
      Json.print(pw, ms);
      return 0;
    }
    if (ms.isEmpty()) {
      pw.println("no candidates for \"" + name + "\" among " + index.size() + " entries");
    }
    for (Match m : ms) {
      pw.printf(
          Locale.ROOT,
          "%2d. %s %.4f  %s  [%s %s]  matched \"%s\" (%s)%n      %s%n",
          m.rank(),
          m.alert() ? "ALERT" : "     ",
          m.score(),
          m.displayName(),
          m.list(),
          m.entryId(),
          m.matchedName(),
          m.matchedNameKind(),
          m.explanation().text());
    }
    return 0;
  }

  /** How often a batch reports its progress. */
  static final int PROGRESS_SECONDS = 5;

  private List<Query> readPeople() throws IOException {
    List<Query> people = new ArrayList<>();
    String file = String.valueOf(batch.getFileName());
    PrintWriter err = spec.commandLine().getErr();
    try (BufferedReader r = Files.newBufferedReader(batch, StandardCharsets.UTF_8);
        CsvReader csv = new CsvReader(r)) {
      List<String> header = csv.next();
      if (header == null) {
        throw new IllegalArgumentException(file + ": empty file; expected a header with full_name");
      }
      int cName = MatchCommand.column(header, "full_name", file);
      if (cName < 0) {
        throw new IllegalArgumentException(
            file + " line 1: the header needs a full_name column; it has " + header);
      }
      int cDob = MatchCommand.column(header, "date_of_birth", file);
      int cNat = MatchCommand.column(header, "nationality", file);
      int cGender = MatchCommand.column(header, "gender", file);
      int cDoc = MatchCommand.column(header, "document_number", file);
      List<String> rec;
      while ((rec = csv.next()) != null) {
        if (rec.size() == 1 && rec.get(0).isEmpty()) {
          continue;
        }
        long line = csv.line();
        PartialDate d = null;
        String dobText = MatchCommand.field(rec, cDob).strip();
        if (!dobText.isEmpty()) {
          try {
            d = PartialDate.parse(dobText);
          } catch (IllegalArgumentException e) {
            // one bad cell must not stop a manifest: screened on the name, and said so
            err.println(
                file
                    + " line "
                    + line
                    + ", date_of_birth: "
                    + e.getMessage()
                    + "; screened without it");
          }
        }
        String natText = MatchCommand.field(rec, cNat).strip();
        String nat = Countries.resolve(natText).orElse("");
        if (nat.isEmpty() && !natText.isEmpty()) {
          err.println(
              file
                  + " line "
                  + line
                  + ", nationality: unknown country \""
                  + natText
                  + "\"; screened without it");
        }
        // a name beyond the bound stops the file before anything is screened or written
        String fullName =
            Query.checkName(MatchCommand.field(rec, cName), file + " line " + line + ", full_name");
        people.add(
            new Query(
                fullName,
                d,
                nat,
                genderCode(MatchCommand.field(rec, cGender)),
                MatchCommand.field(rec, cDoc)));
      }
    }
    return people;
  }

  private int batch(MatchIndex index, List<Query> people, PrintWriter pw) throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    long t0 = System.nanoTime();
    Candidate[] best = new Candidate[people.size()];
    java.util.concurrent.atomic.AtomicInteger done =
        new java.util.concurrent.atomic.AtomicInteger();
    // a long batch says how far it is, every PROGRESS_SECONDS, on the error stream
    java.util.concurrent.ScheduledExecutorService progress =
        java.util.concurrent.Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "batch-progress");
              t.setDaemon(true);
              return t;
            });
    progress.scheduleAtFixedRate(
        () ->
            err.printf(
                Locale.ROOT,
                "screened %,d of %,d names (%.0f names/s)%n",
                done.get(),
                best.length,
                done.get() / ((System.nanoTime() - t0) / 1e9)),
        PROGRESS_SECONDS,
        PROGRESS_SECONDS,
        java.util.concurrent.TimeUnit.SECONDS);
    try {
      // both cores: the index is immutable and screening keeps its scratch memory per thread
      IntStream.range(0, people.size())
          .parallel()
          .forEach(
              i -> {
                List<Candidate> c = index.rank(people.get(i), 1);
                best[i] = c.isEmpty() ? null : c.get(0);
                done.incrementAndGet();
              });
    } finally {
      progress.shutdownNow();
    }
    double secs = (System.nanoTime() - t0) / 1e9;
    try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      CsvWriter csv = new CsvWriter(w);
      csv.write(List.of("row", "entry_id", "list_id", "matched_name", "score", "alert"));
      for (int i = 0; i < best.length; i++) {
        Candidate c = best[i];
        csv.write(
            c == null
                ? List.of(Integer.toString(i + 1), "", "", "", "", "")
                : List.of(
                    Integer.toString(i + 1),
                    c.entry().id(),
                    c.entry().listId(),
                    c.matchedName().full(),
                    String.format(Locale.ROOT, "%.4f", c.score()),
                    Boolean.toString(c.alert())));
      }
      csv.flush();
    }
    long alerts = java.util.Arrays.stream(best).filter(c -> c != null && c.alert()).count();
    pw.printf(
        Locale.ROOT,
        "screened %d names in %.2f s: %.0f names/s; %d alerts -> %s%n",
        best.length,
        secs,
        best.length / Math.max(secs, 1e-9),
        alerts,
        out);
    return 0;
  }

  static String nationalityCode(String text, String what) {
    if (text == null || text.isBlank()) {
      return "";
    }
    return Countries.resolve(text)
        .orElseThrow(
            () -> new IllegalArgumentException(what + ": unknown country \"" + text + "\""));
  }

  static String genderCode(String g) {
    if (g == null) {
      return "";
    }
    String s = g.strip().toUpperCase(Locale.ROOT);
    if (s.startsWith("M")) {
      return "M";
    }
    if (s.startsWith("F")) {
      return "F";
    }
    return s.equals("X") ? "X" : "";
  }
}
