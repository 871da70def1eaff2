package org.crosspoint.screening;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.crosspoint.watchlist.Direction;
import org.crosspoint.watchlist.MatchAction;
import org.crosspoint.watchlist.Watchlist;

/**
 * Turns what screening found into the officer's answer.
 *
 * <ul>
 *   <li>Each alerting list match acts as its list says for the direction ({@link
 *       Watchlist#actionOn}): by default red alert HIT everywhere and notifies (mission S1), exit
 *       control HIT on EXIT only (S2), watch, sanctions and proscribed-organisation lists REFER. A
 *       match whose list does nothing in this direction is kept as a CLEAR reason.
 *   <li>A match the officer cleared before as a FALSE_MATCH for the same document and the same
 *       entry version is cleared again (reason CLEARED_BEFORE); a new entry version is not.
 *   <li>Rule outcomes: REFER stays REFER; DENY is shown as HIT (reason kind RULE_DENY), because for
 *       the officer both mean "do not let through".
 * </ul>
 *
 * <p>Stateless and thread-safe.
 */
public final class DecisionMaker {
  private static final Comparator<Reason> MOST_SEVERE_FIRST =
      Comparator.comparing(Reason::outcome)
          .reversed()
          .thenComparing(Comparator.comparingDouble(Reason::score).reversed());

  private DecisionMaker() {}

  /**
   * Decides an encounter.
   *
   * @param encounter the encounter
   * @param matches the matching engine's candidates for the traveller; those without {@code alert}
   *     are ignored
   * @param lists the active watchlists by id; every match's list must be there
   * @param cleared the FALSE_MATCH dispositions on record
   * @param rules the rules that applied to the encounter
   * @throws IllegalArgumentException when a match names a list not in {@code lists}
   */
  public static Decision decide(
      Encounter encounter,
      List<ListMatch> matches,
      Map<String, Watchlist> lists,
      Set<ClearedPair> cleared,
      List<RuleOutcome> rules) {
    Direction direction = encounter.direction();
    String documentKey = encounter.document().key();
    List<Reason> reasons = new ArrayList<>();
    Set<String> notify = new LinkedHashSet<>();
    for (ListMatch m : matches) {
      if (!m.alert()) {
        continue;
      }
      Watchlist w = lists.get(m.listId());
      if (w == null) {
        throw new IllegalArgumentException(
            "match of entry " + m.entryId() + " names unknown watchlist '" + m.listId() + "'");
      }
      String what =
          String.format(
              Locale.ROOT,
              "'%s' on %s list %s (entry %s, score %.2f)",
              m.matchedName(),
              w.kind().name().toLowerCase(Locale.ROOT).replace('_', ' '),
              w.name(),
              m.entryId(),
              m.score());
      if (!documentKey.isEmpty()
          && cleared.contains(new ClearedPair(documentKey, m.entryId(), m.entryVersion()))) {
        reasons.add(
            Reason.ofMatch(
                Reason.Kind.CLEARED_BEFORE,
                Outcome.CLEAR,
                m,
                w.kind(),
                "cleared before: "
                    + what
                    + " was judged a false match for document "
                    + documentKey
                    + " and the entry has not changed since"));
        continue;
      }
      MatchAction action = w.actionOn(direction);
      Outcome outcome =
          switch (action) {
            case HIT -> Outcome.HIT;
            case REFER -> Outcome.REFER;
            case NONE -> Outcome.CLEAR;
          };
      String text =
          action == MatchAction.NONE
              ? "matches " + what + ", which asks for no action on " + direction
              : "matches " + what + "; on " + direction + " this list asks for " + action;
      reasons.add(Reason.ofMatch(Reason.Kind.LIST_MATCH, outcome, m, w.kind(), text));
      if (outcome == Outcome.HIT && w.notifyOnHit()) {
        notify.add(w.id());
      }
    }
    for (RuleOutcome r : rules) {
      reasons.add(Reason.ofRule(r));
    }
    reasons.sort(MOST_SEVERE_FIRST);
    Outcome outcome = Outcome.CLEAR;
    for (Reason r : reasons) {
      outcome = outcome.max(r.outcome());
    }
    return new Decision(encounter.id(), outcome, reasons, new ArrayList<>(notify));
  }
}
