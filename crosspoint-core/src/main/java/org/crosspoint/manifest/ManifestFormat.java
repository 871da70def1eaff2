package org.crosspoint.manifest;

/** The manifest formats Crosspoint reads. */
public enum ManifestFormat {
  /** A CSV file with a header row; see {@link ManifestReader} for the columns. */
  CSV,
  /** UN/EDIFACT PAXLST, the airline Advance Passenger Information message (D02B, D05B). */
  PAXLST;

  /** PAXLST when the text starts (after a byte-order mark and blanks) with UNA or UNB. */
  static ManifestFormat sniff(String head) {
    String h = head.replace("\uFEFF", "").stripLeading();
    return h.startsWith("UNA") || h.startsWith("UNB") ? PAXLST : CSV;
  }
}
