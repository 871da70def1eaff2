package org.crosspoint.watchlist.importer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
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
 * The UN Security Council consolidated list XML (schema
 * https://www.un.org/sc/resources/sc-sanctions.xsd).
 *
 * <p>Implementation notes. The file is read with StAX; each INDIVIDUAL or ENTITY is gathered into a
 * small tree and then mapped, so the mapping reads like the schema. Safety: DTDs and external
 * entities are off and any DOCTYPE is rejected outright (billion-laughs and XXE both need one);
 * element depth is bounded ({@link #MAX_DEPTH}; the schema needs 4) and so is text per element
 * ({@link #MAX_TEXT}). The parser's own location gives the line of any error, including a file that
 * ends early.
 */
final class UnXmlImporter {
  static final int MAX_DEPTH = 16;
  static final int MAX_TEXT = 1 << 20;

  /**
   * The resolution that set up each regime named in UN_LIST_TYPE (UN Security Council sanctions
   * committees' pages). The list type itself is kept in the legal basis as the source says it.
   */
  private static final Map<String, String> REGIMES =
      Map.ofEntries(
          Map.entry(
              "Al-Qaida", "1267 (1999) / 1989 (2011) / 2253 (2015), ISIL (Da'esh) and Al-Qaida"),
          Map.entry("Taliban", "1988 (2011), Taliban"),
          Map.entry("DPRK", "1718 (2006), Democratic People's Republic of Korea"),
          Map.entry("Iran", "1737 (2006), Iran"),
          Map.entry("Iraq", "1518 (2003), Iraq"),
          Map.entry("DRC", "1533 (2004), Democratic Republic of the Congo"),
          Map.entry("Libya", "1970 (2011), Libya"),
          Map.entry("Somalia", "751 (1992) / 2713 (2023), Somalia and Al-Shabaab"),
          Map.entry("CAR", "2127 (2013), Central African Republic"),
          Map.entry("Haiti", "2653 (2022), Haiti"),
          Map.entry("Yemen", "2140 (2014), Yemen"),
          Map.entry("GB", "2048 (2012), Guinea-Bissau"),
          Map.entry("Sudan", "1591 (2005), Sudan"),
          Map.entry("SouthSudan", "2206 (2015), South Sudan"));

  private final Path file;
  private final String name;
  private final String listId;

  UnXmlImporter(Path file, String name, String listId) {
    this.file = file;
    this.name = name;
    this.listId = listId;
  }

  /** One element of a record: name, text, children, and the line it starts on. */
  record Node(String tag, StringBuilder buf, List<Node> children, int line) {
    String text() {
      return buf.toString().strip();
    }

    String child(String t) {
      for (Node c : children) {
        if (c.tag.equals(t)) {
          return c.text();
        }
      }
      return "";
    }

    Node node(String t) {
      for (Node c : children) {
        if (c.tag.equals(t)) {
          return c;
        }
      }
      return null;
    }

    Stream<Node> all(String t) {
      return children.stream().filter(c -> c.tag.equals(t));
    }

    /** The VALUE children of a child element such as NATIONALITY or DESIGNATION. */
    List<String> values(String t) {
      return all(t)
          .flatMap(n -> n.all("VALUE"))
          .map(Node::text)
          .filter(s -> !s.isEmpty())
          .collect(Collectors.toList());
    }
  }

  Importers.Imported read() {
    XMLInputFactory f = XMLInputFactory.newFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
    f.setProperty(XMLInputFactory.IS_COALESCING, true);
    List<Entry> entries = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    List<String> notes = new ArrayList<>();
    List<Node> stack = new ArrayList<>();
    try (InputStream in = Files.newInputStream(file)) {
      XMLStreamReader x = f.createXMLStreamReader(in);
      int depth = 0;
      boolean sawRoot = false;
      while (x.hasNext()) {
        int ev = x.next();
        switch (ev) {
          case XMLStreamConstants.DTD ->
              throw error(x.getLocation().getLineNumber(), "", "", "DOCTYPE is not allowed");
          case XMLStreamConstants.ENTITY_REFERENCE ->
              throw error(
                  x.getLocation().getLineNumber(),
                  "",
                  "",
                  "entity reference &" + x.getLocalName() + "; is not allowed");
          case XMLStreamConstants.START_ELEMENT -> {
            depth++;
            if (depth > MAX_DEPTH) {
              throw error(
                  x.getLocation().getLineNumber(),
                  "",
                  x.getLocalName(),
                  "elements nested deeper than " + MAX_DEPTH);
            }
            String tag = x.getLocalName();
            if (depth == 1) {
              if (!tag.equals("CONSOLIDATED_LIST")) {
                throw error(
                    x.getLocation().getLineNumber(),
                    "",
                    "",
                    "root element is <" + tag + ">, expected <CONSOLIDATED_LIST>");
              }
              sawRoot = true;
              String generated = x.getAttributeValue(null, "dateGenerated");
              if (generated != null && !generated.isBlank()) {
                notes.add("UN list generated " + generated.strip());
              }
            }
            if (!stack.isEmpty() || tag.equals("INDIVIDUAL") || tag.equals("ENTITY")) {
              Node n =
                  new Node(
                      tag, new StringBuilder(), new ArrayList<>(), x.getLocation().getLineNumber());
              if (!stack.isEmpty()) {
                stack.get(stack.size() - 1).children().add(n);
              }
              stack.add(n);
            }
          }
          case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> {
            if (!stack.isEmpty()) {
              StringBuilder sb = stack.get(stack.size() - 1).buf();
              if (sb.length() + x.getTextLength() > MAX_TEXT) {
                throw error(
                    x.getLocation().getLineNumber(),
                    "",
                    stack.get(stack.size() - 1).tag(),
                    "text longer than " + MAX_TEXT + " characters");
              }
              sb.append(x.getTextCharacters(), x.getTextStart(), x.getTextLength());
            }
          }
          case XMLStreamConstants.END_ELEMENT -> {
            depth--;
            if (!stack.isEmpty()) {
              Node done = stack.remove(stack.size() - 1);
              if (stack.isEmpty()) {
                Entry e = map(done);
                if (!seen.add(e.id())) {
                  throw error(done.line(), record(done), "DATAID", "appears twice in the file");
                }
                entries.add(e);
              }
            }
          }
          default -> {}
        }
      }
      if (!sawRoot) {
        throw error(0, "", "", "no <CONSOLIDATED_LIST> element");
      }
    } catch (XMLStreamException e) {
      int line = e.getLocation() == null ? 0 : e.getLocation().getLineNumber();
      String msg = e.getMessage() == null ? "not well-formed XML" : e.getMessage();
      // The JDK prefixes "ParseError at [row,col]:[r,c]\nMessage: "; keep the message only.
      int i = msg.indexOf("Message: ");
      if (i >= 0) {
        msg = msg.substring(i + 9);
      }
      // Name the record being read when the file broke (e.g. a truncated download).
      String rec = stack.isEmpty() ? "" : record(stack.get(0));
      String hint = line >= lastLine() ? " (the file ends here: truncated?)" : "";
      throw new ImportException(
          name, line, rec, "", "not well-formed XML: " + msg.strip() + hint, e);
    } catch (IOException e) {
      throw new ImportException(name, 0, "", "", "cannot read: " + e.getMessage(), e);
    }
    return new Importers.Imported(entries, notes);
  }

  /** The number of the file's last line, to tell a truncated file from a malformed one. */
  private long lastLine() {
    try (InputStream in = Files.newInputStream(file)) {
      long lines = 1;
      byte[] buf = new byte[65536];
      int n;
      while ((n = in.read(buf)) > 0) {
        for (int i = 0; i < n; i++) {
          if (buf[i] == '\n') {
            lines++;
          }
        }
      }
      return lines;
    } catch (IOException e) {
      return Long.MAX_VALUE;
    }
  }

  private ImportException error(long line, String record, String field, String problem) {
    return new ImportException(name, line, record, field, problem);
  }

  private static String record(Node n) {
    return n.tag() + " " + n.child("DATAID");
  }

  Entry map(Node n) {
    String rec = record(n);
    String dataId = n.child("DATAID");
    if (dataId.isEmpty()) {
      throw error(n.line(), n.tag(), "DATAID", "missing");
    }
    boolean person = n.tag().equals("INDIVIDUAL");
    List<EntryName> names = new ArrayList<>();
    List<NamePart> parts = new ArrayList<>();
    for (String title : n.values("TITLE")) {
      parts.add(new NamePart(NamePart.Role.TITLE, title));
    }
    String[] tags = {"FIRST_NAME", "SECOND_NAME", "THIRD_NAME", "FOURTH_NAME"};
    NamePart.Role[] roles = {
      NamePart.Role.GIVEN, NamePart.Role.SECOND, NamePart.Role.THIRD, NamePart.Role.FOURTH
    };
    List<String> full = new ArrayList<>();
    for (int i = 0; i < tags.length; i++) {
      String v = n.child(tags[i]);
      if (!v.isEmpty()) {
        full.add(v);
        if (person) {
          parts.add(new NamePart(roles[i], v));
        }
      }
    }
    if (full.isEmpty()) {
      throw error(n.line(), rec, "FIRST_NAME", "the record has no name");
    }
    names.add(new EntryName(String.join(" ", full), NameKind.PRIMARY, null, parts));
    String original = n.child("NAME_ORIGINAL_SCRIPT");
    if (!original.isEmpty()) {
      names.add(EntryName.of(original, NameKind.ORIGINAL_SCRIPT));
    }
    n.all(person ? "INDIVIDUAL_ALIAS" : "ENTITY_ALIAS")
        .forEach(
            a -> {
              String alias = a.child("ALIAS_NAME");
              if (alias.isEmpty()) {
                return; // the UN writes <INDIVIDUAL_ALIAS><QUALITY/><ALIAS_NAME/> for "none"
              }
              String q = a.child("QUALITY");
              // "Low" quality aliases are the UN's weak aliases (too broad to identify alone).
              NameKind kind =
                  q.equalsIgnoreCase("Low") ? NameKind.ALIAS_WEAK : NameKind.ALIAS_STRONG;
              // some records pack several spellings into one alias ("Mohammad Islami; Mohamed
              // Islami; Mohammed Islami"): each is an alias of its own, or the matcher would read
              // one long name of nine parts
              for (String one : alias.split(";")) {
                if (!one.isBlank()) {
                  names.add(EntryName.of(one.strip(), kind));
                }
              }
            });

    List<PartialDate> dobs = new ArrayList<>();
    n.all("INDIVIDUAL_DATE_OF_BIRTH").forEach(d -> birthDate(d, rec).ifPresent(dobs::add));
    List<String> pobs = new ArrayList<>();
    n.all("INDIVIDUAL_PLACE_OF_BIRTH")
        .forEach(
            p -> {
              String place =
                  join(
                      p.child("STREET"),
                      p.child("CITY"),
                      p.child("STATE_PROVINCE"),
                      p.child("COUNTRY"),
                      p.child("NOTE"));
              if (!place.isEmpty()) {
                pobs.add(place);
              }
            });
    List<String> nationalities =
        n.values("NATIONALITY").stream().map(Countries::codeOrText).distinct().toList();
    List<IdentityDocument> docs = new ArrayList<>();
    n.all("INDIVIDUAL_DOCUMENT").forEach(d -> document(d, rec).ifPresent(docs::add));
    List<Address> addresses = new ArrayList<>();
    n.all(person ? "INDIVIDUAL_ADDRESS" : "ENTITY_ADDRESS")
        .forEach(
            a -> {
              String country = a.child("COUNTRY");
              Address ad =
                  new Address(
                      join(a.child("STREET"), a.child("ZIP_CODE")),
                      a.child("CITY"),
                      a.child("STATE_PROVINCE"),
                      country.isEmpty() ? "" : Countries.codeOrText(country),
                      a.child("NOTE"));
              if (!(ad.street() + ad.city() + ad.region() + ad.country() + ad.note()).isEmpty()) {
                addresses.add(ad);
              }
            });
    String gender =
        switch (n.child("GENDER").toLowerCase(Locale.ROOT)) {
          case "male" -> "M";
          case "female" -> "F";
          default -> "";
        };
    String listType = n.child("UN_LIST_TYPE");
    String regime = REGIMES.get(listType);
    String legalBasis =
        "UN Security Council "
            + (regime == null ? "sanctions" : "resolution " + regime)
            + " (UN list type: "
            + listType
            + ")";
    return new Entry(
        Entry.idOf(listId, dataId),
        listId,
        dataId,
        person ? SubjectType.PERSON : SubjectType.ORGANISATION,
        names,
        dobs,
        pobs,
        nationalities,
        gender,
        docs,
        addresses,
        n.values("DESIGNATION"),
        n.child("COMMENTS1"),
        legalBasis,
        n.child("REFERENCE_NUMBER"),
        listedOn(n, rec),
        null,
        EntryStatus.ACTIVE);
  }

  private LocalDate listedOn(Node n, String rec) {
    String v = n.child("LISTED_ON");
    if (v.isEmpty()) {
      return null;
    }
    // A few records carry an offset: "2015-03-27-04:00" (xs:date with zone); the date is the day.
    String day = v.length() > 10 ? v.substring(0, 10) : v;
    try {
      return LocalDate.parse(day);
    } catch (DateTimeParseException e) {
      Node at = n.node("LISTED_ON");
      throw error(at.line(), rec, "LISTED_ON", "'" + v + "' is not a date");
    }
  }

  private Optional<PartialDate> birthDate(Node d, String rec) {
    String type = d.child("TYPE_OF_DATE").toUpperCase(Locale.ROOT);
    String note = d.child("NOTE");
    // Some BETWEEN dates carry the approximation in a note: <NOTE>Approximately</NOTE>.
    boolean approx = type.equals("APPROXIMATELY") || note.equalsIgnoreCase("Approximately");
    String date = d.child("DATE");
    String year = d.child("YEAR");
    String from = d.child("FROM_YEAR");
    String to = d.child("TO_YEAR");
    String field = "DATE_OF_BIRTH";
    try {
      PartialDate p;
      if (!from.isEmpty() || !to.isEmpty()) {
        field = "DATE_OF_BIRTH FROM_YEAR/TO_YEAR";
        p =
            new PartialDate(
                year(from.isEmpty() ? to : from), 0, 0, year(to.isEmpty() ? from : to), approx);
      } else if (!date.isEmpty()) {
        field = "DATE_OF_BIRTH DATE";
        PartialDate q = PartialDate.parse(date);
        p = new PartialDate(q.year(), q.month(), q.day(), q.yearTo(), approx || q.approximate());
      } else if (!year.isEmpty()) {
        field = "DATE_OF_BIRTH YEAR";
        p = new PartialDate(year(year), 0, 0, 0, approx);
        // The NOTE sometimes names the month of that year ("Sep.").
        if (!note.isEmpty()) {
          try {
            PartialDate m = PartialDate.parse(note + " " + year);
            if (m.year() == p.year()) {
              p = new PartialDate(m.year(), m.month(), m.day(), 0, approx);
            }
          } catch (IllegalArgumentException notAMonth) {
            // a note that is not a month is not a date; keep the year alone
          }
        }
      } else if (!note.isEmpty()) {
        // Only a note, e.g. "Nov. 1973"; "30-35 years old" or a Hijri date give no date.
        try {
          PartialDate q = PartialDate.parse(note);
          p = new PartialDate(q.year(), q.month(), q.day(), q.yearTo(), approx || q.approximate());
        } catch (IllegalArgumentException notADate) {
          return Optional.empty();
        }
      } else {
        return Optional.empty();
      }
      return Optional.of(p);
    } catch (IllegalArgumentException e) {
      String shown = !date.isEmpty() ? date : !year.isEmpty() ? year : from + ".." + to;
      throw error(d.line(), rec, field, "'" + shown + "' is not a date");
    }
  }

  private static int year(String s) {
    if (!s.matches("\\d{4}")) {
      throw new IllegalArgumentException("not a year: " + s);
    }
    return Integer.parseInt(s);
  }

  private Optional<IdentityDocument> document(Node d, String rec) {
    String type = d.child("TYPE_OF_DOCUMENT");
    String type2 = d.child("TYPE_OF_DOCUMENT2");
    String number = d.child("NUMBER");
    if (type.isEmpty() && type2.isEmpty() && number.isEmpty()) {
      return Optional.empty();
    }
    String state = d.child("ISSUING_COUNTRY");
    if (state.isEmpty()) {
      state = d.child("COUNTRY_OF_ISSUE");
    }
    String issued = d.child("DATE_OF_ISSUE");
    List<String> note = new ArrayList<>();
    if (!type2.isEmpty() && !type2.equalsIgnoreCase(type)) {
      note.add(type2.replaceAll("\\s+", " "));
    }
    if (!issued.isEmpty()) {
      note.add("issued " + issued);
    }
    if (!d.child("CITY_OF_ISSUE").isEmpty()) {
      note.add("in " + d.child("CITY_OF_ISSUE"));
    }
    if (!d.child("NOTE").isEmpty()) {
      note.add(d.child("NOTE").replaceAll("\\s+", " "));
    }
    return Optional.of(
        new IdentityDocument(
            type.isEmpty() ? type2 : type,
            number,
            state.isEmpty() ? "" : Countries.codeOrText(state),
            String.join("; ", note)));
  }

  static String join(String... parts) {
    return Stream.of(parts).filter(s -> !s.isEmpty()).collect(Collectors.joining(", "));
  }
}
