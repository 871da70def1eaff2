package org.crosspoint.watchlist;

/**
 * The standing of one name of an entry. Alias quality is evidence: the UN list marks aliases "Good"
 * / "Low" and OFAC marks "weak" a.k.a.s; a weak alias alone must not raise a HIT.
 */
public enum NameKind {
  PRIMARY,
  ALIAS_STRONG,
  ALIAS_WEAK,
  ORIGINAL_SCRIPT
}
