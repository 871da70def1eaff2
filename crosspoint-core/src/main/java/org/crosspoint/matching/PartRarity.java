package org.crosspoint.matching;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * How much a name part says about identity: rare parts weigh more than common ones ("Muhammad",
 * "Khan", "Ali" are weak evidence). Keyed by {@link Phonetic#skeleton skeleton}, so spellings of
 * one name share a weight. Two sources, the smaller weight winning: a built-in table of parts
 * common among travellers (bundled resource {@code common-name-parts.txt}), and, in an index, the
 * frequency of the part among all listed names: {@code 1 / (1 + 0.15 ln(1 + df))}, which puts a
 * part on one name at 0.9 and one on 2,000 names at 0.47.
 */
final class PartRarity {
  private static final PartRarity BUILT_IN = new PartRarity(loadCommon(), Map.of());
  private final Map<String, Double> common;
  private final Map<String, Integer> df;

  private PartRarity(Map<String, Double> common, Map<String, Integer> df) {
    this.common = common;
    this.df = df;
  }

  static PartRarity builtIn() {
    return BUILT_IN;
  }

  PartRarity withFrequencies(Map<String, Integer> frequencies) {
    return new PartRarity(common, Map.copyOf(frequencies));
  }

  double weight(String text, String skeleton) {
    double w = common.getOrDefault(skeleton, 1.0);
    Integer f = df.get(skeleton);
    if (f != null) {
      w = Math.min(w, 1.0 / (1.0 + 0.15 * Math.log(1.0 + f)));
    }
    if (text.length() <= 2) {
      w *= 0.5;
    } else if (text.length() == 3) {
      w *= 0.8;
    }
    return w;
  }

  private static Map<String, Double> loadCommon() {
    Map<String, Double> m = new HashMap<>();
    try (InputStream in = PartRarity.class.getResourceAsStream("common-name-parts.txt")) {
      if (in == null) {
        throw new IllegalStateException("resource common-name-parts.txt missing");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = r.readLine()) != null) {
        line = line.strip();
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\\s+");
        double w = Double.parseDouble(f[1]);
        String key = Phonetic.skeleton(Phonetic.phonetic(f[0]));
        m.merge(key, w, Math::min);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Map.copyOf(m);
  }
}
