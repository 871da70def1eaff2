package org.crosspoint.mrz;

import java.util.Objects;

/**
 * One thing wrong in a machine-readable zone that could still be read.
 *
 * @param field the field it concerns, named as in the JSON output: {@code document_code}, {@code
 *     issuing_state}, {@code document_number}, {@code name}, {@code nationality}, {@code
 *     birth_date}, {@code sex}, {@code expiry_date}, {@code optional_data}, {@code optional_data2},
 *     {@code composite}
 * @param message what is wrong and where, e.g. "line 1 position 12: '#' is not an MRZ character"
 */
public record MrzError(String field, String message) {
  public MrzError {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(message, "message");
  }
}
