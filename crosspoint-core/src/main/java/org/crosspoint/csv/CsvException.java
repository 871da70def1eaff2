package org.crosspoint.csv;

/** Malformed CSV: the message says what is wrong; {@link #line()} where the record starts. */
public final class CsvException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final long line;

  public CsvException(long line, String problem) {
    super("line " + line + ": " + problem);
    this.line = line;
  }

  public long line() {
    return line;
  }
}
