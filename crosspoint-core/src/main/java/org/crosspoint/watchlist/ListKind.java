package org.crosspoint.watchlist;

/** The kinds of watchlist the fusion cell and the border agency keep (mission S1, S2, S8). */
public enum ListKind {
  RED_ALERT,
  EXIT_CONTROL,
  WATCH,
  SANCTIONS,
  PROSCRIBED_ORGANISATIONS
}
