package org.crosspoint.rules;

import java.util.Objects;
import java.util.function.Predicate;
import org.crosspoint.screening.Encounter;
import org.crosspoint.screening.RuleOutcome;

/** One document or route rule from a rule file. Immutable and thread-safe. */
public final class Rule {
  private final String id;
  private final String description;
  private final RuleOutcome.Action action;
  private final String reason;
  private final int line;
  private final Predicate<Encounter> when;

  Rule(
      String id,
      String description,
      RuleOutcome.Action action,
      String reason,
      int line,
      Predicate<Encounter> when) {
    this.id = Objects.requireNonNull(id);
    this.description = Objects.requireNonNullElse(description, "");
    this.action = Objects.requireNonNull(action);
    this.reason = Objects.requireNonNull(reason);
    this.line = line;
    this.when = Objects.requireNonNull(when);
  }

  public String id() {
    return id;
  }

  public String description() {
    return description;
  }

  /** REFER or DENY. */
  public RuleOutcome.Action action() {
    return action;
  }

  /** The reason shown to the officer and recorded with the decision. */
  public String reason() {
    return reason;
  }

  /** The line of the rule file where the rule starts. */
  public int line() {
    return line;
  }

  /** Whether every condition of the rule holds for the encounter. */
  public boolean appliesTo(Encounter e) {
    return when.test(e);
  }

  /** The outcome this rule gives when it applies. */
  public RuleOutcome outcome() {
    return new RuleOutcome(id, action, reason);
  }

  @Override
  public String toString() {
    return id + " (" + action + ", line " + line + ")";
  }
}
