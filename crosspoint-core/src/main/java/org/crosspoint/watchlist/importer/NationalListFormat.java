package org.crosspoint.watchlist.importer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.crosspoint.country.Countries;
import org.crosspoint.csv.CsvException;
import org.crosspoint.csv.CsvReader;
import org.crosspoint.csv.CsvWriter;
import org.crosspoint.dates.PartialDate;
import org.crosspoint.watchlist.Entry;
import org.crosspoint.watchlist.EntryName;
import org.crosspoint.watchlist.EntryStatus;
import org.crosspoint.watchlist.IdentityDocument;
import org.crosspoint.watchlist.NameKind;
import org.crosspoint.watchlist.SubjectType;

/**
 * The national list format (red alert, exit control, watch lists kept by an agency), in CSV with a
 * header row or as a JSON array of objects with the same field names. Specified in
 * docs/national-list-format.md; {@link #writeCsv} and {@link #writeJson} write what the readers
 * read back unchanged.
 */
public final class NationalListFormat {
  /** Every column, in export order. Only id and name are required. */
  public static final List<String> COLUMNS =
      List.of(
          "id",
          "type",
          "name",
          "aliases",
          "weak_aliases",
          "original_script_name",
          "date_of_birth",
          "place_of_birth",
          "nationality",
          "gender",
          "document_type",
          "document_number",
          "document_country",
          "affiliations",
          "reason",
          "legal_basis",
          "source_reference",
          "listed_on",
          "review_by",
          "status");

  /** Columns holding several values, separated by {@code |} in CSV, arrays in JSON. */
  static final Set<String> LISTS =
      Set.of(
          "aliases",
          "weak_aliases",
          "original_script_name",
          "date_of_birth",
          "place_of_birth",
          "nationality",
          "document_type",
          "document_number",
          "document_country",
          "affiliations");

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private NationalListFormat() {}

