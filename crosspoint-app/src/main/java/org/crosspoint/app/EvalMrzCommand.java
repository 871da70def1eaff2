package org.crosspoint.app;

import java.io.IOException;
import java.io.PrintWriter;
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
import org.crosspoint.mrz.MrzConformance;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code crosspoint eval mrz}: the peer libraries' MRZ vectors, field by field. */
@Command(
    name = "mrz",
    mixinStandardHelpOptions = true,
    description = {
      "Run the MRZ conformance vectors of cheminfo/mrz and PassportEye (../shared/data/mrz-*)"
          + " field by field and print pass/fail counts per file.",
      "Non-ICAO documents among them (driving licences, the old French ID card) must be refused"
          + " with a reason and are counted as 'refused'. Exit 1 when any case fails."
    })
public final class EvalMrzCommand implements Callable<Integer> {
  static final List<String> FILES =
      List.of(
          "mrz-cheminfo/cheminfo_mrz_vectors.json", "mrz-passporteye/passporteye_mrz_vectors.json");

  @Option(
      names = "--data",
      paramLabel = "DIR",
      description =
          "The shared data directory (default: the first shared/data above the current"
              + " directory, i.e. ../shared/data from the repository).")
  Path data;

  @Option(names = "--json", description = "Print the results as JSON.")
  boolean json;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    Path dir = data != null ? data : SharedData.find();
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    List<MrzConformance.Result> results = new ArrayList<>();
    for (String f : FILES) {
      Path p = dir.resolve(f);
      if (!Files.isRegularFile(p)) {
        throw new IllegalArgumentException(p + " not found");
      }
      results.add(MrzConformance.run(p, today));
    }
    PrintWriter out = spec.commandLine().getOut();
    int failed = 0;
    if (json) {
      List<Map<String, Object>> list = new ArrayList<>();
      for (MrzConformance.Result r : results) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("file", r.file());
        m.put("passed", r.passed());
        m.put("failed", r.failed());
        m.put("refused_not_icao", r.refused());
        m.put("total", r.total());
        m.put("failures", r.failures());
        list.add(m);
        failed += r.failed();
      }
      Json.print(out, list);
    } else {
      for (MrzConformance.Result r : results) {
        out.printf(
            Locale.ROOT,
            "%-36s %3d passed  %3d failed  %3d refused (not ICAO 9303)  of %d%n",
            r.file(),
            r.passed(),
            r.failed(),
            r.refused(),
            r.total());
        for (String f : r.failures()) {
          out.println("  FAIL " + f);
        }
        failed += r.failed();
      }
      out.flush();
    }
    return failed == 0 ? 0 : 1;
  }
}
