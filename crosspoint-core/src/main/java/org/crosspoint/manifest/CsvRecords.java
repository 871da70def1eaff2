package org.crosspoint.manifest;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * A minimal RFC 4180 reader for manifests: quoted fields with doubled quotes, CRLF or LF, a leading
 * byte-order mark. Bounded: a field over {@link #MAX_FIELD} characters or a record over {@link
 * #MAX_FIELDS} fields is an error of that record, which is skipped. To be replaced by the project's
 * shared org.crosspoint.csv reader once it lands.
 */
final class CsvRecords {
  static final int MAX_FIELD = 4_096;
  static final int MAX_FIELDS = 200;

  /** One record; {@code line} is where it starts; {@code error} non-null when unreadable. */
  record Row(int line, List<String> fields, String error) {}

  private final Reader in;
  private final char[] buf = new char[16_384];
  private int pos;
  private int len;
  private int line = 1;
  private boolean first = true;

  CsvRecords(Reader in) {
    this.in = in;
  }

  private int read() throws IOException {
    if (pos == len) {
      len = in.read(buf, 0, buf.length);
      pos = 0;
      if (len <= 0) {
        len = 0;
        return -1;
      }
    }
    return buf[pos++];
  }

  /** The next record, or null at the end. Blank lines are skipped. */
  Row next() throws IOException {
    while (true) {
      int c = read();
      if (first && c == '\uFEFF') {
        c = read();
      }
      first = false;
      if (c < 0) {
        return null;
      }
      if (c == '\n') {
        line++;
        continue;
      }
      if (c == '\r') {
        continue;
      }
      return record(c);
    }
  }

  private Row record(int c) throws IOException {
    int start = line;
    List<String> fields = new ArrayList<>();
    StringBuilder sb = new StringBuilder();
    String error = null;
    boolean quoted = false;
    boolean wasQuoted = false;
    for (; ; c = read()) {
      if (c < 0) {
        if (quoted) {
          error = "a quoted field is not closed before the end of the file";
        }
        break;
      }
      char ch = (char) c;
      if (quoted) {
        if (ch == '"') {
          int n = read();
          if (n == '"') {
            sb.append('"');
            continue;
          }
          quoted = false;
          if (n < 0) {
            break;
          }
          ch = (char) n;
        } else {
          if (ch == '\n') {
            line++;
          }
          sb.append(ch);
          if (sb.length() > MAX_FIELD) {
            error = error == null ? "a field is longer than " + MAX_FIELD + " characters" : error;
            sb.setLength(0);
          }
          continue;
        }
      }
      if (ch == '"' && sb.length() == 0 && !wasQuoted) {
        quoted = true;
        wasQuoted = true;
      } else if (ch == ',') {
        fields.add(sb.toString());
        sb.setLength(0);
        wasQuoted = false;
        if (fields.size() > MAX_FIELDS) {
          error = error == null ? "more than " + MAX_FIELDS + " fields" : error;
          fields.clear();
        }
      } else if (ch == '\n') {
        line++;
        break;
      } else if (ch != '\r') {
        sb.append(ch);
        if (sb.length() > MAX_FIELD) {
          error = error == null ? "a field is longer than " + MAX_FIELD + " characters" : error;
          sb.setLength(0);
        }
      }
    }
    fields.add(sb.toString());
    return new Row(start, error == null ? fields : List.of(), error);
  }
}
