package org.crosspoint.screening;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

/**
 * The document a traveller presents.
 *
 * @param type passport, travel document, ...
 * @param code the MRZ document code when read from a zone ("P", "PT", "ID"), else empty
 * @param number as printed, fillers removed; may be empty when unknown
 * @param issuingState ICAO code ("PAK", "D", "XXA"), or empty when unknown
 * @param expiry the date of expiry, or null when unknown
 * @param mrzValid whether every MRZ check digit held; null when the document was not read from an
 *     MRZ (typed in, or from a manifest)
 */
public record TravelDocument(
    DocumentType type,
    String code,
    String number,
    String issuingState,
    LocalDate expiry,
    Boolean mrzValid) {
  public TravelDocument {
    type = Objects.requireNonNullElse(type, DocumentType.OTHER);
    code = Objects.requireNonNullElse(code, "");
    number = Objects.requireNonNullElse(number, "").strip();
    issuingState = Objects.requireNonNullElse(issuingState, "").strip();
  }

  /** A document not read from an MRZ. */
  public static TravelDocument of(
      DocumentType type, String number, String issuingState, LocalDate expiry) {
    return new TravelDocument(type, "", number, issuingState, expiry, null);
  }

  /**
   * The key that identifies this document across encounters: issuing state and number, upper case,
   * without spaces, hyphens or fillers ("PAK:AB1234567"); empty when the number is unknown. A
   * cleared false match is remembered against this key.
   */
  public String key() {
    String n = number.toUpperCase(Locale.ROOT).replaceAll("[\\s<\\-/.]", "");
    return n.isEmpty() ? "" : issuingState.toUpperCase(Locale.ROOT) + ":" + n;
  }

  /** Whether the document had expired on {@code date} (it is valid through its expiry date). */
  public boolean expiredOn(LocalDate date) {
    return expiry != null && expiry.isBefore(date);
  }
}
