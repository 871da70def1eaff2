package org.crosspoint.bench;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.crosspoint.evaluation.MatchingEvaluation;
import org.crosspoint.watchlist.Entry;
import org.crosspoint.watchlist.importer.Importers;

/** The UN and OFAC lists from ../shared/data (or -Dcrosspoint.data=DIR) and the timed queries. */
final class BenchData {
  final List<Entry> entries;
  final MatchingEvaluation evaluation;

  BenchData() {
    Path dir = dataDir();
    List<Entry> un =
        Importers.read("un-xml", dir.resolve("un-consolidated/UN_consolidated.xml"), "un-sc");
    List<Entry> ofac = Importers.read("ofac-csv", dir.resolve("ofac-sdn/sdn.csv"), "ofac-sdn");
    entries = new ArrayList<>(un);
    entries.addAll(ofac);
    evaluation = new MatchingEvaluation(un, ofac, dir, new PrintWriter(new StringWriter()));
  }

  static Path dataDir() {
    String p = System.getProperty("crosspoint.data");
    if (p != null) {
      return Path.of(p);
    }
    for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
      Path s = d.resolve("shared/data");
      if (Files.isDirectory(s)) {
        return s;
      }
    }
    throw new IllegalStateException(
        "no shared/data above the current directory; use -Dcrosspoint.data=DIR");
  }
}
