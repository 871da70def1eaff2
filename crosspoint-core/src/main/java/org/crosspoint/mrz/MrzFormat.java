package org.crosspoint.mrz;

/**
 * The machine-readable zone layouts of ICAO Doc 9303: TD1 (part 5, ID cards), TD2 (part 6), TD3
 * (part 4, passport books) and the machine-readable visas MRV-A and MRV-B (part 7).
 */
public enum MrzFormat {
  TD1(3, 30, "TD1"),
  TD2(2, 36, "TD2"),
  TD3(2, 44, "TD3"),
  MRVA(2, 44, "MRV-A"),
  MRVB(2, 36, "MRV-B");

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
