package org.crosspoint.screening;

import java.util.Locale;

/**
 * What kind of document a traveller presents, as document and route rules see it (mission S3
 * singles out travel documents).
 */
public enum DocumentType {
  PASSPORT,
  /** A travel document that is not a national passport: refugee, stateless, alien's document. */
  TRAVEL_DOCUMENT,
  /** An emergency passport or emergency travel document, issued for one journey. */
  EMERGENCY_DOCUMENT,
  ID_CARD,
  VISA,
  OTHER;

  /**
   * The type of an ICAO Doc 9303 document code. The first letter is fixed by Doc 9303 (P passport
   * book, I/A/C cards, V visa); the second is at the issuing state's discretion (part 4 §4.2.2), so
   * this follows common practice: PT for travel documents (refugee and stateless persons'
   * Convention travel documents, China's travel permits), PE and PU for emergency passports, PD,
   * PO, PS and the rest for passports. Rules can also test the raw code where a state differs.
   */
  public static DocumentType fromMrzCode(String code) {
    String c = code == null ? "" : code.strip().toUpperCase(Locale.ROOT).replace("<", "");
    if (c.isEmpty()) {
      return OTHER;
    }
    return switch (c.charAt(0)) {
      case 'P' ->
          c.equals("PT") ? TRAVEL_DOCUMENT : c.matches("P[EU]") ? EMERGENCY_DOCUMENT : PASSPORT;
      case 'I', 'A', 'C' -> ID_CARD;
      case 'V' -> VISA;
      default -> OTHER;
    };
  }

  /**
   * Reads a type as people and manifests write it: the enum name in any case, with spaces or
   * hyphens ("travel document"), a few common synonyms ("emergency passport", "identity card"), or
   * an MRZ document code ("P", "PT", "I"), which PAXLST DOC segments also use.
   *
   * @throws IllegalArgumentException naming the text when it is none of these
   */
  public static DocumentType parse(String text) {
    String t = text == null ? "" : text.strip().toUpperCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
    for (DocumentType d : values()) {
      if (d.name().equals(t)) {
        return d;
      }
    }
    switch (t) {
      case "EMERGENCY_PASSPORT", "ETD", "EMERGENCY":
        return EMERGENCY_DOCUMENT;
      case "ID", "IDENTITY_CARD", "NATIONAL_ID":
        return ID_CARD;
      case "REFUGEE_TRAVEL_DOCUMENT", "CONVENTION_TRAVEL_DOCUMENT":
        return TRAVEL_DOCUMENT;
      default:
        break;
    }
    if (t.matches("[PIACV][A-Z<]?")) {
      return fromMrzCode(t);
    }
    throw new IllegalArgumentException(
        "unknown document type \""
            + text
            + "\" (expected passport, travel document, emergency document, id card, visa, other,"
            + " or an MRZ document code such as P, PT, I, V)");
  }
}
