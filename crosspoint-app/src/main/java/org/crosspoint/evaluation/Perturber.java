package org.crosspoint.evaluation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Seeded perturbations of real listed names, the way they reach a border counter: typing errors,
 * adjacent transpositions, reordered parts, other romanisations, dropped particles, case and
 * punctuation changes. Each call applies one or two perturbations and says which.
 */
final class Perturber {
  /** Romanisation variants seen between lists and passports, applied in either direction. */
  private static final String[][] VARIANTS = {
    {"ou", "u"}, {"u", "o"}, {"ee", "i"}, {"i", "e"}, {"y", "i"}, {"kh", "k"}, {"q", "k"},
    {"dh", "z"}, {"th", "t"}, {"sh", "ch"}, {"mm", "m"}, {"ss", "s"}, {"dd", "d"}, {"a", "e"},
    {"w", "v"}, {"aa", "a"}, {"ph", "f"}, {"gh", "g"}, {"j", "dj"}, {"ie", "i"}, {"oo", "u"},
    {"muhammad", "mohammed"}, {"mohammed", "mohamed"}, {"abdul ", "abd al-"}, {"abdel", "abdul"}
  };

  private static final List<String> PARTICLES =
      List.of("al", "el", "bin", "ibn", "ul", "ud", "ad", "ash", "as", "ar", "at", "an", "az");

  private final Random random;

  Perturber(long seed) {
    this.random = new Random(seed);
  }

  record Perturbed(String name, String kinds) {}

  Perturbed perturb(String name) {
    int n = 1 + (random.nextInt(3) == 0 ? 1 : 0);
    String s = name;
    List<String> kinds = new ArrayList<>();
    for (int k = 0; k < n; k++) {
      int kind = random.nextInt(6);
      String t =
          switch (kind) {
            case 0 -> typo(s);
            case 1 -> transpose(s);
            case 2 -> reorder(s);
            case 3 -> variant(s);
            case 4 -> dropParticle(s);
            default -> punctuation(s);
          };
      if (t != null && !t.isBlank()) {
        s = t;
        kinds.add(
            switch (kind) {
              case 0 -> "typo";
              case 1 -> "transposition";
              case 2 -> "reordering";
              case 3 -> "transliteration";
              case 4 -> "particle dropped";
              default -> "case/punctuation";
            });
      }
    }
    if (kinds.isEmpty()) {
      s = typo(name);
      kinds.add("typo");
    }
    return new Perturbed(s, String.join("+", kinds));
  }

  private int letterPos(String s) {
    for (int tries = 0; tries < 20; tries++) {
      int p = random.nextInt(s.length());
      if (Character.isLetter(s.charAt(p))) {
        return p;
      }
    }
    return -1;
  }

  private String typo(String s) {
    int p = letterPos(s);
    if (p < 0) {
      return null;
    }
    char c = (char) ('a' + random.nextInt(26));
    if (Character.isUpperCase(s.charAt(p))) {
      c = Character.toUpperCase(c);
    }
    return switch (random.nextInt(3)) {
      case 0 -> s.substring(0, p) + c + s.substring(p + 1);
      case 1 -> s.substring(0, p) + c + s.substring(p);
      default -> s.substring(0, p) + s.substring(p + 1);
    };
  }

  private String transpose(String s) {
    for (int tries = 0; tries < 20; tries++) {
      int p = random.nextInt(Math.max(1, s.length() - 1));
      if (p + 1 < s.length()
          && Character.isLetter(s.charAt(p))
          && Character.isLetter(s.charAt(p + 1))
          && s.charAt(p) != s.charAt(p + 1)) {
        return s.substring(0, p) + s.charAt(p + 1) + s.charAt(p) + s.substring(p + 2);
      }
    }
    return null;
  }

  private String reorder(String s) {
    String[] w = s.replace(",", " ").trim().split("\\s+");
    if (w.length < 2) {
      return null;
    }
    if (random.nextBoolean()) {
      // "SURNAME, Given ..." as on a list or a passport
      String last = w[w.length - 1];
      return last + ", " + String.join(" ", Arrays.copyOfRange(w, 0, w.length - 1));
    }
    // last part moved first without a comma: a different order really
    String last = w[w.length - 1];
    return last + " " + String.join(" ", Arrays.copyOfRange(w, 0, w.length - 1));
  }

  private String variant(String s) {
    String lower = s.toLowerCase(Locale.ROOT);
    List<String[]> applicable = new ArrayList<>();
    for (String[] v : VARIANTS) {
      if (lower.contains(v[0])) {
        applicable.add(v);
      }
      if (lower.contains(v[1])) {
        applicable.add(new String[] {v[1], v[0]});
      }
    }
    if (applicable.isEmpty()) {
      return null;
    }
    String[] v = applicable.get(random.nextInt(applicable.size()));
    int at = lower.indexOf(v[0]);
    String rep = Character.isUpperCase(s.charAt(at)) ? v[1].toUpperCase(Locale.ROOT) : v[1];
    return s.substring(0, at) + rep + s.substring(at + v[0].length());
  }

  private String dropParticle(String s) {
    String[] w = s.split("[\\s]+");
    List<String> out = new ArrayList<>();
    boolean dropped = false;
    for (String x : w) {
      String l = x.toLowerCase(Locale.ROOT);
      if (!dropped && PARTICLES.contains(l)) {
        dropped = true;
        continue;
      }
      if (!dropped && l.contains("-") && PARTICLES.contains(l.substring(0, l.indexOf('-')))) {
        out.add(x.substring(x.indexOf('-') + 1));
        dropped = true;
        continue;
      }
      out.add(x);
    }
    return dropped ? String.join(" ", out) : null;
  }

  private String punctuation(String s) {
    return switch (random.nextInt(3)) {
      case 0 -> s.toUpperCase(Locale.ROOT).replace('-', ' ');
      case 1 -> s.toLowerCase(Locale.ROOT);
      default -> s.replace("-", "").replace(" ", random.nextBoolean() ? " " : "  ");
    };
  }
}
