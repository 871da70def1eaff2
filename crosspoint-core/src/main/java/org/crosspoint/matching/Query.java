package org.crosspoint.matching;

import java.util.Objects;
import org.crosspoint.dates.PartialDate;

/**
 * A person to screen.
 *
 * @param name the name as written (any script)
 * @param dob date of birth, full or partial; null when unknown
 * @param nationality ISO 3166 alpha-3 code, or empty
 * @param gender "M", "F", "X" or empty
 * @param documentNumber passport or identity document number, or empty
 */
public record Query(
    String name, PartialDate dob, String nationality, String gender, String documentNumber) {
  public Query {
    checkName(name, "name");
    nationality = Objects.requireNonNullElse(nationality, "").strip();
    gender = Objects.requireNonNullElse(gender, "").strip();
    documentNumber = Objects.requireNonNullElse(documentNumber, "").strip();
  }

  /**
   * The longest name screened, in characters. The longest name on the UN and OFAC lists has 158;
   * scoring costs grow with the product of two names' parts, and a traveller's name of 30,000 words
   * (a hostile manifest cell within the CSV reader's bounds) took 11 seconds to screen.
   */
  public static final int MAX_NAME_CHARS = 1_000;

  /**
   * Checks a name to screen or compare: not null and at most {@link #MAX_NAME_CHARS} characters.
   *
   * @param what how the caller calls the name, for the message
   * @throws IllegalArgumentException saying how long the name is and what the bound is
   */
  public static String checkName(String name, String what) {
    Objects.requireNonNull(name, what);
    if (name.length() > MAX_NAME_CHARS) {
      throw new IllegalArgumentException(
          what
              + " is "
              + name.length()
              + " characters long; a name to screen has at most "
              + MAX_NAME_CHARS);
    }
    return name;
  }

  public static Query ofName(String name) {
    return new Query(name, null, "", "", "");
  }
}
