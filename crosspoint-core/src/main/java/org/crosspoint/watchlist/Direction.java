package org.crosspoint.watchlist;

/** The direction of travel at a crossing point. */
public enum Direction {
  ENTRY,
  EXIT,
  TRANSIT
}
