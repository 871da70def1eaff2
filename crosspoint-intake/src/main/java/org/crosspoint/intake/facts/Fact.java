package org.crosspoint.intake.facts;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One extracted statement: its type, its arguments by role ("place", "date", "killed",
 * "claimed_by", "attributed_to", "subject", "organisation", "speaker", "stance", ...), the sentence
 * it rests on and further sentences that add to it (an attack named in a list and attributed
 * later). Argument values are strings, numbers or lists of strings. Each fact states the extractor
 * version that produced it, so that re-extraction with a newer version can be told apart.
 */
public record Fact(
    FactType type,
    Map<String, Object> arguments,
    Evidence evidence,
    List<Evidence> moreEvidence,
    String extractor) {
  public Fact {
    arguments = Collections.unmodifiableMap(new LinkedHashMap<>(arguments));
    moreEvidence = List.copyOf(moreEvidence);
  }

  public Object argument(String role) {
    return arguments.get(role);
  }
}
