package org.crosspoint.rules;

/** A rule file that cannot be used, with the line where the problem is (1-based). */
public final class RuleFileException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String source;
  private final int line;

  public RuleFileException(String source, int line, String problem) {
    super(source + (line > 0 ? ":" + line : "") + ": " + problem);
    this.source = source;
    this.line = line;
  }

  /** The file or resource name. */
  public String source() {
    return source;
  }

  /** 1-based line, or 0 when the problem concerns the whole file. */
  public int line() {
    return line;
  }
}
