package org.crosspoint.watchlist;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.crosspoint.dates.PartialDate;

/**
 * One subject on one watchlist, as one immutable version. The registry stores every version.
 *
 * @param id stable identifier, {@code listId + ":" + externalId}
 * @param listId the list this entry belongs to
 * @param externalId the source's own identifier (UN DATAID, OFAC ent_num, national reference)
 * @param type person, organisation, vessel or aircraft
 * @param names every name; the first PRIMARY name is the display name
 * @param birthDates partial and approximate dates of birth, possibly several
 * @param birthPlaces places of birth as text
 * @param nationalities ISO 3166 alpha-3 codes where resolvable, else the source's text
 * @param gender "M", "F", "X" or empty when unknown
 * @param reason why the subject is listed (free text)
 * @param legalBasis the order, resolution or statute
 * @param sourceReference e.g. the UN reference number, or a letter number with annex and item
 * @param listedOn when the subject was listed, or null when the source does not say
 * @param reviewBy when the listing must be reviewed, or null
 */
public record Entry(
    String id,
    String listId,
    String externalId,
    SubjectType type,
    List<EntryName> names,
    List<PartialDate> birthDates,
    List<String> birthPlaces,
    List<String> nationalities,
    String gender,
    List<IdentityDocument> documents,
    List<Address> addresses,
    List<String> affiliations,
    String reason,
    String legalBasis,
    String sourceReference,
    LocalDate listedOn,
    LocalDate reviewBy,
    EntryStatus status) {

  public Entry {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(listId, "listId");
    Objects.requireNonNull(externalId, "externalId");
    Objects.requireNonNull(type, "type");
    names = List.copyOf(names);
    if (names.isEmpty()) {
      throw new IllegalArgumentException("entry " + id + " has no name");
    }
    birthDates = birthDates == null ? List.of() : List.copyOf(birthDates);
    birthPlaces = birthPlaces == null ? List.of() : List.copyOf(birthPlaces);
    nationalities = nationalities == null ? List.of() : List.copyOf(nationalities);
    gender = Objects.requireNonNullElse(gender, "");
    documents = documents == null ? List.of() : List.copyOf(documents);
    addresses = addresses == null ? List.of() : List.copyOf(addresses);
    affiliations = affiliations == null ? List.of() : List.copyOf(affiliations);
    reason = Objects.requireNonNullElse(reason, "");
    legalBasis = Objects.requireNonNullElse(legalBasis, "");
    sourceReference = Objects.requireNonNullElse(sourceReference, "");
    status = Objects.requireNonNullElse(status, EntryStatus.ACTIVE);
  }

  public static String idOf(String listId, String externalId) {
    return listId + ":" + externalId;
  }

  /** The name shown to a person: the first primary name, else the first name. */
  public String displayName() {
    return names.stream()
        .filter(n -> n.kind() == NameKind.PRIMARY)
        .findFirst()
        .orElse(names.get(0))
        .full();
  }
}
