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
    Objects.requireNonNull(name, "name");
    nationality = Objects.requireNonNullElse(nationality, "").strip();
    gender = Objects.requireNonNullElse(gender, "").strip();
    documentNumber = Objects.requireNonNullElse(documentNumber, "").strip();
  }

  public static Query ofName(String name) {
    return new Query(name, null, "", "", "");
  }
}
