package org.crosspoint.watchlist;

import java.util.Objects;

/** A known address or location of a listed subject; any part may be empty. */
public record Address(String street, String city, String region, String country, String note) {
  public Address {
    street = Objects.requireNonNullElse(street, "");
    city = Objects.requireNonNullElse(city, "");
    region = Objects.requireNonNullElse(region, "");
    country = Objects.requireNonNullElse(country, "");
    note = Objects.requireNonNullElse(note, "");
  }
}
