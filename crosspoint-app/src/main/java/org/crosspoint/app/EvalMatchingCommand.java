package org.crosspoint.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.crosspoint.evaluation.MatchingEvaluation;
import org.crosspoint.evaluation.TravellerFile;
import org.crosspoint.watchlist.Entry;
import org.crosspoint.watchlist.importer.Importers;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code crosspoint eval matching} and its parts: the name-matching figures of issue 3 on the UN
 * and OFAC lists and the transliteration data in ../shared/data. Every figure says its split.
 */
@Command(
    name = "matching",
    mixinStandardHelpOptions = true,
    description = {
      "All name-matching figures: transliteration, cross-script, pairs, perturbed recall,"
          + " innocents' false alerts, alias leave-one-out. Reads ../shared/data.",
      "Each also runs alone: eval translit | cross-script | pairs | perturbed | innocents |"
          + " leave-one-out | speed."
    })
public class EvalMatchingCommand implements Callable<Integer> {
  @Option(
      names = "--data",
      paramLabel = "DIR",
      description =
          "The shared data directory (default: ../shared/data above the current directory).")
  Path data;

  @Option(
      names = "--seed",
      defaultValue = "1",
      description = "Seed of generated data (default ${DEFAULT-VALUE}).")
  long seed;

  @Option(
      names = "--innocents",
      defaultValue = "100000",
      description = "Size of the generated innocent population (default ${DEFAULT-VALUE}).")
  int innocents;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  MatchingEvaluation evaluation() {
    Path dir = data != null ? data : SharedData.find();
    PrintWriter err = spec.commandLine().getErr();
    err.println("loading UN and OFAC lists from " + dir + " ...");
    List<Entry> un =
        Importers.read("un-xml", dir.resolve("un-consolidated/UN_consolidated.xml"), "un-sc");
    List<Entry> ofac = Importers.read("ofac-csv", dir.resolve("ofac-sdn/sdn.csv"), "ofac-sdn");
    return new MatchingEvaluation(un, ofac, dir, spec.commandLine().getOut());
  }

  @Override
  public Integer call() {
    MatchingEvaluation e = evaluation();
    e.translit();
    e.crossScript();
    e.pairs();
    e.perturbed(seed);
    e.innocents(innocents, seed);
    e.leaveOneOut();
    return 0;
  }

  @Command(
      name = "translit",
      mixinStandardHelpOptions = true,
      description =
          "Arabic script -> Latin on the token pairs of wikidata-translit-arabic and google-translit-ar2en (train and dev splits).")
  static final class Translit extends EvalMatchingCommand {
    @Override
    public Integer call() {
      evaluation().translit();
      return 0;
    }
  }

  @Command(
      name = "cross-script",
      mixinStandardHelpOptions = true,
      description =
          "UN indexed without its original-script names, queried with them: share whose own entry comes first.")
  static final class CrossScript extends EvalMatchingCommand {
    @Override
    public Integer call() {
      evaluation().crossScript();
      return 0;
    }
  }

  @Command(
      name = "leave-one-out",
      mixinStandardHelpOptions = true,
      description =
          "Alias leave-one-out on UN and OFAC; spelling variants and unrelated names reported apart.")
  static final class LeaveOneOut extends EvalMatchingCommand {
    @Override
    public Integer call() {
      evaluation().leaveOneOut();
      return 0;
    }
  }

  @Command(
      name = "perturbed",
      mixinStandardHelpOptions = true,
      description =
          "Recall of seeded perturbations of listed names at the default threshold (dev and test halves).")
  static final class Perturbed extends EvalMatchingCommand {
    @Option(
        names = "--seeds",
        defaultValue = "1",
        description =
            "Run this many seeds from --seed and print each recall and their mean (default 1).")
    int seeds;

    @Override
    public Integer call() {
      if (seeds < 1) {
        throw new picocli.CommandLine.ParameterException(
            spec.commandLine(), "--seeds must be at least 1, not " + seeds);
      }
      evaluation().perturbed(seed, seeds);
      return 0;
    }
  }

  @Command(
      name = "innocents",
      mixinStandardHelpOptions = true,
      description =
          "False-alert rate on a seeded generated population of innocent travellers from many cultures.")
  static final class Innocents extends EvalMatchingCommand {
    @Override
    public Integer call() {
      evaluation().innocents(innocents, seed);
      return 0;
    }
  }

  @Command(
      name = "pairs",
      mixinStandardHelpOptions = true,
      description =
          "Precision, recall, F1 on labelled name pairs built from the lists, overall and Arabic-origin; ties at the maximum.")
  static final class Pairs extends EvalMatchingCommand {
    @Override
    public Integer call() {
      evaluation().pairs();
      return 0;
    }
  }

  @Command(
      name = "speed",
      mixinStandardHelpOptions = true,
      description =
          "Quick single-screen latency and throughput (System.nanoTime loops); --synthetic N pads the lists with N generated names.")
  static final class Speed extends EvalMatchingCommand {
    @Option(
        names = "--synthetic",
        defaultValue = "0",
        description = "Generated names added to UN + OFAC (e.g. 1000000).")
    int synthetic;

    @Option(
        names = "--queries",
        defaultValue = "20000",
        description = "Number of timed screens (default ${DEFAULT-VALUE}).")
    int queries;

    @Override
    public Integer call() {
      evaluation().speed(synthetic, queries, seed);
      return 0;
    }
  }

  @Command(
      name = "travellers",
      mixinStandardHelpOptions = true,
      description = {
        "Writes a screen --batch input of travellers with distinct names from many cultures"
            + " (date of birth, nationality, gender, passport number; 1%% perturbed UN + OFAC"
            + " names), for measuring throughput: eval travellers --count 50000 --out people.csv"
      })
  static final class Travellers extends EvalMatchingCommand {
    @Option(
        names = "--count",
        defaultValue = "50000",
        description = "Rows (distinct names; default ${DEFAULT-VALUE}).")
    int count;

    @Option(names = "--out", required = true, paramLabel = "PEOPLE.csv", description = "Output.")
    Path out;

    @Override
    public Integer call() {
      Path dir = data != null ? data : SharedData.find();
      List<Entry> listed = new java.util.ArrayList<>();
      listed.addAll(
          Importers.read("un-xml", dir.resolve("un-consolidated/UN_consolidated.xml"), "un-sc"));
      listed.addAll(Importers.read("ofac-csv", dir.resolve("ofac-sdn/sdn.csv"), "ofac-sdn"));
      int fromList;
      try {
        fromList = TravellerFile.write(out, count, seed, listed);
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException("cannot write " + out + ": " + e.getMessage(), e);
      }
      spec.commandLine()
          .getOut()
          .printf(
              java.util.Locale.ROOT,
              "wrote %d travellers with distinct names (%d perturbed listed names) to %s%n",
              count,
              fromList,
              out);
      return 0;
    }
  }
}
