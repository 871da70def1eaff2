package org.crosspoint.matching;

import java.util.List;
import org.crosspoint.dates.PartialDate;
import org.crosspoint.watchlist.Entry;
import org.crosspoint.watchlist.IdentityDocument;

/**
 * What the fields besides the name say: agreement raises the score, contradiction lowers it (the
 * leading open matcher can only lower). Sizes are small next to the name score on purpose — a
 * matching date of birth does not make a different name the same person — except for an identical
 * document number, which is close to proof.
 */
final class PersonEvidence {
  static final double DOB_EXACT = 0.06;
  static final double DOB_COMPATIBLE = 0.03;

  /**
   * A date of birth that cannot be the listed one is strong evidence of a different person: an
   * exact homonym born in another year must fall below the threshold (issue 3: ≤ 0.1% of innocents
   * flagged), while approximate listed dates are widened by PartialDate itself.
   */
  static final double DOB_CONTRADICTS = -0.22;

  static final double DOB_DAY_DIFFERS = -0.05;
  static final double NATIONALITY_AGREES = 0.03;

  /**
   * Another nationality pulls a borderline name (below about 0.90) under the threshold, while a
   * close name still alerts: listed people do travel on other passports. Measured on the generated
   * innocents: -0.06 → -0.10 took false alerts with data from 0.158% to 0.144%.
   */
  static final double NATIONALITY_CONTRADICTS = -0.10;

  static final double GENDER_AGREES = 0.01;
  static final double GENDER_CONTRADICTS = -0.10;
  static final double DOCUMENT_AGREES = 0.15;
  static final double DOCUMENT_DIFFERS = -0.03;

  /**
   * Below this {@link NameScorer#metEvidence met evidence} a name match is common parts only
   * ("Muhammad Ali", about 0.7; "Muhammad Atif" about 1.15; two uncommon parts about 1.8):
   * thousands of travellers share such a name, so when the query offers fields to corroborate it
   * and none does, the match scores at most {@link #UNCORROBORATED_CAP}, under the default
   * threshold. An uncommon name needs no corroboration; a query with no field at all (a name
   * screened alone) is not capped: nothing could have corroborated it. Measured (innocents with
   * data; perturbed listed names carrying their own listed fields, test, lost to the rule): 1.0 →
   * 0.106%, 0.45%; 1.1 → 0.077%, 0.85%; 1.15 → 0.066%, 1.15%; 1.3 → 0.039%, 2.76%.
   */
  static final double COMMON_NAME_EVIDENCE = 1.1;

  static final double UNCORROBORATED_CAP = 0.79;

  private PersonEvidence() {}

  /** Whether the query gives a field that could corroborate a name: DOB, nationality, document. */
  static boolean offersCorroboration(Query q) {
    return q.dob() != null || !q.nationality().isEmpty() || hasDocumentKey(q.documentNumber());
  }

  /**
   * Whether a field corroborates the listed person: a date of birth that agrees to the month at
   * least (a year alone, or a range of years, is shared by too many), the nationality, or the
   * document number.
   */
  static boolean corroborates(Query q, Entry e) {
    if (q.dob() != null && q.dob().month() > 0) {
      for (PartialDate d : e.birthDates()) {
        if (d.month() > 0 && q.dob().compare(d) != PartialDate.Agreement.CONTRADICTS) {
          return true;
        }
      }
    }
    return sharesNationality(q, e) || listedDocument(q, e) != null;
  }

  /** Whether the query's nationality is one of the listed person's. */
  private static boolean sharesNationality(Query q, Entry e) {
    if (q.nationality().isEmpty()) {
      return false;
    }
    List<String> nats = e.nationalities();
    for (int k = 0; k < nats.size(); k++) {
      if (nats.get(k).equalsIgnoreCase(q.nationality())) {
        return true;
      }
    }
    return false;
  }

  /** The listed document the query's document number is (the last such), or null. */
  private static IdentityDocument listedDocument(Query q, Entry e) {
    if (!hasDocumentKey(q.documentNumber())) {
      return null;
    }
    IdentityDocument hit = null;
    List<IdentityDocument> docs = e.documents();
    for (int k = 0; k < docs.size(); k++) {
      IdentityDocument d = docs.get(k);
      if (sameDocument(d.number(), q.documentNumber())) {
        hit = d;
      }
    }
    return hit;
  }

  /**
   * The score after the corroboration rule: {@code score} itself, or at most {@link
   * #UNCORROBORATED_CAP} when the query offers fields, none corroborates and the name met only
   * common parts. {@code metEvidence} is asked for only when the rest holds (it aligns the names
   * again). Appends the reason to {@code out} when capped, unless {@code out} is null.
   */
  static double corroborated(
      double score,
      Query q,
      Entry e,
      java.util.function.DoubleSupplier metEvidence,
      List<Explanation.FieldEvidence> out) {
    if (score <= UNCORROBORATED_CAP || !offersCorroboration(q) || corroborates(q, e)) {
      return score;
    }
    double met = metEvidence.getAsDouble();
    if (met >= COMMON_NAME_EVIDENCE) {
      return score;
    }
    if (out != null) {
      out.add(
          new Explanation.FieldEvidence(
              "name",
              "common parts only (evidence " + Explanation.fmt(met) + ")",
              "date of birth, nationality or document",
              "not corroborated by",
              UNCORROBORATED_CAP - score));
    }
    return UNCORROBORATED_CAP;
  }