  static Importers.Imported readCsv(Path file, String name, String listId) {
    List<Entry> entries = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        CsvReader csv = new CsvReader(r)) {
      List<String> header = csv.next();
      if (header == null) {
        throw new ImportException(name, 1, "", "", "empty file; expected a header row");
      }
      List<String> cols = header.stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
      checkColumns(cols, name, csv.line());
      List<String> f;
      while ((f = csv.next()) != null) {
        if (f.size() == 1 && f.get(0).isBlank()) {
          continue;
        }
        long line = csv.line();
        if (f.size() != cols.size()) {
          throw new ImportException(
              name, line, "", "", "has " + f.size() + " fields; the header has " + cols.size());
        }
        Map<String, List<String>> row = new HashMap<>();
        for (int i = 0; i < cols.size(); i++) {
          String c = cols.get(i);
          String v = f.get(i).strip();
          row.put(c, LISTS.contains(c) ? split(v) : v.isEmpty() ? List.of() : List.of(v));
        }
        entries.add(entry(row, listId, name, line, ids));
      }
    } catch (CsvException e) {
      throw new ImportException(
          name, e.line(), "", "", e.getMessage().replaceFirst("^line \\d+: ", ""), e);
    } catch (IOException e) {
      throw new ImportException(name, 0, "", "", "cannot read: " + e.getMessage(), e);
    }
    return new Importers.Imported(entries, List.of());
  }

  static Importers.Imported readJson(Path file, String name, String listId) {
    JsonNode root;
    try {
      root = MAPPER.readTree(file.toFile());
    } catch (JsonProcessingException e) {
      long line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
      throw new ImportException(name, line, "", "", "not JSON: " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new ImportException(name, 0, "", "", "cannot read: " + e.getMessage(), e);
    }
    if (root == null || !root.isArray()) {
      throw new ImportException(name, 0, "", "", "expected a JSON array of entries");
    }
    List<Entry> entries = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    int index = 0;
    for (JsonNode o : root) {
      index++;
      String rec = "entry " + index;
      if (!o.isObject()) {
        throw new ImportException(name, 0, rec, "", "is not an object");
      }
      List<String> cols = new ArrayList<>();
      o.fieldNames().forEachRemaining(cols::add);
      checkColumns(cols, name + " " + rec, 0);
      Map<String, List<String>> row = new HashMap<>();
      for (Iterator<Map.Entry<String, JsonNode>> it = o.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        List<String> vals = new ArrayList<>();
        JsonNode v = e.getValue();
        if (v.isArray()) {
          v.forEach(x -> vals.add(x.asText().strip()));
        } else if (!v.isNull()) {
          String s = v.asText().strip();
          vals.addAll(LISTS.contains(e.getKey()) ? split(s) : s.isEmpty() ? List.of() : List.of(s));
        }
        row.put(e.getKey(), vals);
      }
      entries.add(entry(row, listId, name, 0, ids));
    }
    return new Importers.Imported(entries, List.of());
  }

  private static void checkColumns(List<String> cols, String where, long line) {
    Set<String> seen = new HashSet<>();
    for (String c : cols) {
      if (!COLUMNS.contains(c)) {
        throw new ImportException(
            where, line, "", c, "unknown column; the columns are " + String.join(", ", COLUMNS));
      }
      if (!seen.add(c)) {
        throw new ImportException(where, line, "", c, "column appears twice");
      }
    }
    for (String required : List.of("id", "name")) {
      if (!seen.contains(required)) {
        throw new ImportException(where, line, "", required, "required column missing");
      }
    }
  }

  private static List<String> split(String v) {
    if (v.isEmpty()) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    for (String s : v.split("\\|", -1)) {
      out.add(s.strip());
    }
    return out;
  }

  private static Entry entry(
      Map<String, List<String>> row, String listId, String file, long line, Set<String> ids) {
    Function<String, String> one = c -> String.join(" ", row.getOrDefault(c, List.of()));
    Function<String, List<String>> many =
        c -> row.getOrDefault(c, List.of()).stream().filter(s -> !s.isEmpty()).toList();
    String id = one.apply("id");
    if (id.isEmpty()) {
      throw new ImportException(file, line, "", "id", "empty");
    }
    String rec = "id " + id;
    if (!ids.add(id)) {
      throw new ImportException(file, line, rec, "id", "appears twice in the file");
    }
    String name = one.apply("name");
    if (name.isEmpty()) {
      throw new ImportException(file, line, rec, "name", "empty");
    }
    SubjectType type =
        switch (one.apply("type").toLowerCase(Locale.ROOT)) {
          case "", "person", "individual" -> SubjectType.PERSON;
          case "organisation", "organization", "entity" -> SubjectType.ORGANISATION;
          case "vessel" -> SubjectType.VESSEL;
          case "aircraft" -> SubjectType.AIRCRAFT;
          default ->
              throw new ImportException(
                  file,
                  line,
                  rec,
                  "type",
                  "'" + one.apply("type") + "' is not person, organisation, vessel or aircraft");
        };
    List<EntryName> names = new ArrayList<>();
    names.add(EntryName.of(name, NameKind.PRIMARY));
    many.apply("aliases").forEach(a -> names.add(EntryName.of(a, NameKind.ALIAS_STRONG)));
    many.apply("weak_aliases").forEach(a -> names.add(EntryName.of(a, NameKind.ALIAS_WEAK)));
    many.apply("original_script_name")
        .forEach(a -> names.add(EntryName.of(a, NameKind.ORIGINAL_SCRIPT)));
    List<PartialDate> dobs = new ArrayList<>();
    for (String d : many.apply("date_of_birth")) {
      try {
        dobs.add(PartialDate.fromString(d));
      } catch (IllegalArgumentException e) {
        throw new ImportException(file, line, rec, "date_of_birth", "'" + d + "' is not a date", e);
      }
    }
    String gender =
        switch (one.apply("gender").toLowerCase(Locale.ROOT)) {
          case "" -> "";
          case "m", "male" -> "M";
          case "f", "female" -> "F";
          case "x", "other" -> "X";
          default ->
              throw new ImportException(
                  file, line, rec, "gender", "'" + one.apply("gender") + "' is not M, F or X");
        };
    // Parallel lists, one value per document; a single type or country applies to every number.
    List<String> numbers = row.getOrDefault("document_number", List.of());
    List<String> types = row.getOrDefault("document_type", List.of());
    List<String> countries = row.getOrDefault("document_country", List.of());
    int n = Math.max(numbers.size(), Math.max(types.size(), countries.size()));
    for (String col : List.of("document_number", "document_type", "document_country")) {
      int size = row.getOrDefault(col, List.of()).size();
      boolean ok = size == 0 || size == n || (size == 1 && !col.equals("document_number"));
      if (!ok) {
        throw new ImportException(
            file, line, rec, col, "has " + size + " values for " + n + " documents");
      }
    }
    List<IdentityDocument> docs = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String num = numbers.isEmpty() ? "" : numbers.get(i);
      String t = types.isEmpty() ? "" : types.get(types.size() == 1 ? 0 : i);
      String c = countries.isEmpty() ? "" : countries.get(countries.size() == 1 ? 0 : i);
      docs.add(new IdentityDocument(t, num, c.isEmpty() ? "" : Countries.codeOrText(c), ""));
    }
    EntryStatus status;
    try {
      String s = one.apply("status").toUpperCase(Locale.ROOT);
      status = s.isEmpty() ? EntryStatus.ACTIVE : EntryStatus.valueOf(s);
    } catch (IllegalArgumentException e) {
      throw new ImportException(
          file,
          line,
          rec,
          "status",
          "'" + one.apply("status") + "' is not ACTIVE, DELISTED or EXPIRED");
    }
    return new Entry(
        Entry.idOf(listId, id),
        listId,
        id,
        type,
        names,
        dobs,
        many.apply("place_of_birth"),
        many.apply("nationality").stream().map(Countries::codeOrText).distinct().toList(),
        gender,
        docs,
        List.of(),
        many.apply("affiliations"),
        one.apply("reason"),
        one.apply("legal_basis"),
        one.apply("source_reference"),
        day(one.apply("listed_on"), file, line, rec, "listed_on"),
        day(one.apply("review_by"), file, line, rec, "review_by"),
        status);
  }

  private static LocalDate day(String s, String file, long line, String rec, String field) {
    if (s.isEmpty()) {
      return null;
    }
    try {
      return LocalDate.parse(s);
    } catch (DateTimeParseException e) {
      throw new ImportException(
          file, line, rec, field, "'" + s + "' is not a date (YYYY-MM-DD)", e);
    }
  }

  /** One entry as the format's fields: lists as lists, single values as strings. */
  static Map<String, Object> fields(Entry e) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", e.externalId());
    m.put("type", e.type().name().toLowerCase(Locale.ROOT));
    m.put("name", e.displayName());
    String display = e.displayName();
    boolean[] primaryTaken = {false};
    m.put("aliases", names(e, NameKind.ALIAS_STRONG, display, primaryTaken));
    m.put("weak_aliases", names(e, NameKind.ALIAS_WEAK, display, primaryTaken));
    m.put("original_script_name", names(e, NameKind.ORIGINAL_SCRIPT, display, primaryTaken));
    m.put("date_of_birth", e.birthDates().stream().map(PartialDate::toString).toList());
    m.put("place_of_birth", e.birthPlaces());
    m.put("nationality", e.nationalities());
    m.put("gender", e.gender());
    m.put("document_type", e.documents().stream().map(IdentityDocument::type).toList());
    m.put("document_number", e.documents().stream().map(IdentityDocument::number).toList());
    m.put("document_country", e.documents().stream().map(IdentityDocument::issuingState).toList());
    m.put("affiliations", e.affiliations());
    m.put("reason", e.reason());
    m.put("legal_basis", e.legalBasis());
    m.put("source_reference", e.sourceReference());
    m.put("listed_on", e.listedOn() == null ? "" : e.listedOn().toString());
    m.put("review_by", e.reviewBy() == null ? "" : e.reviewBy().toString());
    m.put("status", e.status().name());
    return m;
  }

  /** Names of one kind; further PRIMARY names (rare) are exported as strong aliases. */
  private static List<String> names(Entry e, NameKind kind, String display, boolean[] taken) {
    List<String> out = new ArrayList<>();
    for (EntryName n : e.names()) {
      NameKind k = n.kind();
      if (k == NameKind.PRIMARY) {
        if (!taken[0] && n.full().equals(display)) {
          taken[0] = true;
          continue;
        }
        k = NameKind.ALIAS_STRONG;
      }
      if (k == kind) {
        out.add(n.full().replace('|', '/'));
      }
    }
    return out;
  }

  /** Writes entries as CSV with a header row (UTF-8 is the caller's choice of writer). */
  public static void writeCsv(List<Entry> entries, Writer out) {
    CsvWriter w = new CsvWriter(out);
    w.write(COLUMNS);
    for (Entry e : entries) {
      Map<String, Object> m = fields(e);
      List<String> row = new ArrayList<>();
      for (String c : COLUMNS) {
        Object v = m.get(c);
        row.add(
            v instanceof List<?> l
                ? l.stream()
                    .map(x -> String.valueOf(x).replace('|', '/'))
                    .collect(Collectors.joining("|"))
                : String.valueOf(v));
      }
      w.write(row);
    }
    w.flush();
  }

  /** Writes entries as a JSON array of objects with the CSV's field names. */
  public static void writeJson(List<Entry> entries, Writer out) {
    try {
      // Written as a string: Jackson would otherwise close the caller's writer (e.g. stdout).
      out.write(
          MAPPER
              .writer()
              .with(SerializationFeature.INDENT_OUTPUT)
              .writeValueAsString(entries.stream().map(NationalListFormat::fields).toList()));
      out.write("\n");
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
