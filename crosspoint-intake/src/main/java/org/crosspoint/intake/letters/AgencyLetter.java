package org.crosspoint.intake.letters;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An inter-agency letter with an annex of names, in the text form documented in {@code
 * docs/agency-letter-format.md}: header lines ({@code From:}, {@code To:}, {@code Reference:},
 * {@code Date:}, {@code Subject:}, {@code List:}), a blank line, the body, then {@code ANNEX (A)}
 * followed by a header row and one row per name, fields separated by {@code |} or by commas (quoted
 * CSV fields allowed). Parsing is all-or-nothing: any bad line stops with its line number.
 */
public record AgencyLetter(
    String sender,
    String recipient,
    Optional<String> reference,
    Optional<LocalDate> date,
    Optional<String> subject,
    String listKind,
    String body,
    String annex,
    List<Map<String, String>> names) {

  /** Lists a letter may propose for (mission S1, S2). */
  public static final List<String> LISTS = List.of("RED_ALERT", "ECL", "WATCH");

  private static final Pattern HEADER = Pattern.compile("^([A-Za-z ]+):\\s*(.*)$");
  private static final Pattern ANNEX =
      Pattern.compile("^ANNEX\\s*\\(?([A-Z0-9]+)\\)?\\s*:?\\s*$", Pattern.CASE_INSENSITIVE);
  private static final int MAX_NAMES = 10_000;

  public AgencyLetter {
    names = List.copyOf(names);
  }

  public static AgencyLetter parse(String file, String text) {
    String[] lines = text.replace("\uFEFF", "").split("\\R", -1);
    Map<String, String> head = new LinkedHashMap<>();
    int i = 0;
    for (; i < lines.length && !lines[i].isBlank(); i++) {
      Matcher m = HEADER.matcher(lines[i]);
      if (!m.matches()) {
        throw error(
            file,
            i,
            "expected a header line 'Field: value' (From, To, Reference, Date, Subject, List), got '"
                + lines[i]
                + "'");
      }
      String key = m.group(1).strip().toLowerCase(Locale.ROOT);
      if (!List.of("from", "to", "reference", "date", "subject", "list").contains(key)) {
        throw error(file, i, "unknown header field '" + m.group(1) + "'");
      }
      head.put(key, m.group(2).strip());
    }
    for (String required : List.of("from", "to")) {
      if (head.getOrDefault(required, "").isEmpty()) {
        throw new IllegalArgumentException(file + ": header field '" + required + "' is required");
      }
    }
    String list = head.getOrDefault("list", "RED_ALERT").toUpperCase(Locale.ROOT).replace(' ', '_');
    if (!LISTS.contains(list)) {
      throw new IllegalArgumentException(
          file + ": List must be one of " + LISTS + ", not '" + head.get("list") + "'");
    }
    Optional<LocalDate> date = Optional.empty();
    if (head.containsKey("date")) {
      try {
        date = Optional.of(LocalDate.parse(head.get("date")));
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException(
            file + ": Date must be YYYY-MM-DD, not '" + head.get("date") + "'", e);
      }
    }
    StringBuilder body = new StringBuilder();
    String annex = null;
    for (; i < lines.length; i++) {
      Matcher m = ANNEX.matcher(lines[i].strip());
      if (m.matches()) {
        annex = m.group(1).toUpperCase(Locale.ROOT);
        i++;
        break;
      }
      body.append(lines[i]).append('\n');
    }
    if (annex == null) {
      throw new IllegalArgumentException(
          file + ": no 'ANNEX (A)' line; a letter must annex the names it refers to");
    }
    while (i < lines.length && lines[i].isBlank()) {
      i++;
    }
    if (i >= lines.length) {
      throw new IllegalArgumentException(file + ": the annex has no header row");
    }
    char sep = lines[i].indexOf('|') >= 0 ? '|' : ',';
    List<String> columns = new ArrayList<>();
    for (String c : split(lines[i], sep, file, i)) {
      columns.add(c.toLowerCase(Locale.ROOT).replace(' ', '_'));
    }
    if (!columns.contains("name")) {
      throw error(file, i, "the annex header must have a 'name' column, got " + columns);
    }
    List<Map<String, String>> names = new ArrayList<>();
    for (i++; i < lines.length; i++) {
      if (lines[i].isBlank()) {
        continue;
      }
      List<String> cells = split(lines[i], sep, file, i);
      if (cells.size() != columns.size()) {
        throw error(
            file, i, "annex row has " + cells.size() + " fields; the header has " + columns.size());
      }
      Map<String, String> row = new LinkedHashMap<>();
      for (int k = 0; k < cells.size(); k++) {
        if (!cells.get(k).isEmpty()) {
          row.put(columns.get(k), cells.get(k));
        }
      }
      if (!row.containsKey("name")) {
        throw error(file, i, "annex row without a name");
      }
      names.add(row);
      if (names.size() > MAX_NAMES) {
        throw error(file, i, "more than " + MAX_NAMES + " annexed names");
      }
    }
    if (names.isEmpty()) {
      throw new IllegalArgumentException(file + ": the annex lists no names");
    }
    return new AgencyLetter(
        head.get("from"),
        head.get("to"),
        Optional.ofNullable(head.get("reference")),
        date,
        Optional.ofNullable(head.get("subject")),
        list,
        body.toString().strip(),
        annex,
        names);
  }

  private static List<String> split(String line, char sep, String file, int i) {
    List<String> out = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    boolean quoted = false;
    for (int k = 0; k < line.length(); k++) {
      char c = line.charAt(k);
      if (c == '"' && sep == ',') {
        if (quoted && k + 1 < line.length() && line.charAt(k + 1) == '"') {
          cur.append('"');
          k++;
        } else {
          quoted = !quoted;
        }
      } else if (c == sep && !quoted) {
        out.add(cur.toString().strip());
        cur.setLength(0);
      } else {
        cur.append(c);
      }
    }
    if (quoted) {
      throw error(file, i, "unclosed quote");
    }
    out.add(cur.toString().strip());
    if (sep == '|' && out.size() > 1 && out.get(0).isEmpty() && out.get(out.size() - 1).isEmpty()) {
      return out.subList(1, out.size() - 1); // "| a | b |" table style
    }
    return out;
  }

  private static IllegalArgumentException error(String file, int zeroBasedLine, String what) {
    return new IllegalArgumentException(file + " line " + (zeroBasedLine + 1) + ": " + what);
  }
}
