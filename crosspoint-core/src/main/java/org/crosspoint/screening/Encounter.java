package org.crosspoint.screening;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;
import org.crosspoint.dates.PartialDate;
import org.crosspoint.watchlist.Direction;

/**
 * One traveller at one crossing point at one moment: what the officer screens.
 *
 * @param id unique identifier of the encounter
 * @param traveller the person, with the document presented
 * @param direction entry, exit or transit
 * @param crossingPoint where
 * @param route the journey's countries (may be {@link Route#UNKNOWN})
 * @param time when, as an instant; dates derived from it are taken in UTC
 * @param officer who screened, or empty (manifests)
 */
public record Encounter(
    String id,
    Traveller traveller,
    Direction direction,
    CrossingPoint crossingPoint,
    Route route,
    Instant time,
    String officer) {
  public Encounter {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(traveller, "traveller");
    Objects.requireNonNull(direction, "direction");
    Objects.requireNonNull(crossingPoint, "crossingPoint");
    route = Objects.requireNonNullElse(route, Route.UNKNOWN);
    Objects.requireNonNull(time, "time");
    officer = Objects.requireNonNullElse(officer, "");
  }

  /** The document presented. */
  public TravelDocument document() {
    return traveller.document();
  }

  /** The date of the encounter in UTC. */
  public LocalDate date() {
    return time.atZone(ZoneOffset.UTC).toLocalDate();
  }

  /**
   * The traveller's possible ages in whole years on the encounter date, as [youngest, oldest]; a
   * partial or approximate date of birth widens the range. Empty when the date of birth is unknown.
   */
  public Optional<int[]> ageRange() {
    PartialDate b = traveller.birthDate();
    if (b == null) {
      return Optional.empty();
    }
    LocalDate on = date();
    int tol = b.approximate() ? PartialDate.APPROXIMATE_YEARS : 0;
    LocalDate earliest =
        LocalDate.of(b.year() - tol, b.month() == 0 ? 1 : b.month(), b.day() == 0 ? 1 : b.day());
    LocalDate latestStart = LocalDate.of(b.yearTo() + tol, b.month() == 0 ? 12 : b.month(), 1);
    LocalDate latest =
        b.day() != 0 && b.month() != 0 && !b.isRange() && tol == 0
            ? earliest
            : latestStart.withDayOfMonth(latestStart.lengthOfMonth());
    return Optional.of(new int[] {age(latest, on), age(earliest, on)});
  }

  private static int age(LocalDate born, LocalDate on) {
    return Math.max(0, java.time.Period.between(born, on).getYears());
  }
}
