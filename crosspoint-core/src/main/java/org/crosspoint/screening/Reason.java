package org.crosspoint.screening;

import java.util.Objects;
import org.crosspoint.watchlist.ListKind;

/**
 * One reason of a decision. List fields are empty (and the score 0) for rule reasons, rule fields
 * empty for list reasons.
 *
 * @param kind what produced it
 * @param outcome what this reason alone asks for (a cleared or no-action match: CLEAR)
 * @param listId the watchlist, or empty
 * @param listKind the watchlist's kind, or null for rules
 * @param entryId the entry, or empty
 * @param entryVersion the entry's version, or empty
 * @param matchedName the listed name that matched, or empty
 * @param score the match score, or 0
 * @param explanation the name-part explanation, or empty
 * @param birthDateNote what the date of birth did, or empty
 * @param nationalityNote what nationality did, or empty
 * @param documentNote what the document number did, or empty
 * @param ruleId the rule, or empty
 * @param text one readable sentence for the officer
 */
public record Reason(
    Kind kind,
    Outcome outcome,
    String listId,
    ListKind listKind,
    String entryId,
    String entryVersion,
    String matchedName,
    double score,
    String explanation,
    String birthDateNote,
    String nationalityNote,
    String documentNote,
    String ruleId,
    String text) {

  /** Where a reason comes from. */
  public enum Kind {
    /** A name match on a watchlist, acted on per the list's action for the direction. */
    LIST_MATCH,
    /** A match an officer already judged a false match for this document and entry version. */
    CLEARED_BEFORE,
    /** A document or route rule with outcome REFER. */
    RULE,
    /** A document or route rule with outcome DENY: passage refused, shown as a HIT. */
    RULE_DENY
  }

  public Reason {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(outcome, "outcome");
    listId = Objects.requireNonNullElse(listId, "");
    entryId = Objects.requireNonNullElse(entryId, "");
    entryVersion = Objects.requireNonNullElse(entryVersion, "");
    matchedName = Objects.requireNonNullElse(matchedName, "");
    explanation = Objects.requireNonNullElse(explanation, "");
    birthDateNote = Objects.requireNonNullElse(birthDateNote, "");
    nationalityNote = Objects.requireNonNullElse(nationalityNote, "");
    documentNote = Objects.requireNonNullElse(documentNote, "");
    ruleId = Objects.requireNonNullElse(ruleId, "");
    Objects.requireNonNull(text, "text");
  }

  static Reason ofMatch(Kind kind, Outcome outcome, ListMatch m, ListKind listKind, String text) {
    return new Reason(
        kind,
        outcome,
        m.listId(),
        listKind,
        m.entryId(),
        m.entryVersion(),
        m.matchedName(),
        m.score(),
        m.explanation(),
        m.birthDateNote(),
        m.nationalityNote(),
        m.documentNote(),
        "",
        text);
  }

  static Reason ofRule(RuleOutcome r) {
    boolean deny = r.action() == RuleOutcome.Action.DENY;
    return new Reason(
        deny ? Kind.RULE_DENY : Kind.RULE,
        deny ? Outcome.HIT : Outcome.REFER,
        "",
        null,
        "",
        "",
        "",
        0,
        "",
        "",
        "",
        "",
        r.ruleId(),
        (deny ? "DENY" : "REFER") + " by rule " + r.ruleId() + ": " + r.reason());
  }
}
