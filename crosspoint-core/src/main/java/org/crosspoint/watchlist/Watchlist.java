package org.crosspoint.watchlist;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * A watchlist and what a match on it does in each direction of travel.
 *
 * @param id short stable identifier used on the command line ("un-sc", "ofac-sdn", "ecl")
 * @param name a readable name
 * @param kind red alert, exit control, watch, sanctions or proscribed organisations
 * @param agency the owning agency
 * @param actions the action on a match per direction; every direction present
 * @param notifyOnHit whether a HIT on this list notifies the owning agency (red alert does)
 */
public record Watchlist(
    String id,
    String name,
    ListKind kind,
    String agency,
    Map<Direction, MatchAction> actions,
    boolean notifyOnHit) {

  public Watchlist {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
    name = Objects.requireNonNullElse(name, id);
    agency = Objects.requireNonNullElse(agency, "");
    EnumMap<Direction, MatchAction> all = new EnumMap<>(defaultActions(kind));
    if (actions != null) {
      all.putAll(actions);
    }
    actions = Map.copyOf(all);
  }

  /** A list with the default actions of its kind. */
  public static Watchlist of(String id, String name, ListKind kind, String agency) {
    return new Watchlist(id, name, kind, agency, null, kind == ListKind.RED_ALERT);
  }

  public MatchAction actionOn(Direction direction) {
    return actions.get(direction);
  }

  /**
   * Mission S1/S2: red alert stops on any direction; exit control on EXIT only; watch and sanctions
   * refer to secondary inspection.
   */
  public static Map<Direction, MatchAction> defaultActions(ListKind kind) {
    EnumMap<Direction, MatchAction> m = new EnumMap<>(Direction.class);
    for (Direction d : Direction.values()) {
      m.put(
          d,
          switch (kind) {
            case RED_ALERT -> MatchAction.HIT;
            case EXIT_CONTROL -> d == Direction.EXIT ? MatchAction.HIT : MatchAction.NONE;
            case WATCH, SANCTIONS, PROSCRIBED_ORGANISATIONS -> MatchAction.REFER;
          });
    }
    return m;
  }
}
