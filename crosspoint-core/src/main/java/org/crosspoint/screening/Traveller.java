package org.crosspoint.screening;

import java.util.Objects;
import org.crosspoint.dates.PartialDate;
import org.crosspoint.mrz.Mrz;

/**
 * A person at a crossing, from an MRZ, typed fields or a manifest.
 *
 * @param surname the family name (primary identifier), or empty when only a full name is known
 * @param givenNames the given names, or empty
 * @param fullName the name as one string; when not given, "given names surname"
 * @param birthDate possibly partial, or null when unknown
 * @param nationality ICAO/ISO alpha-3 code, or empty when unknown
 * @param gender "M", "F", "X" or empty when unknown
 * @param document the document presented; never null (an unknown document has empty fields)
 */
public record Traveller(
    String surname,
    String givenNames,
    String fullName,
    PartialDate birthDate,
    String nationality,
    String gender,
    TravelDocument document) {
  public Traveller {
    surname = Objects.requireNonNullElse(surname, "").strip();
    givenNames = Objects.requireNonNullElse(givenNames, "").strip();
    fullName = Objects.requireNonNullElse(fullName, "").strip();
    if (fullName.isEmpty()) {
      fullName = (givenNames + " " + surname).strip();
    }
    if (fullName.isEmpty()) {
      throw new IllegalArgumentException("a traveller needs a name");
    }
    nationality = Objects.requireNonNullElse(nationality, "").strip();
    gender = Objects.requireNonNullElse(gender, "").strip();
    document =
        Objects.requireNonNullElse(document, TravelDocument.of(DocumentType.OTHER, "", "", null));
  }

  /** The holder and document of a machine-readable zone. */
  public static Traveller fromMrz(Mrz m) {
    TravelDocument d =
        new TravelDocument(
            DocumentType.fromMrzCode(m.documentCode()),
            m.documentCode(),
            m.documentNumber(),
            m.issuingState(),
            m.expiryDate(),
            m.valid());
    return new Traveller(
        m.surname(),
        m.givenNames(),
        m.fullName(),
        m.birthDatePartial(),
        m.nationality(),
        m.sex(),
        d);
  }
}
