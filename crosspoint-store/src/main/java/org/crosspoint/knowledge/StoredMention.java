package org.crosspoint.knowledge;

import java.util.Map;

/** A mention kept with its document and offsets into the document's cleaned text. */
public record StoredMention(
    String documentSha,
    int seq,
    String type,
    int start,
    int end,
    String text,
    String canonical,
    Map<String, String> attributes) {
  public StoredMention {
    attributes = Map.copyOf(attributes);
  }
}
