package org.crosspoint.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Why a score is what it is, in words an officer can read: which query part met which listed part
 * and how, what was missing or contradicted, and what each corroborating field did. A plain record,
 * so Jackson writes it as JSON.
 *
 * @param parts one line per name part, query side first
 * @param fields date of birth, nationality, gender, document number: each with its effect
 * @param nameScore the score of the names alone
 * @param score the final score after the fields
 * @param text the whole explanation as one readable sentence
 */
public record Explanation(
    List<PartEvidence> parts,
    List<FieldEvidence> fields,
    double nameScore,
    double score,
    String text) {

  /**
   * @param query the query's part ("" when the listed part has no counterpart)
   * @param listed the listed part ("" when the query part has no counterpart)
   * @param how "exact", "exact after normalisation", "transliteration variant", "spelling variant",
   *     "contradicts", "not in query", "not in listed name", possibly with a role note
   * @param similarity 0..1 for matched parts, 0 otherwise
   */
  public record PartEvidence(String query, String listed, String how, double similarity) {
    String text() {
      if (listed.isEmpty() && query.isEmpty()) {
        return how;
      }
      if (listed.isEmpty()) {
        return "\"" + query + "\" " + how;
      }
      if (query.isEmpty()) {
        return "\"" + listed + "\" " + how;
      }
      String op = how.startsWith("exact") ? " = " : how.startsWith("contradicts") ? " ≠ " : " ~ ";
      String sim =
          how.startsWith("exact") || how.startsWith("contradicts") ? "" : ", " + fmt(similarity);
      return "\"" + query + "\"" + op + "\"" + listed + "\" (" + how + sim + ")";
    }
  }

  /**
   * @param field "DOB", "nationality", "gender" or "document"
   * @param query the query's value
   * @param listed the listed value(s) it was compared with
   * @param verdict "agrees", "agrees exactly", "compatible", "contradicts", "differs"
   * @param effect added to the score (negative lowers)
   */
  public record FieldEvidence(
      String field, String query, String listed, String verdict, double effect) {
    String text() {
      return field
          + " "
          + query
          + " "
          + verdict
          + " "
          + listed
          + " ("
          + (effect >= 0 ? "+" : "")
          + fmt(effect)
          + ")";
    }
  }

  static Explanation of(
      List<PartEvidence> parts, List<FieldEvidence> fields, double nameScore, double score) {
    List<String> pieces = new ArrayList<>();
    for (PartEvidence p : parts) {
      pieces.add(p.text());
    }
    for (FieldEvidence f : fields) {
      pieces.add(f.text());
    }
    String text = String.join("; ", pieces) + " → score " + fmt(score);
    return new Explanation(
        List.copyOf(parts), List.copyOf(fields), round(nameScore), round(score), text);
  }

  Explanation withFields(List<FieldEvidence> more, double newScore) {
    List<FieldEvidence> all = new ArrayList<>(fields);
    all.addAll(more);
    return of(parts, all, nameScore, newScore);
  }

  static double round(double v) {
    return Math.round(v * 10000.0) / 10000.0;
  }

  /**
   * Two decimals, as {@code String.format(Locale.ROOT, "%.2f", v)} writes them; without the
   * formatter, which was a tenth of the time of a screen, except next to a rounding boundary.
   */
  static String fmt(double v) {
    double h = Math.abs(v) * 100.0;
    double frac = h - Math.floor(h);
    if (Double.isNaN(v) || h > 1e12 || Math.abs(frac - 0.5) < 1e-6) {
      return String.format(Locale.ROOT, "%.2f", v);
    }
    long r = Math.round(h);
    StringBuilder sb = new StringBuilder(8);
    if (v < 0 || 1.0 / v < 0) {
      sb.append('-');
    }
    sb.append(r / 100).append('.');
    long cents = r % 100;
    if (cents < 10) {
      sb.append('0');
    }
    return sb.append(cents).toString();
  }

  @Override
  public String toString() {
    return text;
  }
}
