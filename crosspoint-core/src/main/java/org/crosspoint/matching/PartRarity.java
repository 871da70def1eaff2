package org.crosspoint.matching;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How much a name part says about identity: rare parts weigh more than common ones ("Muhammad",
 * "Khan", "Ali" are weak evidence). Two sources, the smaller weight winning:
 *
 * <ul>
 *   <li>a built-in table of parts common among travellers (bundled resource {@code
 *       common-name-parts.txt}). A word takes an entry's weight when it is a sure spelling variant
 *       of it ({@link TokenSimilarity} at least {@link #SAME_NAME} and the same skeleton):
 *       "Mohammed" takes the weight of "Muhammad", but "Imad" does not take the weight of "Ahmad",
 *       though both have the skeleton "amd";
 *   <li>in an index, the frequency of the word and its sure spelling variants among all listed
 *       names ({@link #learnedFrom}): {@code 1 / (1 + 0.15 ln(1 + df))}, which puts a word on one
 *       name at 0.9 and one on 2,000 names at 0.47. Only a word no listed name holds (a traveller's
 *       own spelling) falls back to the frequency of its skeleton.
 * </ul>
 */
final class PartRarity {
  /** Token similarity from which a word is a spelling of a common-table entry. */
  static final double SAME_NAME = 0.9;

  private static final PartRarity BUILT_IN = new PartRarity(loadCommon(), Map.of(), Map.of());

  /** Skeleton → the common-table words with that skeleton and their weights. */
  private final Map<String, List<Common>> common;

  private final Map<String, Integer> wordDf;
  private final Map<String, Integer> skeletonDf;

  private record Common(PhoneticWord word, double weight) {}

  private PartRarity(
      Map<String, List<Common>> common,
      Map<String, Integer> wordDf,
      Map<String, Integer> skeletonDf) {
    this.common = common;
    this.wordDf = wordDf;
    this.skeletonDf = skeletonDf;
  }

  static PartRarity builtIn() {
    return BUILT_IN;
  }

  /**
   * These weights with frequencies learnt from indexed names. A word's frequency is the number of
   * names holding it or a sure spelling variant of it (same skeleton, {@link TokenSimilarity} at
   * least {@link #SAME_NAME}), each name counted once: "Yousuf" counts the names with "Yusuf" too,
   * "Imad" does not count the names with "Ahmad". Skeletons are counted too, for words no listed
   * name holds.
   */
  PartRarity learnedFrom(List<EncodedName> names) {
    Map<String, Integer> words = new HashMap<>();
    Map<String, Integer> skeletons = new HashMap<>();
    Map<String, List<PhoneticWord>> groups = new HashMap<>();
    for (EncodedName en : names) {
      for (int i = 0; i < en.size(); i++) {
        boolean dupWord = false;
        boolean dupSkel = false;
        for (int j = 0; j < i; j++) {
          dupWord |= en.text[i].equals(en.text[j]);
          dupSkel |= en.skel[i].equals(en.skel[j]);
        }
        if (!dupWord && words.merge(en.text[i], 1, Integer::sum) == 1) {
          groups.computeIfAbsent(en.skel[i], k -> new ArrayList<>()).add(en.word[i]);
        }
        if (!dupSkel) {
          skeletons.merge(en.skel[i], 1, Integer::sum);
        }
      }
    }
    Map<String, Integer> variants = new HashMap<>(words.size() * 2);
    for (List<PhoneticWord> group : groups.values()) {
      // each pair once (the similarity is symmetric), and the distance stops as soon as the pair
      // cannot be sure variants: the large groups ("Muhammad" and its hundred spellings) made
      // this most of the time of building an index
      int n = group.size();
      int[] f = new int[n];
      for (int a = 0; a < n; a++) {
        PhoneticWord w = group.get(a);
        f[a] += words.get(w.text);
        for (int b = a + 1; b < n; b++) {
          PhoneticWord v = group.get(b);
          if (TokenSimilarity.similarity(w, v, SAME_NAME) >= SAME_NAME) {
            f[a] += words.get(v.text);
            f[b] += words.get(w.text);
          }
        }
      }
      for (int a = 0; a < n; a++) {
        variants.put(group.get(a).text, f[a]);
      }
    }
    return new PartRarity(common, Map.copyOf(variants), Map.copyOf(skeletons));
  }

  /** The weight of an encoded word, by its text and skeleton. */
  double weight(PhoneticWord word) {
    String text = word.text;
    String skeleton = word.skeleton;
    // a word with a written form would compare otherwise with the common words: those compare
    // the text alone
    PhoneticWord encoded = word.written == null ? word : null;
    double w = commonWeight(text, skeleton, encoded);
    Integer f = wordDf.get(text);
    if (f == null) {
      f = skeletonDf.get(skeleton);
    }
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

  private double commonWeight(String text, String skeleton, PhoneticWord encoded) {
    List<Common> entries = common.get(skeleton);
    if (entries == null) {
      return 1.0;
    }
    double w = 1.0;
    PhoneticWord word = encoded;
    for (Common c : entries) {
      if (c.weight >= w) {
        continue;
      }
      if (word == null) {
        word = PhoneticWord.of(text);
      }
      if (TokenSimilarity.similarity(word, c.word, SAME_NAME) >= SAME_NAME) {
        w = c.weight;
      }
    }
    return w;
  }

  private static Map<String, List<Common>> loadCommon() {
    Map<String, List<Common>> m = new HashMap<>();
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
        PhoneticWord word = PhoneticWord.of(f[0]);
        String key = Phonetic.skeleton(word.phon);
        m.computeIfAbsent(key, k -> new ArrayList<>())
            .add(new Common(word, Double.parseDouble(f[1])));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, List<Common>> frozen = new HashMap<>();
    m.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
    return Map.copyOf(frozen);
  }
}
