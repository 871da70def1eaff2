package org.crosspoint.mrz;

import java.util.Objects;

/**
 * One OCR confusion the parser corrected (a letter read for a digit or the reverse).
 *
 * @param field the field corrected, named as in {@link MrzError#field()}
 * @param line 1-based line of the zone
 * @param position 1-based character position in the line
 * @param from the character as read
 * @param to the character used instead
 * @param confirmedBy what confirms the correction: a check digit ("birth_date check digit"), the
 *     composite check digit, the ICAO code list, or "unconfirmed" for names, which no check digit
 *     covers but which may only hold letters
 */
public record MrzCorrection(
    String field, int line, int position, String from, String to, String confirmedBy) {
  public MrzCorrection {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(confirmedBy, "confirmedBy");
  }
}
