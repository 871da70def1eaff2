package org.crosspoint.watchlist;

/** What a watchlist entry designates. Vessels and aircraft come from the OFAC list. */
public enum SubjectType {
  PERSON,
  ORGANISATION,
  VESSEL,
  AIRCRAFT
}
