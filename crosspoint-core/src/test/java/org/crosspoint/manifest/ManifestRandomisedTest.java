package org.crosspoint.manifest;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.StringReader;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Randomised: damaged manifests never crash the readers. -Dtests.seed=N replays a run. */
class ManifestRandomisedTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
  private static final long SEED = Long.getLong("tests.seed", 7L);
  private static final String POOL = "'+:?\n\"',AZ09 \u0645\uD83D\uDE00";

  static String damage(String text, Random r) {
    StringBuilder b = new StringBuilder(text);
    int edits = 1 + r.nextInt(20);
    for (int e = 0; e < edits; e++) {
      int at = r.nextInt(b.length());
      switch (r.nextInt(3)) {
        case 0 -> b.deleteCharAt(at);
        case 1 -> b.insert(at, POOL.charAt(r.nextInt(POOL.length())));
        default -> b.setCharAt(at, POOL.charAt(r.nextInt(POOL.length())));
      }
    }
    return b.toString();
  }

  @Test
  void damagedManifestsAreReadNeverCrash() throws Exception {
    for (ManifestFormat f : ManifestFormat.values()) {
      StringWriter w = new StringWriter();
      ManifestGenerator.write(w, f, 40, SEED, List.of(), 0, TODAY);
      String clean = w.toString();
      Random r = new Random(SEED);
      for (int i = 0; i < 1_000; i++) {
        String text = damage(clean, r);
        int[] n = {0};
        try {
          ManifestSummary s = ManifestReader.read(new StringReader(text), f, TODAY, p -> n[0]++);
          assertTrue(s.passengers() == n[0] && n[0] <= 60, "seed " + SEED + " case " + i);
        } catch (RuntimeException e) {
          fail(f + " seed " + SEED + " case " + i + ": " + e, e);
        }
      }
    }
  }
}
