package org.crosspoint.screening;

import java.util.Objects;

/**
 * A document or route rule that applied to an encounter (produced by {@code
 * org.crosspoint.rules.RuleBook}); it lives here because the decision consumes it.
 *
 * @param ruleId the rule's id in the rule file
 * @param action refer to secondary inspection, or deny passage
 * @param reason the rule's reason as written in the rule file
 */
public record RuleOutcome(String ruleId, Action action, String reason) {
  /** What a rule asks for. */
  public enum Action {
    REFER,
    DENY
  }

  public RuleOutcome {
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(action, "action");
    reason = Objects.requireNonNullElse(reason, "");
  }
}
