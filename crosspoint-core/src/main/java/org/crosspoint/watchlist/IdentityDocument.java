package org.crosspoint.watchlist;

import java.util.Objects;

/**
 * An identity document known for a listed subject.
 *
 * @param type e.g. "Passport", "National Identification Number"
 * @param number as given by the source
 * @param issuingState ISO 3166 alpha-3 (or ICAO code) where it could be resolved, else the source's
 *     text, or empty
 * @param note free text from the source (issue date, remarks), or empty
 */
public record IdentityDocument(String type, String number, String issuingState, String note) {
  public IdentityDocument {
    type = Objects.requireNonNullElse(type, "");
    Objects.requireNonNull(number, "number");
    issuingState = Objects.requireNonNullElse(issuingState, "");
    note = Objects.requireNonNullElse(note, "");
  }
}
