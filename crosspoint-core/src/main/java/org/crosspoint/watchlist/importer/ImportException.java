package org.crosspoint.watchlist.importer;

/**
 * A list file that cannot be imported, with where and why: {@code "UN_consolidated.xml line 1234:
 * INDIVIDUAL 6907993: DATE_OF_BIRTH: 'abc' is not a date"}. Nothing is stored when this is thrown.
 */
public final class ImportException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String file;
  private final long line;
  private final String record;
  private final String field;
  private final String problem;

  /**
   * @param file the file name (no directory)
   * @param line 1-based line, or 0 when unknown
   * @param record the record, e.g. "INDIVIDUAL 6907993" or "ent_num 306", or empty
   * @param field the field, or empty
   * @param problem what is wrong
   */
  public ImportException(String file, long line, String record, String field, String problem) {
    this(file, line, record, field, problem, null);
  }

  public ImportException(
      String file, long line, String record, String field, String problem, Throwable cause) {
    super(format(file, line, record, field, problem), cause);
    this.file = file;
    this.line = line;
    this.record = record == null ? "" : record;
    this.field = field == null ? "" : field;
    this.problem = problem;
  }

  private static String format(
      String file, long line, String record, String field, String problem) {
    StringBuilder sb = new StringBuilder(file);
    if (line > 0) {
      sb.append(" line ").append(line);
    }
    sb.append(": ");
    if (record != null && !record.isEmpty()) {
      sb.append(record).append(": ");
    }
    if (field != null && !field.isEmpty()) {
      sb.append(field).append(": ");
    }
    return sb.append(problem).toString();
  }

  public String file() {
    return file;
  }

  public long line() {
    return line;
  }

  public String record() {
    return record;
  }

  public String field() {
    return field;
  }

  public String problem() {
    return problem;
  }
}
