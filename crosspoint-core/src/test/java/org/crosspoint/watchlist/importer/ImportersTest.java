package org.crosspoint.watchlist.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.crosspoint.dates.PartialDate;
import org.crosspoint.watchlist.Entry;
import org.crosspoint.watchlist.EntryName;
import org.crosspoint.watchlist.NameKind;
import org.crosspoint.watchlist.NamePart;
import org.crosspoint.watchlist.SubjectType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportersTest {
  @TempDir Path tmp;

  static Path resource(String name) {
    try {
      return Path.of(ImportersTest.class.getResource("/importer/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private Path write(String name, String content) throws IOException {
    Path p = tmp.resolve(name);
    Files.writeString(p, content, StandardCharsets.UTF_8);
    return p;
  }

  private static List<String> names(Entry e, NameKind kind) {
    return e.names().stream().filter(n -> n.kind() == kind).map(EntryName::full).toList();
  }

  @Test
  void unIndividualKeepsNamePartsAliasesOriginalScriptAndDates() {
    Importers.Imported read = Importers.readWithNotes("un-xml", resource("un-small.xml"), "un-sc");
    assertEquals(List.of("UN list generated 2026-02-27T00:00:09.554Z"), read.notes());
    List<Entry> es = read.entries();
    assertEquals(2, es.size());
    Entry z = es.get(0);
    assertEquals("un-sc:6908001", z.id());
    assertEquals(SubjectType.PERSON, z.type());
    assertEquals("AIMAN MUHAMMED RABI AL-ZAWAHIRI", z.displayName());
    assertEquals(
        List.of(
            new NamePart(NamePart.Role.TITLE, "Dr."),
            new NamePart(NamePart.Role.GIVEN, "AIMAN"),
            new NamePart(NamePart.Role.SECOND, "MUHAMMED"),
            new NamePart(NamePart.Role.THIRD, "RABI"),
            new NamePart(NamePart.Role.FOURTH, "AL-ZAWAHIRI")),
        z.names().get(0).parts());
    assertEquals(List.of("أيمن محمد ربيع الظواهري"), names(z, NameKind.ORIGINAL_SCRIPT));
    assertEquals("Arab", z.names().get(1).script());
    // one alias field with two spellings separated by ";" is two aliases
    assertEquals(
        List.of("Ayman Al-Zawahari", "Aiman Zawahiri", "Ayman Zawahry"),
        names(z, NameKind.ALIAS_STRONG));
    assertEquals(List.of("Abu Mohammed"), names(z, NameKind.ALIAS_WEAK));
    assertEquals(
        List.of(
            PartialDate.parse("1951-06-19"),
            new PartialDate(1950, 0, 0, 0, true),
            new PartialDate(1949, 0, 0, 1952, false)),
        z.birthDates());
    assertEquals(List.of("Giza, Egypt"), z.birthPlaces());
    assertEquals(List.of("EGY"), z.nationalities());
    assertEquals("M", z.gender());
    assertEquals(1, z.documents().size());
    assertEquals("EGY", z.documents().get(0).issuingState());
    assertEquals("QDi.006", z.sourceReference());
    assertTrue(z.legalBasis().contains("1267"), z.legalBasis());
    assertEquals("2001-01-25", z.listedOn().toString());
    assertEquals("PAK", z.addresses().get(0).country());
  }

  @Test
  void unEntityAliasesAndDateWithZone() {
    Entry q = Importers.read("un-xml", resource("un-small.xml"), "un-sc").get(1);
    assertEquals(SubjectType.ORGANISATION, q.type());
    assertEquals(List.of("The Base", "Islamic Army"), names(q, NameKind.ALIAS_STRONG));
    assertEquals(List.of("القاعدة"), names(q, NameKind.ORIGINAL_SCRIPT));
    assertEquals("2015-03-27", q.listedOn().toString());
  }

  @Test
  void hostileXmlWithDoctypeIsRejected() throws IOException {
    Path p =
        write(
            "evil.xml",
            "<?xml version=\"1.0\"?>\n<!DOCTYPE x [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n"
                + "<CONSOLIDATED_LIST><INDIVIDUALS><INDIVIDUAL><DATAID>1</DATAID>"
                + "<FIRST_NAME>&xxe;</FIRST_NAME></INDIVIDUAL></INDIVIDUALS></CONSOLIDATED_LIST>");
    ImportException e = assertThrows(ImportException.class, () -> Importers.read("un-xml", p, "x"));
    assertTrue(e.getMessage().startsWith("evil.xml line 2"), e.getMessage());
    assertTrue(e.getMessage().contains("DOCTYPE"), e.getMessage());
  }

  @Test
  void billionLaughsIsRejectedBeforeExpansion() throws IOException {
    StringBuilder dtd = new StringBuilder("<!DOCTYPE l [<!ENTITY l0 \"ha\">");
    for (int i = 1; i < 10; i++) {
      dtd.append("<!ENTITY l")
          .append(i)
          .append(" \"")
          .append(("&l" + (i - 1) + ";").repeat(10))
          .append("\">");
    }
    dtd.append("]>");
    Path p = write("laughs.xml", dtd + "<CONSOLIDATED_LIST>&l9;</CONSOLIDATED_LIST>");
    assertThrows(ImportException.class, () -> Importers.read("un-xml", p, "x"));
  }

  @Test
  void deeplyNestedXmlIsRejected() throws IOException {
    String open = "<a>".repeat(100);
    Path p = write("deep.xml", "<CONSOLIDATED_LIST>" + open + "</CONSOLIDATED_LIST>");
    ImportException e = assertThrows(ImportException.class, () -> Importers.read("un-xml", p, "x"));
    assertTrue(e.getMessage().contains("deeper"), e.getMessage());
  }

  @Test
  void truncatedXmlNamesTheLineAndRecord() throws IOException {
    String full = Files.readString(resource("un-small.xml"), StandardCharsets.UTF_8);
    int cut = full.indexOf("<INDIVIDUAL_DOCUMENT>");
    Path p = write("cut.xml", full.substring(0, cut));
    ImportException e = assertThrows(ImportException.class, () -> Importers.read("un-xml", p, "x"));
    long lines = full.substring(0, cut).lines().count();
    assertTrue(e.line() >= lines - 1 && e.line() <= lines + 1, e.getMessage());
    assertEquals("INDIVIDUAL 6908001", e.record());
    assertTrue(e.getMessage().startsWith("cut.xml line "), e.getMessage());
    assertTrue(e.getMessage().endsWith("(the file ends here: truncated?)"), e.getMessage());
  }

  @Test
  void badDateOfBirthNamesRecordAndField() throws IOException {
    String full = Files.readString(resource("un-small.xml"), StandardCharsets.UTF_8);
    Path p = write("bad.xml", full.replace("<DATE>1951-06-19</DATE>", "<DATE>abc</DATE>"));
    ImportException e = assertThrows(ImportException.class, () -> Importers.read("un-xml", p, "x"));
    assertEquals(
        "bad.xml line 22: INDIVIDUAL 6908001: DATE_OF_BIRTH DATE: 'abc' is not a date",
        e.getMessage());
  }

  @Test
  void ofacSetJoinsAliasesAddressesAndContinuedRemarks() {
    Importers.Imported r =
        Importers.readWithNotes("ofac-csv", resource("ofac/sdn.csv"), "ofac-sdn");
    List<Entry> es = r.entries();
    assertEquals(3, es.size());
    Entry ubl = es.get(0);
    assertEquals("BIN LADIN, Usama bin Muhammad bin Awad", ubl.displayName());
    assertEquals(
        List.of(
            new NamePart(NamePart.Role.FAMILY, "BIN LADIN"),
            new NamePart(NamePart.Role.GIVEN, "Usama bin Muhammad bin Awad")),
        ubl.names().get(0).parts());
    assertEquals(
        List.of("BIN LADEN, Osama", "BIN LADIN, Osama"), names(ubl, NameKind.ALIAS_STRONG));
    assertEquals(List.of("Abu Abdallah"), names(ubl, NameKind.ALIAS_WEAK));
    assertEquals(
        List.of(PartialDate.parse("1957-07-30"), PartialDate.ofYear(1958)), ubl.birthDates());
    assertEquals(List.of("Jeddah, Saudi Arabia", "Yemen"), ubl.birthPlaces());
    assertEquals(List.of("SAU"), ubl.nationalities());
    assertEquals("M", ubl.gender());
    assertEquals("A123456", ubl.documents().get(0).number());
    assertEquals("PAK", ubl.documents().get(0).issuingState());
    assertEquals("Passport", ubl.documents().get(0).type());

    Entry bnc = es.get(1);
    assertEquals(SubjectType.ORGANISATION, bnc.type());
    assertEquals(List.of("BNC"), names(bnc, NameKind.ALIAS_WEAK));
    assertEquals(1, bnc.addresses().size(), "the all -0- address is dropped");
    assertEquals("CHE", bnc.addresses().get(0).country());
    assertTrue(bnc.reason().endsWith("Registration ID 123; Linked To: CENTRAL BANK OF CUBA."));
    assertEquals(List.of("GOVERNMENT OF CUBA", "CENTRAL BANK OF CUBA"), bnc.affiliations());
    assertEquals(List.of(new PartialDate(1961, 0, 0, 1962, false)), bnc.birthDates());

    Entry ship = es.get(2);
    assertEquals(SubjectType.VESSEL, ship.type());
    assertEquals("US Treasury OFAC SDN program IRAN, SDGT", ship.legalBasis());
    assertEquals(List.of("MLT"), ship.nationalities());
    assertTrue(r.notes().get(0).contains("3 alternate names"), r.notes().toString());
  }

  @Test
  void ofacAliasForUnknownEntryIsAnError() throws IOException {
    Files.writeString(
        tmp.resolve("sdn.csv"),
        "1,\"A\",-0- ,\"X\",-0-,-0-,-0-,-0-,-0-,-0-,-0-,-0-\n",
        StandardCharsets.UTF_8);
    Files.writeString(
        tmp.resolve("alt.csv"),
        "1,1,\"aka\",\"B\",-0-\n2,2,\"aka\",\"C\",-0-\n",
        StandardCharsets.UTF_8);
    ImportException e =
        assertThrows(
            ImportException.class, () -> Importers.read("ofac-csv", tmp.resolve("sdn.csv"), "o"));
    assertEquals("alt.csv line 2: ent_num 2: ent_num: no such entry in sdn.csv", e.getMessage());
  }

  @Test
  void ofacBadDateIsAnError() throws IOException {
    Files.writeString(
        tmp.resolve("sdn.csv"),
        "1,\"A, B\",\"individual\",\"X\",-0-,-0-,-0-,-0-,-0-,-0-,-0-,\"DOB 45 Foo 19x7.\"\n",
        StandardCharsets.UTF_8);
    ImportException e =
        assertThrows(
            ImportException.class, () -> Importers.read("ofac-csv", tmp.resolve("sdn.csv"), "o"));
    assertEquals(
        "sdn.csv line 1: ent_num 1: Remarks DOB: '45 Foo 19x7' is not a date", e.getMessage());
  }

  @Test
  void ofacTruncatedQuoteIsAnError() throws IOException {
    Files.writeString(
        tmp.resolve("sdn.csv"),
        "1,\"A\",-0- ,\"X\",-0-,-0-,-0-,-0-,-0-,-0-,-0-,-0-\n2,\"B",
        StandardCharsets.UTF_8);
    ImportException e =
        assertThrows(
            ImportException.class, () -> Importers.read("ofac-csv", tmp.resolve("sdn.csv"), "o"));
    assertEquals(2, e.line());
  }

  @Test
  void ftmReadsSubjectsAndUsesSanctionRecords() throws IOException {
    Path p =
        write(
            "e.ftm.json",
            """
            {"id":"p1","caption":"Ivan Petrov","schema":"Person","properties":{"name":["Ivan Petrov","Иван Петров"],"firstName":["Ivan"],"lastName":["Petrov"],"weakAlias":["Vanya"],"birthDate":["1970-05"],"nationality":["ru"],"gender":["male"],"passportNumber":["7123"]}}
            {"id":"s1","schema":"Sanction","properties":{"entity":["p1"],"authority":["EU"],"program":["RUS"],"reason":["Board member"],"listingDate":["2022-03-01"]}}
            {"id":"o1","schema":"Ownership","properties":{"owner":["p1"]}}
            {"id":"c1","caption":"Inter LLC","schema":"Company","properties":{"name":["Inter LLC"]}}
            """);
    Importers.Imported r = Importers.readWithNotes("ftm", p, "os");
    assertEquals(2, r.entries().size());
    Entry ivan = r.entries().get(0);
    assertEquals("Ivan Petrov", ivan.displayName());
    assertEquals(List.of("Иван Петров"), names(ivan, NameKind.ALIAS_STRONG));
    assertEquals("Cyrl", ivan.names().get(1).script());
    assertEquals(List.of("Vanya"), names(ivan, NameKind.ALIAS_WEAK));
    assertEquals(List.of(new PartialDate(1970, 5, 0, 0, false)), ivan.birthDates());
    assertEquals(List.of("RUS"), ivan.nationalities());
    assertEquals("EU RUS", ivan.legalBasis());
    assertEquals("Board member", ivan.reason());
    assertEquals("2022-03-01", ivan.listedOn().toString());
    assertEquals(SubjectType.ORGANISATION, r.entries().get(1).type());
    assertEquals(
        List.of("not subjects, used only as details of subjects: Ownership 1, Sanction 1"),
        r.notes());
  }

  @Test
  void ftmBadBirthDateNamesLineAndField() throws IOException {
    Path p =
        write(
            "b.json",
            "\n{\"id\":\"p1\",\"schema\":\"Person\",\"properties\":{\"name\":[\"A\"],\"birthDate\":[\"yesterday\"]}}\n");
    ImportException e = assertThrows(ImportException.class, () -> Importers.read("ftm", p, "os"));
    assertEquals("b.json line 2: Person p1: birthDate: 'yesterday' is not a date", e.getMessage());
  }

  @Test
  void nationalCsvReadsEveryColumn() throws IOException {
    Path p =
        write(
            "ecl.csv",
            "id,type,name,aliases,original_script_name,date_of_birth,place_of_birth,nationality,gender,document_type,document_number,document_country,reason,legal_basis,source_reference,listed_on,review_by,status\n"
                + "ECL-1,person,Muhammad Ali Khan,Abu Talha|M. A. Khan,محمد علی خان,1985|circa 1984,Quetta,Pakistani,male,Passport,AB1234567,PAK,Recruiter,ECL Ordinance 1981 s.2,\"Letter MI/2016/441, Annex A, item 3\",2016-02-10,2017-02-10,ACTIVE\n");
    Entry e = Importers.read("csv", p, "ecl").get(0);
    assertEquals("ecl:ECL-1", e.id());
    assertEquals(List.of("Abu Talha", "M. A. Khan"), names(e, NameKind.ALIAS_STRONG));
    assertEquals(List.of("محمد علی خان"), names(e, NameKind.ORIGINAL_SCRIPT));
    assertEquals(
        List.of(PartialDate.ofYear(1985), new PartialDate(1984, 0, 0, 0, true)), e.birthDates());
    assertEquals(List.of("PAK"), e.nationalities());
    assertEquals("Letter MI/2016/441, Annex A, item 3", e.sourceReference());
    assertEquals("2017-02-10", e.reviewBy().toString());
  }

  @Test
  void nationalCsvRejectsUnknownColumnAndBadDate() throws IOException {
    Path unknown = write("u.csv", "id,name,birthday\n1,A,1970\n");
    ImportException e =
        assertThrows(ImportException.class, () -> Importers.read("csv", unknown, "l"));
    assertTrue(e.getMessage().startsWith("u.csv line 1: birthday: unknown column"), e.getMessage());
    Path bad = write("d.csv", "id,name,date_of_birth\n1,A,1970\n2,B,31.02.1970\n");
    e = assertThrows(ImportException.class, () -> Importers.read("csv", bad, "l"));
    assertEquals("d.csv", e.file());
    assertEquals(3, e.line());
    assertEquals("id 2", e.record());
    assertEquals("date_of_birth", e.field());
  }

  @Test
  void exportThenImportGivesTheSameEntries() throws IOException {
    List<Entry> un = Importers.read("un-xml", resource("un-small.xml"), "l");
    for (String format : List.of("csv", "json")) {
      StringWriter w = new StringWriter();
      if (format.equals("csv")) {
        NationalListFormat.writeCsv(un, w);
      } else {
        NationalListFormat.writeJson(un, w);
      }
      Path p = write("export." + format, w.toString());
      List<Entry> once = Importers.read(format, p, "l");
      StringWriter w2 = new StringWriter();
      if (format.equals("csv")) {
        NationalListFormat.writeCsv(once, w2);
      } else {
        NationalListFormat.writeJson(once, w2);
      }
      List<Entry> twice = Importers.read(format, write("again." + format, w2.toString()), "l");
      assertEquals(once, twice, format);
      assertEquals(un.get(0).birthDates(), once.get(0).birthDates());
      assertEquals(un.get(0).names().size(), once.get(0).names().size());
      assertFalse(once.get(0).legalBasis().isEmpty());
    }
  }

  @Test
  void unknownFormatSaysWhichAreKnown() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Importers.read("xls", resource("un-small.xml"), "l"));
    assertTrue(e.getMessage().contains("un-xml, ofac-csv, ftm, csv, json"));
  }
}
