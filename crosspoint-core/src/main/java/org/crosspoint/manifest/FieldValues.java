package org.crosspoint.manifest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import org.crosspoint.country.Countries;
import org.crosspoint.dates.Centuries;
import org.crosspoint.dates.PartialDate;

/** Reading the values both manifest formats share: dates, countries, genders. */
final class FieldValues {
  private FieldValues() {}

  /**
   * YYMMDD or CCYYMMDD (UN/EDIFACT 2379 formats 101 and 102, and MRZ style), the century of a
   * six-digit year placed so the date is not after {@code latest}.
   *
   * @throws IllegalArgumentException when it is not a date
   */
  static LocalDate compactDate(String s, LocalDate latest) {
    String t = s.strip();
    if (!t.matches("\\d{6}|\\d{8}")) {
      throw new IllegalArgumentException("'" + t + "' is not a date (YYMMDD or CCYYMMDD)");
    }
    try {
      if (t.length() == 8) {
        return LocalDate.of(
            Integer.parseInt(t.substring(0, 4)),
            Integer.parseInt(t.substring(4, 6)),
            Integer.parseInt(t.substring(6)));
      }
      int yy = Integer.parseInt(t.substring(0, 2));
      int mm = Integer.parseInt(t.substring(2, 4));
      int dd = Integer.parseInt(t.substring(4));
      return LocalDate.of(Centuries.resolve(yy, mm, dd, latest), mm, dd);
    } catch (DateTimeException e) {
      throw new IllegalArgumentException("'" + t + "' is not a date: " + e.getMessage(), e);
    }
  }

  /** An ICAO code for a code or name; throws naming the text when it is neither. */
  static String country(String s) {
    String t = s.strip();
    String upper = t.toUpperCase(Locale.ROOT);
    // ICAO codes as printed (D, XXA) stay as they are; names resolve to codes.
    if (Countries.isKnownCode(upper)) {
      return upper;
    }
    return Countries.resolve(t)
        .orElseThrow(
            () -> new IllegalArgumentException("'" + t + "' is not an ICAO country code or name"));
  }

  /** M, F or X from the usual spellings; "" for unknown (U). */
  static String gender(String s) {
    String t = s.strip().toUpperCase(Locale.ROOT);
    return switch (t) {
      case "M", "MALE" -> "M";
      case "F", "FEMALE" -> "F";
      case "X", "<" -> "X";
      case "", "U", "UNKNOWN" -> "";
      default ->
          throw new IllegalArgumentException("'" + s.strip() + "' is not a gender (M, F, X, U)");
    };
  }

  /** Full dates, partial dates of birth ("1985", "1985-03") and DD.MM.YYYY via PartialDate. */
  static PartialDate birthDate(String s, LocalDate today) {
    String t = s.strip();
    if (t.matches("\\d{6}|\\d{8}")) {
      return PartialDate.of(compactDate(t, today));
    }
    return PartialDate.parse(t);
  }
}
