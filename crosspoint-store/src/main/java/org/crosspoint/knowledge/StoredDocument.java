package org.crosspoint.knowledge;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A report as the knowledge base keeps it: by content hash, with its source and the Admiralty
 * reliability grade (A–F) of that source.
 */
public record StoredDocument(
    String sha256,
    String name,
    Optional<String> title,
    Optional<String> outlet,
    Optional<String> author,
    Optional<LocalDate> published,
    char reliability,
    String text,
    String extractor) {
  public StoredDocument {
    if ("ABCDEF".indexOf(reliability) < 0) {
      throw new IllegalArgumentException("source reliability must be A-F, not " + reliability);
    }
  }
}
