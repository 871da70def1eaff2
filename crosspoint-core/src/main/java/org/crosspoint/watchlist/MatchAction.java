package org.crosspoint.watchlist;

/**
 * What a confirmed name match on a list does at a crossing: stop, send to secondary, or nothing.
 */
public enum MatchAction {
  HIT,
  REFER,
  NONE
}
