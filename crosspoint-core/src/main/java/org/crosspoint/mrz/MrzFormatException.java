package org.crosspoint.mrz;

/**
 * The input cannot be read as a machine-readable zone at all: wrong number of lines, wrong line
 * lengths, nothing given. The message is one line a person can act on, e.g. "MRZ line 2 has 43
 * characters; TD3 needs 44".
 */
public final class MrzFormatException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  public MrzFormatException(String message) {
    super(message);
  }
}
