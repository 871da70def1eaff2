package org.crosspoint.mrz;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.crosspoint.dates.PartialDate;

/**
 * A machine-readable zone as read by {@link MrzParser}. Text fields hold the value with ICAO
 * fillers removed ({@code <} inside names and optional data becomes a space); nothing is {@code
 * null} except the dates.
 *
 * @param format the layout
 * @param documentCode one or two letters, fillers removed ("P", "PT", "I", "ID", "V")
 * @param issuingState ICAO code as printed ("PAK", "D", "XXA"); may be unknown, see {@link #errors}
 * @param documentNumber fillers removed; for TD1 and TD2 includes the overflow of numbers longer
 *     than nine characters (Doc 9303 part 5 §4.2.2 note j)
 * @param surname the primary identifier, fillers as spaces ("CACADOR DE ARAUJO"); may be empty
 * @param givenNames the secondary identifier, fillers as spaces; may be empty
 * @param nationality ICAO code as printed
 * @param birthDate the full date of birth, or null when the zone has unknown parts or it is wrong
 * @param birthDatePartial the date of birth as far as known (year, year-month or full), or null
 * @param expiryDate the date of expiry, or null when it is unreadable
 * @param sex "M", "F" or "X" (the zone's {@code <} means unspecified, written X)
 * @param optionalData the optional data field (TD3: the personal number), fillers as spaces; for
 *     TD1 it includes the document number overflow as printed
 * @param optionalData2 TD1's second optional data field (line 2), else empty
 * @param valid whether every check digit holds, composite included (after confirmed corrections)
 * @param corrected the OCR confusions corrected, in zone order
 * @param errors everything still wrong, each naming its field; check digits, unknown codes, bad
 *     characters, impossible dates
 * @param lines the zone as read, after corrections
 */
public record Mrz(
    MrzFormat format,
    String documentCode,
    String issuingState,
    String documentNumber,
    String surname,
    String givenNames,
    String nationality,
    LocalDate birthDate,
    PartialDate birthDatePartial,
    LocalDate expiryDate,
    String sex,
    String optionalData,
    String optionalData2,
    boolean valid,
    List<MrzCorrection> corrected,
    List<MrzError> errors,
    List<String> lines) {

  public Mrz {
    Objects.requireNonNull(format, "format");
    corrected = List.copyOf(corrected);
    errors = List.copyOf(errors);
    lines = List.copyOf(lines);
  }

  /** Whether a field has an error. */
  public boolean hasError(String field) {
    return errors.stream().anyMatch(e -> e.field().equals(field));
  }

  /**
   * The fields under the names of the JSON interface ({@code crosspoint mrz --json}, the REST API):
   * format, document_code, issuing_state, document_number, surname, given_names, nationality,
   * birth_date and expiry_date (ISO 8601; a partial date of birth as "1978" or "1978-03"), sex,
   * optional_data, optional_data2, valid, corrected, errors. Keys in that order.
   */
  public Map<String, Object> toJsonFields() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("format", format.name());
    m.put("document_code", documentCode);
    m.put("issuing_state", issuingState);
    m.put("document_number", documentNumber);
    m.put("surname", surname);
    m.put("given_names", givenNames);
    m.put("nationality", nationality);
    m.put("birth_date", birthDatePartial == null ? null : birthDatePartial.toString());
    m.put("expiry_date", expiryDate == null ? null : expiryDate.toString());
    m.put("sex", sex);
    m.put("optional_data", optionalData);
    m.put("optional_data2", optionalData2);
    m.put("valid", valid);
    List<Map<String, Object>> cs = new ArrayList<>();
    for (MrzCorrection c : corrected) {
      Map<String, Object> o = new LinkedHashMap<>();
      o.put("field", c.field());
      o.put("line", c.line());
      o.put("position", c.position());
      o.put("from", c.from());
      o.put("to", c.to());
      o.put("confirmed_by", c.confirmedBy());
      cs.add(o);
    }
    m.put("corrected", cs);
    List<Map<String, Object>> es = new ArrayList<>();
    for (MrzError e : errors) {
      Map<String, Object> o = new LinkedHashMap<>();
      o.put("field", e.field());
      o.put("message", e.message());
      es.add(o);
    }
    m.put("errors", es);
    return m;
  }

  /** Given names then surname, single-spaced, as a person would write the full name. */
  public String fullName() {
    return (givenNames + " " + surname).strip();
  }
}
