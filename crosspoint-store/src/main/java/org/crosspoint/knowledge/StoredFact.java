package org.crosspoint.knowledge;

import java.util.List;
import java.util.Map;

/**
 * A fact kept with its provenance: document, evidence sentence and offsets, extractor version, and
 * the Admiralty credibility (1 confirmed … 6 cannot be judged) of the item. Arguments are JSON
 * values (strings, numbers, lists of strings).
 */
public record StoredFact(
    String documentSha,
    int seq,
    String type,
    Map<String, Object> arguments,
    String sentence,
    int start,
    int end,
    List<Map<String, Object>> moreEvidence,
    int credibility,
    String extractor) {
  public StoredFact {
    if (credibility < 1 || credibility > 6) {
      throw new IllegalArgumentException("credibility must be 1-6, not " + credibility);
    }
    arguments = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(arguments));
    moreEvidence = List.copyOf(moreEvidence);
  }
}
