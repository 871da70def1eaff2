package org.crosspoint.manifest;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.crosspoint.csv.CsvException;
import org.crosspoint.csv.CsvReader;
import org.crosspoint.dates.PartialDate;
import org.crosspoint.screening.DocumentType;
import org.crosspoint.screening.Route;
import org.crosspoint.screening.TravelDocument;
import org.crosspoint.screening.Traveller;
import org.crosspoint.watchlist.Direction;

/**
 * Reads a CSV manifest, one traveller per row. Columns (header row, any order, case-insensitive):
 * full_name, or surname and given_names; date_of_birth; nationality; gender; document_type;
 * document_number; issuing_state; expiry_date; direction; flight; from; to. A bad value is reported
 * with its line and column and only that value is lost; a row without a name is dropped.
 */
final class CsvManifestParser {
  static final List<String> COLUMNS =
      List.of(
          "full_name",
          "surname",
          "given_names",
          "date_of_birth",
          "nationality",
          "gender",
          "document_type",
          "document_number",
          "issuing_state",
          "expiry_date",
          "direction",
          "flight",
          "from",
          "to");

  private static final Map<String, String> SYNONYMS =
      Map.ofEntries(
          Map.entry("name", "full_name"),
          Map.entry("last_name", "surname"),
          Map.entry("family_name", "surname"),
          Map.entry("first_name", "given_names"),
          Map.entry("given_name", "given_names"),
          Map.entry("dob", "date_of_birth"),
          Map.entry("birth_date", "date_of_birth"),
          Map.entry("sex", "gender"),
          Map.entry("passport_number", "document_number"),
          Map.entry("document_no", "document_number"),
          Map.entry("expiry", "expiry_date"),
          Map.entry("issuing_country", "issuing_state"),
          Map.entry("origin", "from"),
          Map.entry("destination", "to"));

  static final int MAX_FIELD = 4_096;
  static final int MAX_FIELDS = 200;

  private final CsvReader records;
  private final LocalDate today;
  private final Consumer<ManifestPassenger> sink;
  private final Problems problems;

  CsvManifestParser(
      Reader in, LocalDate today, Consumer<ManifestPassenger> sink, Problems problems) {
    this.records = new CsvReader(in, ',', MAX_FIELD, MAX_FIELDS);
    this.today = today;
    this.sink = sink;
    this.problems = problems;
  }

