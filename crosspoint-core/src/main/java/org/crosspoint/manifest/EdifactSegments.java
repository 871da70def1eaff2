package org.crosspoint.manifest;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a UN/EDIFACT interchange into segments, one at a time (ISO 9735 syntax: the UNA service
 * string advice, release character escaping, component, element and segment separators). Memory is
 * bounded by {@link #MAX_SEGMENT}: a longer segment is skipped and reported, not stored.
 *
 * <p>Segment numbers are 1-based and count every segment after UNA (UNB is segment 1), which is how
 * errors point into the file. Line breaks between segments are ignored, as most senders add them.
 */
final class EdifactSegments {
  /** API segments are short (a NAD with a long name and address is ~300); 4k is generous. */
  static final int MAX_SEGMENT = 4_096;

  static final int MAX_ELEMENTS = 99;

  private static final java.util.regex.Pattern TAG = java.util.regex.Pattern.compile("[A-Z]{3}");

  /** One segment; {@code error} is non-null when it could not be read whole. */
  record Segment(int number, String tag, List<List<String>> elements, String error) {
    /** Component {@code c} of element {@code e} (element 0 is the tag), or "" when absent. */
    String get(int e, int c) {
      if (e >= elements.size()) {
        return "";
      }
      List<String> comps = elements.get(e);
      return c < comps.size() ? comps.get(c) : "";
    }

    int size() {
      return elements.size();
    }

    String where() {
      return "segment " + number + " (" + (tag.isEmpty() ? "?" : tag) + ")";
    }
  }

  private final Reader in;
  private final char[] buf = new char[16_384];
  private int pos;
  private int len;
  private char component = ':';
  private char element = '+';
  private char release = '?';
  private char terminator = '\'';
  private int number;

  EdifactSegments(Reader in) throws IOException {
    this.in = in;
    readServiceStringAdvice();
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

  private void unread() {
    pos--;
  }

  private int skipBlanks() throws IOException {
    int c;
    do {
      c = read();
    } while (c == '\r' || c == '\n' || c == ' ' || c == '\t' || c == '\uFEFF');
    return c;
  }

  /** ISO 9735 §7: "UNA" then component, element, decimal mark, release, reserved, terminator. */
  private void readServiceStringAdvice() throws IOException {
    int c = skipBlanks();
    if (c < 0) {
      return;
    }
    unread();
    if (len - pos < 9) {
      // Make sure the nine characters of a UNA are in the buffer.
      System.arraycopy(buf, pos, buf, 0, len - pos);
      len -= pos;
      pos = 0;
      int k;
      while (len < 9 && (k = in.read(buf, len, buf.length - len)) > 0) {
        len += k;
      }
    }
    if (len - pos >= 9 && buf[pos] == 'U' && buf[pos + 1] == 'N' && buf[pos + 2] == 'A') {
      component = buf[pos + 3];
      element = buf[pos + 4];
      release = buf[pos + 6];
      terminator = buf[pos + 8];
      pos += 9;
    }
  }

  /** The next segment, or null at the end of the input. */
  Segment next() throws IOException {
    int c = skipBlanks();
    if (c < 0) {
      return null;
    }
    number++;
    List<List<String>> elements = new ArrayList<>();
    List<String> comps = new ArrayList<>();
    StringBuilder sb = new StringBuilder();
    int count = 0;
    String tagSeen = null;
    String error = null;
    boolean ended = false;
    for (; c >= 0; c = read()) {
      if (++count > MAX_SEGMENT && error == null) {
        error = "segment longer than " + MAX_SEGMENT + " characters; skipped";
      }
      char ch = (char) c;
      if (ch == release) {
        int n = read();
        if (n < 0) {
          break;
        }
        sb.append((char) n);
      } else if (ch == terminator) {
        ended = true;
        break;
      } else if (ch == component) {
        tagSeen = tagSeen == null ? sb.toString() : tagSeen;
        comps.add(sb.toString());
        sb.setLength(0);
      } else if (ch == element) {
        tagSeen = tagSeen == null ? sb.toString() : tagSeen;
        comps.add(sb.toString());
        sb.setLength(0);
        elements.add(comps);
        comps = new ArrayList<>();
        if (elements.size() > MAX_ELEMENTS && error == null) {
          error = "segment has more than " + MAX_ELEMENTS + " elements; skipped";
        }
      } else if (ch != '\r' && ch != '\n') {
        sb.append(ch);
      }
      if (error != null) {
        sb.setLength(0);
        comps.clear();
        elements.clear();
      }
    }
    String tag = tagSeen != null ? tagSeen : sb.toString();
    comps.add(sb.toString());
    elements.add(comps);
    if (error == null && !ended) {
      error = "the file ends inside this segment (no segment terminator '" + terminator + "')";
    }
    if (error == null && !TAG.matcher(tag).matches()) {
      error = "'" + abbreviate(tag) + "' is not a segment tag";
    }
    if (error != null) {
      return new Segment(number, TAG.matcher(tag).matches() ? tag : "", List.of(), error);
    }
    return new Segment(number, tag, elements, null);
  }

  private static String abbreviate(String s) {
    return s.length() > 20 ? s.substring(0, 20) + "..." : s;
  }
}
