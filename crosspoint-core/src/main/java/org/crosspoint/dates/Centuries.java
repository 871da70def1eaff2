package org.crosspoint.dates;

import java.time.LocalDate;

/**
 * Places a two-digit year in a century, as MRZs (ICAO 9303 YYMMDD) and PAXLST (DTM format 101)
 * need: the latest year that does not put the date after {@code latest}. For a date of birth pass
 * today (nobody is born tomorrow); for an expiry date pass today plus the longest validity (50
 * years).
 */
public final class Centuries {
  private Centuries() {}

  /**
   * The four-digit year for {@code yy}.
   *
   * @param yy 0–99
   * @param month 1–12, or 0 when unknown
   * @param day 1–31, or 0 when unknown
   * @param latest the latest date the result may fall on
   */
  public static int resolve(int yy, int month, int day, LocalDate latest) {
    if (yy < 0 || yy > 99) {
      throw new IllegalArgumentException("two-digit year out of range: " + yy);
    }
    int year = latest.getYear() / 100 * 100 + yy;
    return after(year, month, day, latest) ? year - 100 : year;
  }

  private static boolean after(int year, int month, int day, LocalDate latest) {
    if (year != latest.getYear()) {
      return year > latest.getYear();
    }
    if (month == 0 || month != latest.getMonthValue()) {
      return month > latest.getMonthValue();
    }
    return day > latest.getDayOfMonth();
  }
}
