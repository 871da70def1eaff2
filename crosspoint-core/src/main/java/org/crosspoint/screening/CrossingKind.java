package org.crosspoint.screening;

/** How a crossing point is crossed: an airport, a land post (Torkham, Chaman), a seaport. */
public enum CrossingKind {
  AIR,
  LAND,
  SEA
}
