package org.crosspoint.intake.mentions;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The words of a person's name as intake compares them, within a report (back references) and
 * across reports (subjects): lower case, accents removed, particles ("al", "bin", "ul") and a final
 * possessive dropped, so "Yousaf al Salafi" and "Yousaf al-Salafi's" have the same words.
 */
public final class NameWords {
  private static final Set<String> PARTICLES =
      Set.of("al", "el", "ul", "bin", "ibn", "bint", "ud", "e");

  private NameWords() {}

  public static List<String> of(String name) {
    String flat =
        Normalizer.normalize(name.replaceAll("['’]s$", ""), Normalizer.Form.NFD)
            .replaceAll("\\p{M}", "")
            .toLowerCase(Locale.ROOT);
    List<String> out = new ArrayList<>();
    for (String w : flat.split("[\\s\\-'’.]+")) {
      if (!w.isEmpty() && !PARTICLES.contains(w)) {
        out.add(w);
      }
    }
    return out;
  }

  /**
   * Every word of {@code part} is equal to a word of {@code whole}, or one edit apart when both are
   * at least {@code minLength} letters ("Khursani" = "Khurasani"; "Hassan" ≠ "Hussain", two edits).
   */
  public static boolean within(List<String> part, List<String> whole, int minLength) {
    for (String w : part) {
      boolean found = false;
      for (String x : whole) {
        found |= x.equals(w) || (Math.min(x.length(), w.length()) >= minLength && edits(x, w) <= 1);
      }
      if (!found) {
        return false;
      }
    }
    return true;
  }

  private static int edits(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        cur[j] =
            Math.min(
                Math.min(cur[j - 1], prev[j]) + 1,
                prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1));
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
