package org.crosspoint.screening;

import java.util.Objects;

/**
 * One watchlist entry the matching engine found for a traveller, as the decision needs it.
 *
 * @param listId the watchlist's id
 * @param entryId the entry's id
 * @param entryVersion the entry's version (number or content hash): a cleared false match holds
 *     only while the entry stays at this version
 * @param matchedName the entry's name that matched, as listed
 * @param score the match score in [0, 1]
 * @param alert whether the score reaches the alert threshold; matches below it are not reasons
 * @param explanation the name-part explanation ("KHAN = KHAN; MUHAMMAD ~ MOHAMMED (variant)")
 * @param birthDateNote what the date of birth did ("1985-03-15 vs listed 1985: compatible"), or
 *     empty
 * @param nationalityNote what nationality did, or empty
 * @param documentNote what the document number did ("PAK:AB1234567 is a listed document"), or empty
 */
public record ListMatch(
    String listId,
    String entryId,
    String entryVersion,
    String matchedName,
    double score,
    boolean alert,
    String explanation,
    String birthDateNote,
    String nationalityNote,
    String documentNote) {
  public ListMatch {
    Objects.requireNonNull(listId, "listId");
    Objects.requireNonNull(entryId, "entryId");
    entryVersion = Objects.requireNonNullElse(entryVersion, "");
    matchedName = Objects.requireNonNullElse(matchedName, "");
    if (!(score >= 0 && score <= 1)) {
      throw new IllegalArgumentException("score must be in [0, 1]: " + score);
    }
    explanation = Objects.requireNonNullElse(explanation, "");
    birthDateNote = Objects.requireNonNullElse(birthDateNote, "");
    nationalityNote = Objects.requireNonNullElse(nationalityNote, "");
    documentNote = Objects.requireNonNullElse(documentNote, "");
  }
}
