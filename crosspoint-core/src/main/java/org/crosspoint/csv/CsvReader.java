package org.crosspoint.csv;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Reads RFC 4180 CSV one record at a time: fields separated by a delimiter, optionally quoted with
 * {@code "}, a quote inside a quoted field doubled ({@code ""}); quoted fields may hold delimiters
 * and line breaks. Records end at CRLF, LF or CR. A leading byte-order mark is skipped.
 *
 * <p>Hostile input is bounded: a field longer than {@code maxFieldChars} or a record with more than
 * {@code maxFields} fields is an error, so an unterminated quote cannot swallow memory. Errors are
 * {@link CsvException}s naming the line where the record starts.
 *
 * <p>Not thread-safe; one reader per stream. The caller owns the {@link Reader} and its charset.
 */
public final class CsvReader implements AutoCloseable {
  /** Default bound for one field: the OFAC remarks field is at most 1,000 characters. */
  public static final int DEFAULT_MAX_FIELD_CHARS = 1 << 20;

  public static final int DEFAULT_MAX_FIELDS = 1_000;

  private final Reader in;
  private final char delimiter;
  private final int maxFieldChars;
  private final int maxFields;
  private final char[] buf = new char[8192];
  private int pos;
  private int len;
  private long line = 1;
  private long recordLine = 1;
  private boolean first = true;
  private boolean eof;

  public CsvReader(Reader in) {
    this(in, ',', DEFAULT_MAX_FIELD_CHARS, DEFAULT_MAX_FIELDS);
  }

  public CsvReader(Reader in, char delimiter, int maxFieldChars, int maxFields) {
    this.in = Objects.requireNonNull(in, "in");
    if (delimiter == '"' || delimiter == '\n' || delimiter == '\r') {
      throw new IllegalArgumentException("delimiter cannot be a quote or line break");
    }
    this.delimiter = delimiter;
    this.maxFieldChars = maxFieldChars;
    this.maxFields = maxFields;
  }

  /** The 1-based line on which the record last returned by {@link #next()} starts. */
  public long line() {
    return recordLine;
  }

  /**
   * The next record's fields, or {@code null} at end of input. A blank line is a record with one
   * empty field (as RFC 4180 reads it); callers usually skip those.
   */
  public List<String> next() {
    if (first) {
      first = false;
      if (peek() == '\uFEFF') {
        pos++;
      }
    }
    if (peek() < 0) {
      return null;
    }
    recordLine = line;
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    while (true) {
      int c = read();
      if (c < 0) {
        add(fields, field);
        return fields;
      }
      if (c == '"' && field.length() == 0) {
        readQuoted(field);
        // After the closing quote only the delimiter or the end of the record may follow.
        int after = peek();
        if (after >= 0 && after != delimiter && after != '\n' && after != '\r') {
          throw new CsvException(
              recordLine, "unexpected character '" + (char) after + "' after a closing quote");
        }
        continue;
      }
      if (c == delimiter) {
        add(fields, field);
        field.setLength(0);
      } else if (c == '\n' || c == '\r') {
        if (c == '\r' && peek() == '\n') {
          pos++;
        }
        line++;
        add(fields, field);
        return fields;
      } else {
        append(field, (char) c);
      }
    }
  }

  private void readQuoted(StringBuilder field) {
    while (true) {
      int c = read();
      if (c < 0) {
        throw new CsvException(recordLine, "quoted field is not closed before the end of input");
      }
      if (c == '"') {
        if (peek() == '"') {
          pos++;
          append(field, '"');
          continue;
        }
        return;
      }
      if (c == '\n' || (c == '\r' && peek() != '\n')) {
        line++;
      }
      append(field, (char) c);
    }
  }

  private void append(StringBuilder field, char c) {
    if (field.length() >= maxFieldChars) {
      throw new CsvException(recordLine, "field longer than " + maxFieldChars + " characters");
    }
    field.append(c);
  }

  private void add(List<String> fields, StringBuilder field) {
    if (fields.size() >= maxFields) {
      throw new CsvException(recordLine, "record has more than " + maxFields + " fields");
    }
    fields.add(field.toString());
  }

  private int peek() {
    if (pos >= len && !fill()) {
      return -1;
    }
    return buf[pos];
  }

  private int read() {
    if (pos >= len && !fill()) {
      return -1;
    }
    return buf[pos++];
  }

  private boolean fill() {
    if (eof) {
      return false;
    }
    try {
      int n = in.read(buf, 0, buf.length);
      if (n <= 0) {
        eof = n < 0;
        if (n == 0) {
          return fill();
        }
        return false;
      }
      pos = 0;
      len = n;
      return true;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    try {
      in.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
