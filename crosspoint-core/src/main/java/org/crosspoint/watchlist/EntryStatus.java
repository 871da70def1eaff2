package org.crosspoint.watchlist;

/** The life of an entry: only ACTIVE entries are screened. */
public enum EntryStatus {
  ACTIVE,
  DELISTED,
  EXPIRED
}
