package org.crosspoint.app;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.crosspoint.intake.Intake;
import org.crosspoint.intake.document.Document;
import org.crosspoint.intake.document.DocumentReader;
import org.crosspoint.intake.evaluation.Muc4Evaluation;
import org.crosspoint.intake.evaluation.Re3dEvaluation;
import org.crosspoint.intake.evaluation.Score;
import org.crosspoint.intake.evaluation.SeedEvaluation;
import org.crosspoint.intake.gazetteer.Gazetteer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "intake",
    mixinStandardHelpOptions = true,
    description = {
      "Scores intake extraction.",
      "--re3d DIR: person / organisation / place spans on re3d (dev, test and all; exact and overlap).",
      "--muc4 DIR: events on MUC-4 (incident per message; perpetrator, organisation, target, victim).",
      "--seeds: the five seed reports against eval/intake-seeds-expected.json.",
      "--bench: speed in reports of 1,000 words per second, and gazetteer (model) load time."
    })
final class EvalIntakeCommand implements Callable<Integer> {
  @Option(
      names = "--re3d",
      arity = "0..1",
      fallbackValue = "",
      paramLabel = "DIR",
      description = "re3d folder (e.g. /work/shared/data/re3d).")
  Path re3d;

  @Option(
      names = "--muc4",
      arity = "0..1",
      fallbackValue = "",
      paramLabel = "DIR",
      description = "MUC-4 folder in the GRIT staging (e.g. /work/shared/data/muc4-terrorism).")
  Path muc4;

  @Option(names = "--seeds", description = "Score the seed reports.")
  boolean seeds;

  @Option(
      names = "--seeds-dir",
      paramLabel = "DIR",
      description = "Seed reports (default: shared/seeds found above the current directory).")
  Path seedsDir;

  @Option(
      names = "--expected",
      paramLabel = "FILE",
      description = "Expectation file (default: eval/intake-seeds-expected.json in the project).")
  Path expected;

  @Option(names = "--bench", description = "Measure speed and load time on the seed reports.")
  boolean bench;

  @Option(
      names = "--folds",
      paramLabel = "K",
      description =
          "With --re3d: also leave-documents-out on the DEV documents in K folds (the hand-kept"
              + " word lists without the words of the held-out fold).")
  Integer folds;

  @Option(
      names = "--model-cv",
      description =
          "With --re3d and --folds K: cross-validate a statistical name model (OpenNLP) trained on"
              + " the other DEV folds' shippable documents, as an extra signal to the rules.")
  boolean modelCv;

