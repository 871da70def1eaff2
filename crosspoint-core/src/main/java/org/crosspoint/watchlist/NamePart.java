package org.crosspoint.watchlist;

import java.util.Objects;

/** One structured part of a listed name, where the source gives the parts. */
public record NamePart(Role role, String value) {
  public enum Role {
    GIVEN,
    SECOND,
    THIRD,
    FOURTH,
    FAMILY,
    PATRONYMIC,
    TITLE,
    OTHER
  }

  public NamePart {
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(value, "value");
  }
}
