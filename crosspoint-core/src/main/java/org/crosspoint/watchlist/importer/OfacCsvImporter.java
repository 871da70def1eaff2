package org.crosspoint.watchlist.importer;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosspoint.country.Countries;
import org.crosspoint.csv.CsvException;
import org.crosspoint.csv.CsvReader;
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
 * OFAC's SDN list in the legacy CSV set: {@code sdn.csv}, and beside it {@code alt.csv}, {@code
 * add.csv} and {@code sdn_comments.csv} when present.
 *
 * <p>Implementation notes (from OFAC's "SDN data specification" for the legacy files and the data
 * itself): the files have no header; {@code -0-} means empty; the text is Windows-1252; the last
 * line is a lone SUB (0x1A) byte. Remarks are cut at 1,000 characters and continued, mid-word, in
 * sdn_comments.csv, so the continuation is appended with no separator.
 *
 * <p>Alias quality: every alt.csv name (aka, fka, nka) is a strong alias. OFAC puts its weak ("low
 * quality") a.k.a.s only in the remarks, in single quotes: {@code a.k.a. 'BNC'}; those become
 * {@link NameKind#ALIAS_WEAK}. Remarks also give dates and places of birth, nationality and
 * citizenship, gender, identity documents ("Passport A123 (Pakistan)"), and links ("Linked To: X",
 * kept as affiliations). The whole remarks text stays in the entry's reason, so nothing the parser
 * does not understand is lost.
 */
final class OfacCsvImporter {
  /** OFAC writes Windows-1252 ("latin-1" in their documentation). */
  static final Charset CHARSET = Charset.forName("windows-1252");

  private static final Pattern WEAK_AKA =
      Pattern.compile("^(?:a\\.k\\.a\\.|f\\.k\\.a\\.|n\\.k\\.a\\.) '(.+)'$");
  private static final Pattern KEYED =
      Pattern.compile("^(?:alt\\. )?(DOB|POB|nationality|citizen|Gender) (.+)$");
  private static final Pattern DOCUMENT =
      Pattern.compile(
          "^(?:alt\\. )?(Passport|Diplomatic Passport|Stateless Person Passport|British National"
              + " Overseas Passport|National ID No\\.|Cedula No\\.|Identification Number|D\\.N\\.I\\.|"
              + "C\\.U\\.R\\.P\\.|R\\.F\\.C\\.|RFC|Driver's License No\\.|Tax ID No\\.|SSN|NIT #|"
              + "Personal ID Card|Residency Number|Birth Certificate Number|Electoral Registry No\\.|"
              + "Travel Document Number|Refugee ID Card|Kenyan ID No\\.|Turkish Identification Number|"
              + "Citizen's Card Number|Tazkira National ID Card|Moroccan Personal ID No\\.|"
              + "Numero de Identidad|C\\.U\\.I\\.T\\.|C\\.U\\.I\\.|C\\.U\\.I\\.P\\.|N\\.I\\.E\\.|"
              + "I\\.F\\.E\\.|Credencial electoral|LE Number|Vessel Registration Identification|"
              + "MMSI|Aircraft Manufacturer's Serial Number \\(MSN\\)) "
              + "([^()]+?)(?: \\(([^)]+)\\))?(?: (.+))?$");
  private static final Pattern LINKED = Pattern.compile("^Linked To: (.+)$");
  private static final Pattern DATE_RANGE = Pattern.compile("^(circa )?(.+?) to (.+)$");

  private final Path sdn;
  private final String listId;

  OfacCsvImporter(Path sdn, String listId) {
    this.sdn = sdn;
    this.listId = listId;
  }

  /** An SDN record as it is built up from the four files. */
  private static final class Builder {
    final String entNum;
    final SubjectType type;
    final String name;
    final String programs;
    final String title;
    final String[] vessel;
    final long line;
    StringBuilder remarks = new StringBuilder();
    final List<EntryName> aliases = new ArrayList<>();
    final List<Address> addresses = new ArrayList<>();

    Builder(
        String entNum,
        SubjectType type,
        String name,
        String programs,
        String title,
        String[] vessel,
        long line) {
      this.entNum = entNum;
      this.type = type;
      this.name = name;
      this.programs = programs;
      this.title = title;
      this.vessel = vessel;
      this.line = line;
    }
  }

  Importers.Imported read() {
    Map<String, Builder> byId = new LinkedHashMap<>();
    String sdnName = sdn.getFileName().toString();
    each(
        sdn,
        12,
        (f, line) -> {
          String entNum = entNum(f.get(0), sdnName, line);
          if (byId.containsKey(entNum)) {
            throw new ImportException(
                sdnName, line, "ent_num " + entNum, "ent_num", "appears twice");
          }
          String name = v(f.get(1));
          if (name.isEmpty()) {
            throw new ImportException(sdnName, line, "ent_num " + entNum, "SDN_Name", "empty");
          }
          SubjectType type =
              switch (v(f.get(2)).toLowerCase(Locale.ROOT)) {
                case "individual" -> SubjectType.PERSON;
                case "vessel" -> SubjectType.VESSEL;
                case "aircraft" -> SubjectType.AIRCRAFT;
                case "" -> SubjectType.ORGANISATION;
                default ->
                    throw new ImportException(
                        sdnName,
                        line,
                        "ent_num " + entNum,
                        "SDN_Type",
                        "'" + f.get(2).strip() + "' is not individual, vessel, aircraft or -0-");
              };
          String[] vessel = new String[6];
          for (int i = 0; i < 6; i++) {
            vessel[i] = v(f.get(5 + i));
          }
          Builder b = new Builder(entNum, type, name, v(f.get(3)), v(f.get(4)), vessel, line);
          b.remarks.append(v(f.get(11)));
          byId.put(entNum, b);
        });
    Path dir = sdn.toAbsolutePath().getParent();
    int[] alts = {0};
    sideFile(
        dir.resolve("alt.csv"),
        5,
        byId,
        (b, f) -> {
          String alias = v(f.get(3));
          if (!alias.isEmpty()) {
            b.aliases.add(name(alias, NameKind.ALIAS_STRONG, b.type));
            alts[0]++;
          }
        });
    sideFile(
        dir.resolve("add.csv"),
        6,
        byId,
        (b, f) -> {
          Address a = new Address(v(f.get(2)), v(f.get(3)), "", country(v(f.get(4))), v(f.get(5)));
          if (!(a.street() + a.city() + a.country() + a.note()).isEmpty()) {
            b.addresses.add(a);
          }
        });
    sideFile(dir.resolve("sdn_comments.csv"), 2, byId, (b, f) -> b.remarks.append(v(f.get(1))));
    List<Entry> entries = new ArrayList<>(byId.size());
    for (Builder b : byId.values()) {
      entries.add(entry(b, sdnName));
    }
    List<String> notes = new ArrayList<>();
    notes.add(entries.size() + " SDN entries, " + alts[0] + " alternate names from alt.csv");
    for (String side : List.of("alt.csv", "add.csv", "sdn_comments.csv")) {
      if (!Files.isRegularFile(dir.resolve(side))) {
        notes.add(side + " not found beside " + sdnName + "; read without it");
      }
    }
    return new Importers.Imported(entries, notes);
  }

  private interface Row {
    void accept(List<String> fields, long line);
  }

  private void sideFile(
      Path p,
      int columns,
      Map<String, Builder> byId,
      java.util.function.BiConsumer<Builder, List<String>> action) {
    if (!Files.isRegularFile(p)) {
      return;
    }
    String fname = p.getFileName().toString();
    Importers.checkFile(p, fname);
    each(
        p,
        columns,
        (f, line) -> {
          String entNum = entNum(f.get(0), fname, line);
          Builder b = byId.get(entNum);
          if (b == null) {
            throw new ImportException(
                fname, line, "ent_num " + entNum, "ent_num", "no such entry in sdn.csv");
          }
          action.accept(b, f);
        });
  }

  private static void each(Path p, int columns, Row row) {
    String fname = p.getFileName().toString();
    try (Reader r = Files.newBufferedReader(p, CHARSET);
        CsvReader csv = new CsvReader(r, ',', 64 * 1024, 64)) {
      List<String> f;
      while ((f = csv.next()) != null) {
        if (f.size() == 1 && (f.get(0).isBlank() || f.get(0).strip().equals("\u001a"))) {
          continue; // blank line, or the SUB byte OFAC ends its files with
        }
        if (f.size() != columns) {
          throw new ImportException(
              fname, csv.line(), "", "", "has " + f.size() + " fields; expected " + columns);
        }
        row.accept(f, csv.line());
      }
    } catch (CsvException e) {
      throw new ImportException(
          fname, e.line(), "", "", e.getMessage().replaceFirst("^line \\d+: ", ""), e);
    } catch (IOException e) {
      throw new ImportException(fname, 0, "", "", "cannot read: " + e.getMessage(), e);
    }
  }

  private static String entNum(String s, String file, long line) {
    String t = s.strip();
    if (!t.matches("\\d{1,12}")) {
      throw new ImportException(file, line, "", "ent_num", "'" + t + "' is not a number");
    }
    return t;
  }

  /** A field with OFAC's empty marker removed. */
  static String v(String s) {
    String t = s.strip();
    return t.equals("-0-") ? "" : t;
  }

  private static String country(String s) {
    return s.isEmpty() ? "" : Countries.codeOrText(s);
  }

  /** Individuals are written "FAMILY, Given": keep the name whole, give the two parts. */
  static EntryName name(String full, NameKind kind, SubjectType type) {
    int comma = full.indexOf(", ");
    if (type == SubjectType.PERSON && comma > 0) {
      return new EntryName(
          full,
          kind,
          null,
          List.of(
              new NamePart(NamePart.Role.FAMILY, full.substring(0, comma).strip()),
              new NamePart(NamePart.Role.GIVEN, full.substring(comma + 2).strip())));
    }
    return EntryName.of(full, kind);
  }

  private Entry entry(Builder b, String file) {
    String rec = "ent_num " + b.entNum;
    List<EntryName> names = new ArrayList<>();
    names.add(name(b.name, NameKind.PRIMARY, b.type));
    names.addAll(b.aliases);
    List<PartialDate> dobs = new ArrayList<>();
    List<String> pobs = new ArrayList<>();
    List<String> nationalities = new ArrayList<>();
    List<IdentityDocument> docs = new ArrayList<>();
    List<String> affiliations = new ArrayList<>();
    String gender = "";
    String remarks = b.remarks.toString().strip();
    for (String item : remarks.split(";")) {
      String part = item.strip();
      if (part.endsWith(".") && !part.endsWith(".'") && !part.matches(".*\\b[A-Z]\\.$")) {
        part = part.substring(0, part.length() - 1);
      }
      if (part.isEmpty()) {
        continue;
      }
      Matcher m;
      if ((m = WEAK_AKA.matcher(part)).matches()) {
        names.add(name(m.group(1), NameKind.ALIAS_WEAK, b.type));
      } else if ((m = KEYED.matcher(part)).matches()) {
        String val = m.group(2).strip();
        switch (m.group(1)) {
          case "DOB" -> dobs.add(date(val, file, b.line, rec));
          case "POB" -> pobs.add(val);
          case "nationality", "citizen" -> {
            String c = Countries.codeOrText(val);
            if (!nationalities.contains(c)) {
              nationalities.add(c);
            }
          }
          case "Gender" -> {
            String g = val.toLowerCase(Locale.ROOT);
            gender = g.equals("male") ? "M" : g.equals("female") ? "F" : gender;
          }
          default -> {}
        }
      } else if ((m = DOCUMENT.matcher(part)).matches()) {
        String docType = m.group(1);
        String number = m.group(2).strip();
        if (docType.equals("Vessel Registration Identification") && number.startsWith("IMO ")) {
          docType = "IMO";
          number = number.substring(4);
        }
        String state = m.group(3) == null ? "" : Countries.codeOrText(m.group(3));
        docs.add(
            new IdentityDocument(docType, number, state, m.group(4) == null ? "" : m.group(4)));
      } else if ((m = LINKED.matcher(part)).matches()) {
        affiliations.add(m.group(1).strip());
      }
    }
    String callSign = b.vessel[0];
    if (!callSign.isEmpty()) {
      docs.add(new IdentityDocument("Call Sign", callSign, country(b.vessel[4]), ""));
    }
    if (b.type == SubjectType.VESSEL && !b.vessel[4].isEmpty()) {
      String flag = country(b.vessel[4]);
      if (!nationalities.contains(flag)) {
        nationalities.add(flag);
      }
    }
    if (!b.vessel[5].isEmpty()) {
      affiliations.add(b.vessel[5]);
    }
    StringBuilder reason = new StringBuilder();
    if (!b.title.isEmpty()) {
      reason.append("Title: ").append(b.title).append(". ");
    }
    String[] vesselLabels = {"", "Vessel type", "Tonnage", "GRT", "Flag", ""};
    for (int i = 1; i <= 4; i++) {
      if (!b.vessel[i].isEmpty()) {
        reason.append(vesselLabels[i]).append(": ").append(b.vessel[i]).append(". ");
      }
    }
    reason.append(remarks);
    List<String> programs = new ArrayList<>();
    for (String p : b.programs.split("\\]\\s*\\[")) {
      String t = p.replace("[", "").replace("]", "").strip();
      if (!t.isEmpty()) {
        programs.add(t);
      }
    }
    return new Entry(
        Entry.idOf(listId, b.entNum),
        listId,
        b.entNum,
        b.type,
        names,
        dobs,
        pobs,
        nationalities,
        gender,
        docs,
        b.addresses,
        affiliations,
        reason.toString().strip(),
        programs.isEmpty()
            ? "US Treasury OFAC SDN"
            : "US Treasury OFAC SDN program " + String.join(", ", programs),
        "OFAC SDN ent_num " + b.entNum,
        null,
        null,
        EntryStatus.ACTIVE);
  }

  /** OFAC dates: "10 Dec 1948", "1946", "circa 1951", "Sep 1938", "01 Jan 1961 to 31 Dec 1962". */
  static PartialDate date(String text, String file, long line, String rec) {
    try {
      Matcher r = DATE_RANGE.matcher(text);
      if (r.matches()) {
        PartialDate from = PartialDate.parse(r.group(2));
        PartialDate to = PartialDate.parse(r.group(3));
        if (from.year() == to.year() && from.month() == to.month() && from.month() > 0) {
          return new PartialDate(from.year(), from.month(), 0, 0, r.group(1) != null);
        }
        return new PartialDate(from.year(), 0, 0, to.yearTo(), r.group(1) != null);
      }
      return PartialDate.parse(text);
    } catch (IllegalArgumentException e) {
      throw new ImportException(file, line, rec, "Remarks DOB", "'" + text + "' is not a date", e);
    }
  }
}
