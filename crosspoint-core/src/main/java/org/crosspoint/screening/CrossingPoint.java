package org.crosspoint.screening;

import java.util.Objects;

/**
 * A place where travellers cross.
 *
 * @param id stable identifier ("ISB-T1", "TORKHAM")
 * @param kind air, land or sea
 * @param country ICAO code of the country the point belongs to
 */
public record CrossingPoint(String id, CrossingKind kind, String country) {
  public CrossingPoint {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
    country = Objects.requireNonNullElse(country, "").strip();
  }
}