  /**
   * Sum of the effects; appends one line of evidence per field that was compared, unless {@code
   * out} is null (ranking every candidate of a screen needs the sum only: building the evidence
   * text for each was a third of the time of {@code screen --batch}).
   */
  static double effect(Query q, Entry e, List<Explanation.FieldEvidence> out) {
    double sum = 0;
    // A different year of birth says "another person"; sharing a nationality or a gender (which
    // millions do) does not argue against that, so those agreements add nothing then. Measured on
    // the generated innocents: exact homonyms born years apart were still alerting at 1.0 - 0.22 +
    // 0.04.
    boolean otherYear = false;
    if (q.dob() != null && !e.birthDates().isEmpty()) {
      PartialDate.Agreement best = PartialDate.Agreement.CONTRADICTS;
      List<PartialDate> dates = e.birthDates();
      PartialDate bestDate = dates.get(0);
      for (int k = 0; k < dates.size(); k++) {
        PartialDate d = dates.get(k);
        PartialDate.Agreement a = q.dob().compare(d);
        if (a.ordinal() < best.ordinal()) {
          best = a;
          bestDate = d;
        }
      }
      // Same year but another month or day is a typing or calendar slip as often as another
      // person: only a different year counts in full against the name.
      boolean sameYear = best == PartialDate.Agreement.CONTRADICTS && yearAgrees(q.dob(), e);
      double eff =
          switch (best) {
            case EXACT -> DOB_EXACT;
            case COMPATIBLE -> DOB_COMPATIBLE;
            case CONTRADICTS -> sameYear ? DOB_DAY_DIFFERS : DOB_CONTRADICTS;
          };
      if (out != null) {
        String listed = best == PartialDate.Agreement.CONTRADICTS ? dates(e) : bestDate.toString();
        String verdict =
            switch (best) {
              case EXACT -> "agrees exactly with";
              case COMPATIBLE -> "agrees with";
              case CONTRADICTS -> sameYear ? "has the year but not the day of" : "contradicts";
            };
        out.add(new Explanation.FieldEvidence("DOB", q.dob().toString(), listed, verdict, eff));
      }
      sum += eff;
      otherYear = best == PartialDate.Agreement.CONTRADICTS && !sameYear;
    }
    if (!q.nationality().isEmpty() && !e.nationalities().isEmpty()) {
      boolean agree = sharesNationality(q, e);
      double eff = agree ? (otherYear ? 0.0 : NATIONALITY_AGREES) : NATIONALITY_CONTRADICTS;
      if (out != null) {
        out.add(
            new Explanation.FieldEvidence(
                "nationality",
                q.nationality(),
                String.join("/", e.nationalities()),
                agree ? "agrees with" : "contradicts",
                eff));
      }
      sum += eff;
    }
    String g = q.gender();
    if (g.length() == 1) {
      g = g.equals("m") ? "M" : g.equals("f") ? "F" : g;
    }
    if ((g.equals("M") || g.equals("F")) && (e.gender().equals("M") || e.gender().equals("F"))) {
      boolean agree = g.equals(e.gender());
      double eff = agree ? (otherYear ? 0.0 : GENDER_AGREES) : GENDER_CONTRADICTS;
      if (out != null) {
        out.add(
            new Explanation.FieldEvidence(
                "gender", g, e.gender(), agree ? "agrees with" : "contradicts", eff));
      }
      sum += eff;
    }
    if (!e.documents().isEmpty() && hasDocumentKey(q.documentNumber())) {
      IdentityDocument hit = listedDocument(q, e);
      double eff = hit != null ? DOCUMENT_AGREES : DOCUMENT_DIFFERS;
      if (out != null) {
        out.add(
            new Explanation.FieldEvidence(
                "document",
                q.documentNumber(),
                hit != null ? hit.number() : e.documents().size() + " listed document(s)",
                hit != null ? "is the same as" : "differs from",
                eff));
      }
      sum += eff;
    }
    return sum;
  }

  private static boolean hasDocumentKey(String number) {
    for (int i = 0; i < number.length(); i++) {
      if (keyChar(number.charAt(i)) != 0) {
        return true;
      }
    }
    return false;
  }

  /** {@code documentKey(a).equals(documentKey(b))} without building either key. */
  static boolean sameDocument(String a, String b) {
    int i = 0;
    int j = 0;
    while (true) {
      char x = 0;
      while (i < a.length() && (x = keyChar(a.charAt(i))) == 0) {
        i++;
      }
      char y = 0;
      while (j < b.length() && (y = keyChar(b.charAt(j))) == 0) {
        j++;
      }
      if (i >= a.length() || j >= b.length()) {
        return i >= a.length() && j >= b.length();
      }
      if (x != y) {
        return false;
      }
      i++;
      j++;
    }
  }

  /** The character a document number keeps (upper-cased), or 0 for one it drops. */
  private static char keyChar(char c) {
    if ((c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z')) {
      return c;
    }
    if (c >= 'a' && c <= 'z') {
      return (char) (c - 32);
    }
    return 0;
  }

  private static boolean yearAgrees(PartialDate q, Entry e) {
    List<PartialDate> dates = e.birthDates();
    for (int k = 0; k < dates.size(); k++) {
      if (q.yearsOverlap(dates.get(k))) {
        return true;
      }
    }
    return false;
  }

  private static String dates(Entry e) {
    StringBuilder sb = new StringBuilder();
    for (PartialDate d : e.birthDates()) {
      if (sb.length() > 0) {
        sb.append(", ");
      }
      sb.append(d);
    }
    return sb.toString();
  }
}
