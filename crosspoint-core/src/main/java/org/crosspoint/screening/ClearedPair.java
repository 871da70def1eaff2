package org.crosspoint.screening;

import java.util.Objects;

/**
 * An officer's FALSE_MATCH disposition, remembered: this document is not this entry, as long as the
 * entry is at this version (a changed entry must be looked at again).
 *
 * @param documentKey {@link TravelDocument#key()}
 * @param entryId the entry
 * @param entryVersion the entry's version when it was cleared
 */
public record ClearedPair(String documentKey, String entryId, String entryVersion) {
  public ClearedPair {
    Objects.requireNonNull(documentKey, "documentKey");
    Objects.requireNonNull(entryId, "entryId");
    entryVersion = Objects.requireNonNullElse(entryVersion, "");
    if (documentKey.isEmpty()) {
      throw new IllegalArgumentException("a cleared pair needs a document key");
    }
  }
}