  ManifestSummary run() throws IOException {
    try {
      return read();
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /** A record, or null at the end; a malformed one is reported and returned as an empty list. */
  private List<String> next() {
    try {
      return records.next();
    } catch (CsvException e) {
      problems.add(
          "line " + e.line(), e.getMessage().replaceFirst("^line \\d+: ", "") + "; row dropped");
      badLine = e.line();
      return List.of();
    }
  }

  private long badLine = -1;

  private ManifestSummary read() {
    List<String> header = next();
    while (header != null && blank(header)) {
      header = next();
    }
    if (header == null) {
      problems.add("line 1", "the file is empty; a header row is needed");
      return summary(0, 0);
    }
    if (header.isEmpty()) {
      return summary(0, 0);
    }
    long headerLine = records.line();
    Map<String, Integer> col = new HashMap<>();
    for (int i = 0; i < header.size(); i++) {
      String h = header.get(i).strip().toLowerCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
      h = SYNONYMS.getOrDefault(h, h);
      if (!COLUMNS.contains(h)) {
        problems.add(
            "line " + headerLine,
            "unknown column '"
                + header.get(i).strip()
                + "' ignored (known: "
                + String.join(", ", COLUMNS)
                + ")");
      } else if (col.putIfAbsent(h, i) != null) {
        problems.add("line " + headerLine, "column '" + h + "' appears twice; the first is used");
      }
    }
    if (!col.containsKey("full_name") && !col.containsKey("surname")) {
      problems.add("line " + headerLine, "no name column (full_name, or surname and given_names)");
      return summary(0, 0);
    }
    int passengers = 0;
    int rejected = 0;
    int number = 0;
    List<String> fields;
    while ((fields = next()) != null) {
      if (fields.isEmpty()) {
        number++;
        rejected++;
        continue;
      }
      if (records.line() == badLine || blank(fields)) {
        continue; // the rest of a malformed row, or an empty line
      }
      number++;
      Row row = new Row(fields, col, "line " + records.line());
      ManifestPassenger p = row.passenger(number);
      if (p == null) {
        rejected++;
      } else {
        passengers++;
        sink.accept(p);
      }
    }
    return summary(passengers, rejected);
  }

  private static boolean blank(List<String> fields) {
    return fields.size() == 1 && fields.get(0).isBlank();
  }

  private ManifestSummary summary(int passengers, int rejected) {
    return new ManifestSummary(
        ManifestFormat.CSV, passengers, rejected, -1, problems.kept(), problems.count());
  }

  private final class Row {
    final List<String> r;
    final Map<String, Integer> col;
    final String where;

    Row(List<String> r, Map<String, Integer> col, String where) {
      this.r = r;
      this.col = col;
      this.where = where;
    }

    String get(String name) {
      Integer i = col.get(name);
      return i == null || i >= r.size() ? "" : r.get(i).strip();
    }

    void bad(String column, RuntimeException e) {
      problems.add(where + " column " + column, e.getMessage());
    }

    String country(String column) {
      String v = get(column);
      if (v.isEmpty()) {
        return "";
      }
      try {
        return FieldValues.country(v);
      } catch (IllegalArgumentException e) {
        bad(column, e);
        return v;
      }
    }

    ManifestPassenger passenger(int number) {
      String full = get("full_name");
      String surname = get("surname");
      String given = get("given_names");
      if (full.isEmpty() && surname.isEmpty() && given.isEmpty()) {
        problems.add(where, "no name; row dropped");
        return null;
      }
      PartialDate birth = null;
      if (!get("date_of_birth").isEmpty()) {
        try {
          birth = FieldValues.birthDate(get("date_of_birth"), today);
        } catch (IllegalArgumentException e) {
          bad("date_of_birth", e);
        }
      }
      String gender = "";
      try {
        gender = FieldValues.gender(get("gender"));
      } catch (IllegalArgumentException e) {
        bad("gender", e);
      }
      DocumentType type = DocumentType.OTHER;
      if (!get("document_type").isEmpty()) {
        try {
          type = DocumentType.parse(get("document_type"));
        } catch (IllegalArgumentException e) {
          bad("document_type", e);
        }
      } else if (!get("document_number").isEmpty()) {
        type = DocumentType.PASSPORT;
      }
      LocalDate expiry = null;
      if (!get("expiry_date").isEmpty()) {
        try {
          PartialDate p = FieldValues.birthDate(get("expiry_date"), today.plusYears(50));
          if (!p.isExact()) {
            throw new IllegalArgumentException(
                "'" + get("expiry_date") + "' is not a full date (YYYY-MM-DD)");
          }
          expiry = LocalDate.of(p.year(), p.month(), p.day());
        } catch (IllegalArgumentException e) {
          bad("expiry_date", e);
        }
      }
      Direction direction = null;
      if (!get("direction").isEmpty()) {
        try {
          direction = direction(get("direction"));
        } catch (IllegalArgumentException e) {
          bad("direction", e);
        }
      }
      TravelDocument doc =
          TravelDocument.of(type, get("document_number"), country("issuing_state"), expiry);
      Traveller t = new Traveller(surname, given, full, birth, country("nationality"), gender, doc);
      String from = country("from");
      String to = country("to");
      return new ManifestPassenger(
          number, where, t, false, direction, get("flight"), from, to, new Route(from, to, null));
    }
  }

  static Direction direction(String s) {
    return switch (s.strip().toUpperCase(Locale.ROOT)) {
      case "ENTRY", "IN", "ARRIVAL", "INBOUND" -> Direction.ENTRY;
      case "EXIT", "OUT", "DEPARTURE", "OUTBOUND" -> Direction.EXIT;
      case "TRANSIT" -> Direction.TRANSIT;
      default ->
          throw new IllegalArgumentException(
              "'" + s.strip() + "' is not a direction (ENTRY, EXIT, TRANSIT)");
    };
  }
}
