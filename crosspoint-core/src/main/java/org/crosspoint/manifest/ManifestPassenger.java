package org.crosspoint.manifest;

import java.time.Instant;
import java.util.Objects;
import org.crosspoint.screening.CrossingPoint;
import org.crosspoint.screening.Encounter;
import org.crosspoint.screening.Route;
import org.crosspoint.screening.Traveller;
import org.crosspoint.watchlist.Direction;

/**
 * One person on a manifest.
 *
 * @param number 1-based position in the manifest (passengers only, bad ones counted too)
 * @param where where it was read: "line 12" or "segments 40-49"
 * @param traveller the person and document
 * @param crew whether listed as crew (PAXLST NAD+FM) rather than passenger
 * @param direction from a CSV {@code direction} column, else null (PAXLST does not say; the
 *     screening caller knows whether the flight arrives or departs)
 * @param flight the flight (CSV {@code flight}, PAXLST TDT), or empty
 * @param departure place of embarkation as given (PAXLST LOC+178, else LOC+125), or empty
 * @param arrival place of debarkation as given (PAXLST LOC+179/LOC+22, else LOC+87), or empty
 * @param route the journey's countries where the manifest gives countries (CSV {@code from} and
 *     {@code to}); PAXLST gives airports, so {@link Route#UNKNOWN}
 */
public record ManifestPassenger(
    int number,
    String where,
    Traveller traveller,
    boolean crew,
    Direction direction,
    String flight,
    String departure,
    String arrival,
    Route route) {
  public ManifestPassenger {
    Objects.requireNonNull(where, "where");
    Objects.requireNonNull(traveller, "traveller");
    flight = Objects.requireNonNullElse(flight, "");
    departure = Objects.requireNonNullElse(departure, "");
    arrival = Objects.requireNonNullElse(arrival, "");
    route = Objects.requireNonNullElse(route, Route.UNKNOWN);
  }

  /**
   * The encounter of this person at a crossing point, for screening a manifest.
   *
   * @param id the encounter id
   * @param fallback the direction when the manifest does not give one (PAXLST never does: the
   *     caller knows whether the flight arrives or departs)
   * @param point where the flight arrives or departs
   * @param time the flight's time, or when the manifest was screened
   * @param officer who screens, or empty
   */
  public Encounter encounter(
      String id, Direction fallback, CrossingPoint point, Instant time, String officer) {
    Direction d = direction != null ? direction : Objects.requireNonNull(fallback, "fallback");
    return new Encounter(id, traveller, d, point, route, time, officer);
  }
}
