package org.crosspoint.screening;

import java.util.List;
import java.util.Objects;

/**
 * The answer for one encounter: CLEAR, REFER or HIT, with every reason, most severe first.
 *
 * @param encounterId the encounter decided
 * @param outcome the most severe outcome among the reasons, CLEAR when there is none
 * @param reasons every reason, including matches that asked for nothing (no action in this
 *     direction, or cleared before), so that the record shows what was seen
 * @param notifyLists the watchlists whose owning agency must be told of this HIT (red alert, S1)
 */
public record Decision(
    String encounterId, Outcome outcome, List<Reason> reasons, List<String> notifyLists) {
  public Decision {
    Objects.requireNonNull(encounterId, "encounterId");
    Objects.requireNonNull(outcome, "outcome");
    reasons = List.copyOf(reasons);
    notifyLists = List.copyOf(notifyLists);
  }

  /** One line for the officer: the outcome and its first reason. */
  public String summary() {
    Reason first = reasons.isEmpty() ? null : reasons.get(0);
    if (outcome == Outcome.CLEAR || first == null) {
      return "CLEAR";
    }
    return outcome + ": " + first.text();
  }
}
