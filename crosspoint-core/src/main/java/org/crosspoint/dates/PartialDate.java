package org.crosspoint.dates;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date known only in part, or only approximately, or as a range of years — as watchlists give
 * dates of birth: "1975", "1975-03", "1975-03-02", "circa 1968", "between 1968 and 1970".
 *
 * <p>A range is {@code year .. yearTo}; a single year has {@code yearTo == year}. Month and day are
 * 0 when unknown. Approximate dates are treated as ±{@link #APPROXIMATE_YEARS} years when compared.
 */
public record PartialDate(int year, int month, int day, int yearTo, boolean approximate) {

  public static final int APPROXIMATE_YEARS = 2;

  private static final Pattern FULL = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
  private static final Pattern YEAR_MONTH = Pattern.compile("(\\d{4})-(\\d{1,2})");
  private static final Pattern DMY = Pattern.compile("(\\d{1,2})[./](\\d{1,2})[./](\\d{4})");
  private static final Pattern YEAR = Pattern.compile("(\\d{4})");
  private static final Pattern RANGE =
      Pattern.compile("(?:between\\s+|from\\s+)?(\\d{4})\\s*(?:-|–|/|to|and)\\s*(\\d{4})");
  private static final Pattern APPROX =
      Pattern.compile("^(circa|ca\\.?|c\\.|about|approx\\.?|approximately|~)\\s*");
  private static final Pattern TEXT_DMY =
      Pattern.compile(
          "(\\d{1,2})\\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s+(\\d{4})");
  private static final Pattern TEXT_MY =
      Pattern.compile("(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s+(\\d{4})");
  private static final String MONTHS = "janfebmaraprmayjunjulaugsepoctnovdec";

  public PartialDate {
    if (year < 1 || year > 9999) {
      throw new IllegalArgumentException("year out of range: " + year);
    }
    if (month < 0 || month > 12) {
      throw new IllegalArgumentException("month out of range: " + month);
    }
    if (day < 0 || day > 31 || (day > 0 && month == 0)) {
      throw new IllegalArgumentException("day out of range: " + day);
    }
    if (yearTo == 0) {
      yearTo = year;
    }
    if (yearTo < year) {
      throw new IllegalArgumentException("range ends before it starts: " + year + " to " + yearTo);
    }
    if (day > 0) {
      LocalDate.of(year, month, day); // validates 31 February and the like
    }
  }

  public static PartialDate of(LocalDate d) {
    return new PartialDate(d.getYear(), d.getMonthValue(), d.getDayOfMonth(), 0, false);
  }

  public static PartialDate ofYear(int year) {
    return new PartialDate(year, 0, 0, 0, false);
  }

  /**
   * Parses the forms lists and forms use. Throws {@link IllegalArgumentException} naming the text
   * when it is not a date.
   */
  public static PartialDate parse(String text) {
    Objects.requireNonNull(text, "text");
    String s = text.strip().toLowerCase(Locale.ROOT);
    boolean approx = false;
    Matcher a = APPROX.matcher(s);
    if (a.find()) {
      approx = true;
      s = s.substring(a.end()).strip();
    }
    Matcher m;
    try {
      if ((m = FULL.matcher(s)).matches()) {
        return new PartialDate(num(m, 1), num(m, 2), num(m, 3), 0, approx);
      }
      if ((m = DMY.matcher(s)).matches()) {
        return new PartialDate(num(m, 3), num(m, 2), num(m, 1), 0, approx);
      }
      if ((m = YEAR_MONTH.matcher(s)).matches()) {
        return new PartialDate(num(m, 1), num(m, 2), 0, 0, approx);
      }
      if ((m = RANGE.matcher(s)).matches()) {
        return new PartialDate(num(m, 1), 0, 0, num(m, 2), approx);
      }
      if ((m = YEAR.matcher(s)).matches()) {
        return new PartialDate(num(m, 1), 0, 0, 0, approx);
      }
      if ((m = TEXT_DMY.matcher(s)).matches()) {
        return new PartialDate(num(m, 3), month(m.group(2)), num(m, 1), 0, approx);
      }
      if ((m = TEXT_MY.matcher(s)).matches()) {
        return new PartialDate(num(m, 2), month(m.group(1)), 0, 0, approx);
      }
    } catch (RuntimeException e) {
      throw new IllegalArgumentException(
          "not a valid date: \"" + text + "\" (" + e.getMessage() + ")", e);
    }
    throw new IllegalArgumentException(
        "not a date: \""
            + text
            + "\" (expected YYYY, YYYY-MM, YYYY-MM-DD, DD.MM.YYYY, \"circa YYYY\" or \"between YYYY and YYYY\")");
  }

  private static int num(Matcher m, int group) {
    return Integer.parseInt(m.group(group));
  }

  private static int month(String abbrev) {
    return MONTHS.indexOf(abbrev.substring(0, 3)) / 3 + 1;
  }

  public boolean isRange() {
    return yearTo != year;
  }

  public boolean isExact() {
    return day > 0 && !approximate && !isRange();
  }

  /** How two partial dates relate, for corroboration in matching. */
  public enum Agreement {
    /** Same day. */
    EXACT,
    /** Compatible at the precision both have (same year, or inside a range or tolerance). */
    COMPATIBLE,
    /** Cannot both be true. */
    CONTRADICTS
  }

  public Agreement compare(PartialDate other) {
    int tol = (approximate || other.approximate) ? APPROXIMATE_YEARS : 0;
    if (!yearsOverlap(other)) {
      return Agreement.CONTRADICTS;
    }
    if (isRange() || other.isRange() || tol > 0) {
      return Agreement.COMPATIBLE;
    }
    if (month == 0 || other.month == 0) {
      return Agreement.COMPATIBLE;
    }
    if (month != other.month) {
      return Agreement.CONTRADICTS;
    }
    if (day == 0 || other.day == 0) {
      return Agreement.COMPATIBLE;
    }
    return day == other.day ? Agreement.EXACT : Agreement.CONTRADICTS;
  }

  /**
   * Whether the two dates' years can be the same (within the tolerance of an approximate date):
   * {@link #compare} with month and day left out.
   */
  public boolean yearsOverlap(PartialDate other) {
    int tol = (approximate || other.approximate) ? APPROXIMATE_YEARS : 0;
    return year - tol <= other.yearTo && other.year - tol <= yearTo;
  }

  /**
   * ISO 8601 where possible: "1975", "1975-03", "1975-03-02"; "circa 1968"; "1968/1970". Built by
   * hand rather than with String.format: matching explains a date of birth for every candidate it
   * scores, and String.format was 40% of a screening's CPU (JFR, 2026-11-23).
   */
  @Override
  public String toString() {
    StringBuilder b = new StringBuilder(approximate ? 16 : 10);
    if (approximate) {
      b.append("circa ");
    }
    pad(b, year, 4);
    if (isRange()) {
      b.append('/');
      pad(b, yearTo, 4);
    } else if (month > 0) {
      b.append('-');
      pad(b, month, 2);
      if (day > 0) {
        b.append('-');
        pad(b, day, 2);
      }
    }
    return b.toString();
  }

  private static void pad(StringBuilder b, int value, int width) {
    String v = Integer.toString(value);
    for (int i = v.length(); i < width; i++) {
      b.append('0');
    }
    b.append(v);
  }

  /** Parses what {@link #toString()} writes. */
  public static PartialDate fromString(String s) {
    String t = s.strip();
    boolean approx = t.startsWith("circa ");
    if (approx) {
      t = t.substring(6);
    }
    if (t.length() == 9 && t.charAt(4) == '/') {
      return new PartialDate(
          Integer.parseInt(t.substring(0, 4)), 0, 0, Integer.parseInt(t.substring(5)), approx);
    }
    PartialDate p = parse(t);
    return approx ? new PartialDate(p.year, p.month, p.day, p.yearTo, true) : p;
  }
}
