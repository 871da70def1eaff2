package org.crosspoint.mrz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The peer libraries' vectors in ../shared/data (beside the repository). Skipped on a clone without
 * them; the hand-made {@link MrzParserTest} always runs.
 */
class MrzConformanceTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

  static Path shared(String relative) {
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      Path f = p.resolve("shared/data").resolve(relative);
      if (Files.isRegularFile(f)) {
        return f;
      }
    }
    return null;
  }

  private static void check(String relative, int passed, int refused) throws Exception {
    Path file = shared(relative);
    assumeTrue(file != null, "../shared/data/" + relative + " not present");
    MrzConformance.Result r = MrzConformance.run(file, TODAY);
    assertEquals(java.util.List.of(), r.failures(), "failures in " + relative);
    assertEquals(passed, r.passed(), "passed");
    assertEquals(refused, r.refused(), "refused as not ICAO 9303");
  }

  @Test
  void cheminfoVectorsPassFieldByField() throws Exception {
    check("mrz-cheminfo/cheminfo_mrz_vectors.json", 36, 9);
  }

  @Test
  void passportEyeVectorsPassFieldByField() throws Exception {
    check("mrz-passporteye/passporteye_mrz_vectors.json", 7, 0);
  }
}
