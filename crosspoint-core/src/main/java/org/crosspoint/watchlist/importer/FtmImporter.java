package org.crosspoint.watchlist.importer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.crosspoint.country.Countries;
import org.crosspoint.dates.PartialDate;
import org.crosspoint.watchlist.Address;
import org.crosspoint.watchlist.Entry;
import org.crosspoint.watchlist.EntryName;
import org.crosspoint.watchlist.EntryStatus;
import org.crosspoint.watchlist.IdentityDocument;
import org.crosspoint.watchlist.NameKind;
import org.crosspoint.watchlist.NamePart;
import org.crosspoint.watchlist.SubjectType;

/**
 * OpenSanctions FollowTheMoney entities, one JSON object per line ({@code id}, {@code schema},
 * {@code properties} with every value a list of strings).
 *
 * <p>Subjects are the Person, Organization, Company and LegalEntity schemata. Other records are
 * read for what they say about a subject (Sanction: reason, program, authority, listing date;
 * Address: the address; Passport/Identification: documents) and otherwise counted in the notes. The
 * caption or first {@code name} is the primary name, other names, {@code alias} and {@code
 * previousName} are strong aliases, {@code weakAlias} weak ones.
 */
final class FtmImporter {
  static final int MAX_LINE_CHARS = 4 << 20;
  private static final Set<String> SUBJECTS =
      Set.of("Person", "Organization", "Company", "LegalEntity");
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final Path file;
  private final String name;
  private final String listId;

  FtmImporter(Path file, String name, String listId) {
    this.file = file;
    this.name = name;
    this.listId = listId;
  }

  private record Rec(JsonNode node, long line, String schema) {
    List<String> prop(String p) {
      JsonNode v = node.path("properties").path(p);
      List<String> out = new ArrayList<>();
      if (v.isArray()) {
        v.forEach(
            x -> {
              if (x.isTextual() && !x.asText().isBlank()) {
                out.add(x.asText().strip());
              }
            });
      } else if (v.isTextual() && !v.asText().isBlank()) {
        out.add(v.asText().strip());
      }
      return out;
    }

    String first(String p) {
      List<String> l = prop(p);
      return l.isEmpty() ? "" : l.get(0);
    }
  }

