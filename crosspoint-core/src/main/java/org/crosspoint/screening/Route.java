package org.crosspoint.screening;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Where a journey comes from and goes to, as countries (ICAO codes): from, to and any countries it
 * passes through. Empty strings when unknown.
 */
public record Route(String from, String to, List<String> via) {
  public static final Route UNKNOWN = new Route("", "", List.of());

  public Route {
    from = Objects.requireNonNullElse(from, "").strip();
    to = Objects.requireNonNullElse(to, "").strip();
    via = via == null ? List.of() : List.copyOf(via);
  }

  /** Every country of the route, from first, then via, then to; empty ones left out. */
  public List<String> countries() {
    List<String> all = new ArrayList<>();
    if (!from.isEmpty()) {
      all.add(from);
    }
    for (String v : via) {
      if (!v.isBlank()) {
        all.add(v.strip());
      }
    }
    if (!to.isEmpty()) {
      all.add(to);
    }
    return all;
  }
}