  @Option(names = "--details", description = "List every miss and false positive.")
  boolean details;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    if (re3d == null && muc4 == null && !seeds && !bench) {
      throw new IllegalArgumentException(
          "say what to evaluate: --re3d DIR, --muc4 DIR, --seeds or --bench");
    }
    if (muc4 != null && muc4.toString().isEmpty()) {
      muc4 = shared("data/muc4-terrorism", "--muc4 DIR");
    }
    if (seedsDir == null && (seeds || bench)) {
      seedsDir = shared("seeds", "--seeds-dir DIR");
    }
    if (re3d != null && re3d.toString().isEmpty()) {
      re3d = shared("data/re3d", "--re3d DIR");
    }
    long t0 = System.nanoTime();
    Intake intake = new Intake(Gazetteer.standard());
    double loadMs = (System.nanoTime() - t0) / 1e6;
    if (re3d != null) {
      List<String> devErrors = new ArrayList<>();
      Map<String, Score> scores = Re3dEvaluation.run(re3d, intake, devErrors);
      out.println(
          "re3d: split by SHA-256(document id) first hex digit (0-7 dev, 8-f test); types Person, Organisation, Location(=PLACE)");
      for (String split : List.of("test", "dev", "all")) {
        for (String matching : Re3dEvaluation.MATCHINGS) {
          for (String type : List.of("PERSON", "ORGANISATION", "PLACE")) {
            out.println("  " + scores.get(split + "/" + matching + "/" + type));
          }
        }
      }
      if (folds != null) {
        Map<String, Score> lodo =
            Re3dEvaluation.leaveDocumentsOut(re3d, Gazetteer.standard(), folds);
        out.println(
            "re3d DEV leave-documents-out, "
                + folds
                + " folds: lists "
                + String.join(", ", new java.util.TreeSet<>(Re3dEvaluation.DOCUMENT_LISTS))
                + " without the held-out fold's words");
        for (String matching : Re3dEvaluation.MATCHINGS) {
          for (String type : List.of("PERSON", "ORGANISATION", "PLACE")) {
            out.println("  " + lodo.get("lodo/" + matching + "/" + type));
          }
        }
        for (String type : List.of("PERSON", "ORGANISATION", "PLACE")) {
          StringBuilder line = new StringBuilder("  per fold overlap-names F1 " + type + ":");
          for (int f = 0; f < folds; f++) {
            Score s = lodo.get("lodo-fold-" + f + "/overlap-names/" + type);
            line.append(s == null ? " -" : String.format(Locale.ROOT, " %.3f", s.f1()));
          }
          out.println(line);
        }
      }
      if (folds != null && modelCv) {
        for (String types : List.of("PERSON", "PERSON,ORGANISATION,PLACE")) {
          java.util.Set<org.crosspoint.intake.mentions.MentionType> ts = new java.util.HashSet<>();
          for (String t : types.split(",")) {
            ts.add(org.crosspoint.intake.mentions.MentionType.valueOf(t));
          }
          Map<String, Score> cv =
              Re3dEvaluation.crossValidateModel(re3d, Gazetteer.standard(), folds, ts, 100);
          out.println(
              "re3d DEV "
                  + folds
                  + "-fold cross-validation: rules alone vs rules + OpenNLP model spans of "
                  + types
                  + " where the rules found nothing (model trained on the other folds' documents"
                  + " of shippable sources)");
          for (String matching : List.of("exact", "overlap-names")) {
            for (String type : List.of("PERSON", "ORGANISATION", "PLACE")) {
              out.println("  " + cv.get("cv-rules/" + matching + "/" + type));
              out.println("  " + cv.get("cv-model/" + matching + "/" + type));
            }
          }
        }
      }
      if (details) {
        out.println("dev documents only: false positives and missed proper names");
        devErrors.forEach(e -> out.println("    " + e));
      }
    }
    if (muc4 != null) {
      List<String> devErrors = new ArrayList<>();
      Map<String, Score> scores = Muc4Evaluation.run(muc4, intake, devErrors);
      out.println(
          "MUC-4 (train + dev messages): split by SHA-256(message id) first hex digit (0-7 dev, 8-f test)");
      for (String split : List.of("test", "dev", "all")) {
        out.println("  " + scores.get(split + "/exact/incident"));
        for (String matching : List.of("exact", "overlap")) {
          Score sum = null;
          for (String role : Muc4Evaluation.ROLES) {
            Score s = scores.get(split + "/" + matching + "/" + role);
            out.println("  " + s);
            sum =
                sum == null
                    ? new Score(split + " " + matching + " roles (micro)", 0, 0, 0, 0).plus(s)
                    : sum.plus(s);
          }
          out.println("  " + sum);
        }
      }
      if (details) {
        out.println("dev messages only: incident errors, role misses and false positives");
        devErrors.forEach(e -> out.println("    " + e));
      }
    }
    if (seeds) {
      Path exp = expected != null ? expected : projectFile("eval/intake-seeds-expected.json");
      List<String> misses = new ArrayList<>();
      Map<String, Score> scores = SeedEvaluation.run(seedsDir, exp, intake, misses);
      out.println("seed reports " + seedsDir + " against " + exp);
      for (Score s : scores.values()) {
        out.println("  " + s);
      }
      if (details) {
        misses.forEach(m -> out.println("    " + m));
      } else if (!misses.isEmpty()) {
        out.println("  (" + misses.size() + " misses and extras; --details lists them)");
      }
    }
    if (bench) {
      out.printf(Locale.ROOT, "gazetteer (model) load: %.0f ms%n", loadMs);
      List<Document> docs = new ArrayList<>();
      long words = 0;
      try (var s = Files.list(seedsDir)) {
        for (Path p : s.sorted().toList()) {
          Document d = DocumentReader.read(p);
          docs.add(d);
          words += d.text().split("\\s+").length;
        }
      }
      if (docs.isEmpty()) {
        throw new IllegalArgumentException(seedsDir + ": no reports to measure");
      }
      double[] rates = new double[7];
      for (int r = 0; r < rates.length; r++) {
        long s = System.nanoTime();
        int rounds = 10;
        for (int i = 0; i < rounds; i++) {
          for (Document d : docs) {
            intake.extract(d);
          }
        }
        double sec = (System.nanoTime() - s) / 1e9;
        rates[r] = words * rounds / sec / 1000.0;
      }
      double[] warm = Arrays.copyOfRange(rates, 2, rates.length);
      Arrays.sort(warm);
      out.printf(
          Locale.ROOT,
          "speed: median %.1f reports of 1,000 words per second (min %.1f, max %.1f; 5 runs after 2 warm-up, %d words per pass, one thread)%n",
          warm[warm.length / 2],
          warm[0],
          warm[warm.length - 1],
          words);
    }
    return 0;
  }

  /** A folder of shared/ found above the current directory. */
  private static Path shared(String relative, String option) {
    try {
      return SharedData.find().getParent().resolve(relative);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "no shared/" + relative + " above the current directory; give " + option, e);
    }
  }

  /** A file of the project: beside the launcher (crosspoint-app/target/crosspoint.jar → ../../). */
  static Path projectFile(String relative) {
    try {
      Path jar =
          Path.of(
              EvalIntakeCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      Path root = jar.getParent().getParent().getParent();
      Path p = root.resolve(relative);
      if (Files.exists(p)) {
        return p;
      }
    } catch (java.net.URISyntaxException | RuntimeException e) {
      // fall through to the working directory
    }
    return Path.of(relative);
  }
}
