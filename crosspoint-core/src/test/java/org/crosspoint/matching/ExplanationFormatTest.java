package org.crosspoint.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ExplanationFormatTest {
  @Test
  void writesTwoDecimalsExactlyAsTheFormatterDoes() {
    double[] special = {
      0,
      -0.0,
      1,
      -1,
      0.005,
      0.015,
      0.125,
      0.145,
      0.995,
      -0.005,
      -0.001,
      0.8,
      0.79,
      12.345,
      1e-9,
      -1e-9,
      0.6049999999999,
      0.605
    };
    for (double v : special) {
      assertEquals(String.format(Locale.ROOT, "%.2f", v), Explanation.fmt(v), "value " + v);
    }
    Random r = new Random(7);
    for (int i = 0; i < 200_000; i++) {
      double v = (r.nextDouble() * 2.4 - 1.2);
      if (i % 3 == 0) {
        v = Math.round(v * 1000) / 1000.0;
      }
      assertEquals(String.format(Locale.ROOT, "%.2f", v), Explanation.fmt(v), "value " + v);
    }
  }
}
