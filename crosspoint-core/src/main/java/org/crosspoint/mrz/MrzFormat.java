package org.crosspoint.mrz;

/**
 * The machine-readable zone layouts of ICAO Doc 9303: TD1 (part 5, ID cards), TD2 (part 6), TD3
 * (part 4, passport books) and the machine-readable visas MRV-A and MRV-B (part 7); and one
 * national layout still presented at borders, the French identity card of 1988–2021.
 */
public enum MrzFormat {
  TD1(3, 30, "TD1"),
  TD2(2, 36, "TD2"),
  TD3(2, 44, "TD3"),
  MRVA(2, 44, "MRV-A"),
  MRVB(2, 36, "MRV-B"),
  /**
   * France's national identity card of 1988–2021: 2×36 like TD2 but with its own fields (no
   * nationality, no expiry date, the number as issue month + office + sequence). Still in use for
   * travel (cards issued until 2021 are valid for 15 years), so it is read rather than refused.
   */
  FRENCH_NATIONAL_ID(2, 36, "French national ID (1988-2021)");

  private final int lines;
  private final int length;
  private final String label;

  MrzFormat(int lines, int length, String label) {
    this.lines = lines;
    this.length = length;
    this.label = label;
  }

  /** Number of lines of the zone. */
  public int lines() {
    return lines;
  }

  /** Characters per line. */
  public int length() {
    return length;
  }

  /** The name Doc 9303 uses ("MRV-A"), for messages. */
  public String label() {
    return label;
  }

  /** Whether the layout has a composite check digit (visas have none). */
  public boolean hasComposite() {
    return this != MRVA && this != MRVB;
  }
}