  Importers.Imported read() {
    Map<String, Rec> byId = new LinkedHashMap<>();
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      long n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        if (line.isBlank()) {
          continue;
        }
        if (line.length() > MAX_LINE_CHARS) {
          throw new ImportException(
              name, n, "", "", "line longer than " + MAX_LINE_CHARS + " characters");
        }
        JsonNode node;
        try {
          node = MAPPER.readTree(line);
        } catch (JsonProcessingException e) {
          throw new ImportException(name, n, "", "", "not JSON: " + e.getOriginalMessage(), e);
        }
        String id = node.path("id").asText("");
        String schema = node.path("schema").asText("");
        if (id.isEmpty() || schema.isEmpty()) {
          throw new ImportException(name, n, "", id.isEmpty() ? "id" : "schema", "missing");
        }
        if (byId.put(id, new Rec(node, n, schema)) != null) {
          throw new ImportException(name, n, schema + " " + id, "id", "appears twice in the file");
        }
      }
    } catch (IOException e) {
      throw new ImportException(name, 0, "", "", "cannot read: " + e.getMessage(), e);
    }

    // Records that point at a subject: id of subject -> records.
    Map<String, List<Rec>> sanctions = new LinkedHashMap<>();
    Map<String, List<Rec>> documents = new LinkedHashMap<>();
    for (Rec rec : byId.values()) {
      if (rec.schema.equals("Sanction")) {
        rec.prop("entity")
            .forEach(s -> sanctions.computeIfAbsent(s, k -> new ArrayList<>()).add(rec));
      } else if (rec.schema.equals("Passport") || rec.schema.equals("Identification")) {
        rec.prop("holder")
            .forEach(s -> documents.computeIfAbsent(s, k -> new ArrayList<>()).add(rec));
      }
    }
    List<Entry> entries = new ArrayList<>();
    Map<String, Integer> skipped = new TreeMap<>();
    for (Map.Entry<String, Rec> e : byId.entrySet()) {
      Rec rec = e.getValue();
      if (!SUBJECTS.contains(rec.schema)) {
        skipped.merge(rec.schema, 1, Integer::sum);
        continue;
      }
      entries.add(
          entry(
              e.getKey(),
              rec,
              byId,
              sanctions.getOrDefault(e.getKey(), List.of()),
              documents.getOrDefault(e.getKey(), List.of())));
    }
    List<String> notes = new ArrayList<>();
    if (!skipped.isEmpty()) {
      StringBuilder sb = new StringBuilder("not subjects, used only as details of subjects: ");
      skipped.forEach((k, v) -> sb.append(k).append(' ').append(v).append(", "));
      notes.add(sb.substring(0, sb.length() - 2));
    }
    return new Importers.Imported(entries, notes);
  }

  private Entry entry(
      String id, Rec rec, Map<String, Rec> byId, List<Rec> sanctions, List<Rec> docRecs) {
    String where = rec.schema + " " + id;
    boolean person = rec.schema.equals("Person");
    List<String> allNames = new ArrayList<>(rec.prop("name"));
    String caption = rec.node.path("caption").asText("").strip();
    String primary =
        allNames.contains(caption) ? caption : allNames.isEmpty() ? caption : allNames.get(0);
    if (primary.isEmpty()) {
      throw new ImportException(name, rec.line, where, "name", "the entity has no name");
    }
    List<NamePart> parts = new ArrayList<>();
    if (person) {
      addPart(parts, NamePart.Role.GIVEN, rec.first("firstName"));
      addPart(parts, NamePart.Role.SECOND, rec.first("secondName"));
      addPart(parts, NamePart.Role.SECOND, rec.first("middleName"));
      addPart(parts, NamePart.Role.PATRONYMIC, rec.first("fatherName"));
      addPart(parts, NamePart.Role.FAMILY, rec.first("lastName"));
      addPart(parts, NamePart.Role.TITLE, rec.first("title"));
    }
    List<EntryName> names = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    names.add(new EntryName(primary, NameKind.PRIMARY, null, parts));
    seen.add(primary);
    for (String p : List.of("name", "alias", "previousName")) {
      for (String n : rec.prop(p)) {
        if (seen.add(n)) {
          names.add(EntryName.of(n, NameKind.ALIAS_STRONG));
        }
      }
    }
    for (String n : rec.prop("weakAlias")) {
      if (seen.add(n)) {
        names.add(EntryName.of(n, NameKind.ALIAS_WEAK));
      }
    }
    List<PartialDate> dobs = new ArrayList<>();
    for (String d : rec.prop("birthDate")) {
      try {
        dobs.add(PartialDate.parse(d));
      } catch (IllegalArgumentException ex) {
        throw new ImportException(
            name, rec.line, where, "birthDate", "'" + d + "' is not a date", ex);
      }
    }
    List<String> nationalities = new ArrayList<>();
    for (String p : List.of("nationality", "citizenship")) {
      for (String c : rec.prop(p)) {
        String code = Countries.codeOrText(c);
        if (!nationalities.contains(code)) {
          nationalities.add(code);
        }
      }
    }
    String g = rec.first("gender").toLowerCase(Locale.ROOT);
    String gender =
        g.equals("male") ? "M" : g.equals("female") ? "F" : g.equals("other") ? "X" : "";
    List<IdentityDocument> docs = new ArrayList<>();
    String country = country(rec.first("country"));
    for (String n : rec.prop("passportNumber")) {
      docs.add(new IdentityDocument("Passport", n, country, ""));
    }
    for (String n : rec.prop("idNumber")) {
      docs.add(new IdentityDocument("National Identification Number", n, country, ""));
    }
    for (String p : List.of("taxNumber", "innCode", "registrationNumber", "ogrnCode")) {
      for (String n : rec.prop(p)) {
        docs.add(new IdentityDocument(p, n, country, ""));
      }
    }
    for (Rec d : docRecs) {
      String number = d.first("number").isEmpty() ? d.first("passportNumber") : d.first("number");
      if (!number.isEmpty()) {
        docs.add(
            new IdentityDocument(d.schema, number, country(d.first("country")), d.first("type")));
      }
    }
    List<Address> addresses = new ArrayList<>();
    for (String ref : rec.prop("addressEntity")) {
      Rec a = byId.get(ref);
      if (a != null && a.schema.equals("Address")) {
        addresses.add(
            new Address(
                a.first("street"),
                a.first("city"),
                a.first("region"),
                country(a.first("country")),
                a.first("full")));
      }
    }
    for (String a : rec.prop("address")) {
      addresses.add(new Address("", "", "", "", a));
    }
    List<String> reasons = new ArrayList<>(rec.prop("notes"));
    reasons.addAll(rec.prop("summary"));
    List<String> legal = new ArrayList<>();
    List<String> refs = new ArrayList<>();
    LocalDate listedOn = null;
    for (Rec s : sanctions) {
      reasons.addAll(s.prop("reason"));
      String basis =
          String.join(
              " ",
              List.of(s.first("authority"), s.first("program")).stream()
                  .filter(x -> !x.isEmpty())
                  .toList());
      if (!basis.isEmpty() && !legal.contains(basis)) {
        legal.add(basis);
      }
      legal.addAll(s.prop("provisions").stream().filter(x -> !legal.contains(x)).toList());
      String ref = s.first("authorityId").isEmpty() ? s.first("sourceUrl") : s.first("authorityId");
      if (!ref.isEmpty()) {
        refs.add(ref);
      }
      for (String d : List.of(s.first("listingDate"), s.first("startDate"))) {
        if (d.length() >= 10 && listedOn == null) {
          try {
            listedOn = LocalDate.parse(d.substring(0, 10));
          } catch (java.time.format.DateTimeParseException ex) {
            throw new ImportException(
                name,
                s.line,
                "Sanction " + s.node.path("id").asText(),
                "listingDate",
                "'" + d + "' is not a date",
                ex);
          }
        }
      }
    }
    if (refs.isEmpty()) {
      refs.add("OpenSanctions " + id);
    }
    return new Entry(
        Entry.idOf(listId, id),
        listId,
        id,
        person ? SubjectType.PERSON : SubjectType.ORGANISATION,
        names,
        dobs,
        rec.prop("birthPlace"),
        nationalities,
        gender,
        docs,
        addresses,
        rec.prop("position"),
        String.join(" ", reasons),
        String.join("; ", legal),
        String.join("; ", refs),
        listedOn,
        null,
        EntryStatus.ACTIVE);
  }

  private static void addPart(List<NamePart> parts, NamePart.Role role, String v) {
    if (!v.isEmpty()) {
      parts.add(new NamePart(role, v));
    }
  }

  private static String country(String c) {
    return c.isEmpty() ? "" : Countries.codeOrText(c);
  }
}
