package org.crosspoint.manifest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.crosspoint.screening.DocumentType;
import org.crosspoint.screening.Traveller;
import org.crosspoint.watchlist.Direction;
import org.junit.jupiter.api.Test;

class ManifestReaderTest {
  static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

  static final String PAXLST =
      String.join(
          "\n",
          "UNA:+.? '",
          "UNB+UNOA:4+AIRLINE:ZZ+BORDER:ZZ+261123:0900+REF1++APIS'",
          "UNH+1+PAXLST:D:05B:UN:IATA+REF1+01:F'",
          "BGM+745'",
          "TDT+20+PK301+++PK'",
          "LOC+125+DXB'",
          "LOC+87+ISB'",
          "NAD+FL+++O?'BRIEN:SEAN:PATRICK'", // 7
          "ATT+2++M'",
          "DTM+329:850315'",
          "NAT+2+IRL'",
          "DOC+P:110:111+PA1234567'",
          "DTM+36:300101'",
          "LOC+91+IRL'",
          "NAD+FL+++KHAN:ASIF'", // 14
          "DTM+329:850332'", // 15: bad day
          "NAT+2+PAK'",
          "DOC+V+VN55'", // a visa first
          "DOC+P+AB7654321'",
          "LOC+91+PAK'",
          "NAD+FL+++'", // 20: no name
          "ATT+2++F'",
          "NAD+FM+++HADDAD:SAMI'", // 22: crew
          "1X+oops'", // 23: not a tag
          "DTM+329:19700101:102'",
          "DOC+PT+N0012345'",
          "LOC+91+SYR'",
          "CNT+42:3'",
          "UNT+27+1'",
          "UNZ+1+REF1'");

  static List<ManifestPassenger> read(String text, ManifestFormat f, List<ManifestSummary> out)
      throws Exception {
    List<ManifestPassenger> ps = new ArrayList<>();
    out.add(ManifestReader.read(new StringReader(text), f, TODAY, ps::add));
    return ps;
  }

  @Test
  void paxlstGivesOneTravellerPerPassengerAndReportsBadSegments() throws Exception {
    List<ManifestSummary> s = new ArrayList<>();
    List<ManifestPassenger> ps = read(PAXLST, ManifestFormat.PAXLST, s);
    ManifestSummary sum = s.get(0);
    assertEquals(3, ps.size());
    assertEquals(3, sum.passengers());
    assertEquals(1, sum.rejected());
    Traveller obrien = ps.get(0).traveller();
    assertEquals("O'BRIEN", obrien.surname());
    assertEquals("SEAN PATRICK", obrien.givenNames());
    assertEquals("1985-03-15", obrien.birthDate().toString());
    assertEquals("M", obrien.gender());
    assertEquals("IRL", obrien.nationality());
    assertEquals("PA1234567", obrien.document().number());
    assertEquals(LocalDate.of(2030, 1, 1), obrien.document().expiry());
    assertEquals("IRL", obrien.document().issuingState());
    assertEquals("PK301", ps.get(0).flight());
    assertEquals("DXB", ps.get(0).departure());
    assertEquals("ISB", ps.get(0).arrival());
    assertEquals("segments 7-13", ps.get(0).where());
    assertNull(ps.get(0).direction());
    org.crosspoint.screening.Encounter e =
        ps.get(0)
            .encounter(
                "m1-1",
                Direction.ENTRY,
                new org.crosspoint.screening.CrossingPoint(
                    "ISB", org.crosspoint.screening.CrossingKind.AIR, "PAK"),
                java.time.Instant.parse("2026-11-23T08:30:00Z"),
                "");
    assertEquals(Direction.ENTRY, e.direction());
    assertEquals("PA1234567", e.document().number());

    Traveller khan = ps.get(1).traveller();
    assertNull(khan.birthDate(), "the bad date is lost, the passenger is not");
    assertEquals("AB7654321", khan.document().number(), "the passport, not the visa");
    assertEquals("PAK", khan.document().issuingState());

    ManifestPassenger crew = ps.get(2);
    assertTrue(crew.crew());
    assertEquals(DocumentType.TRAVEL_DOCUMENT, crew.traveller().document().type());
    assertEquals("1970-01-01", crew.traveller().birthDate().toString());

    List<String> errors = sum.errors().stream().map(ManifestError::toString).toList();
    assertEquals(4, errors.size(), errors.toString());
    assertTrue(errors.get(0).startsWith("segment 15 (DTM): '850332' is not a date"), errors.get(0));
    assertTrue(errors.get(1).startsWith("segment 20 (NAD): NAD+FL without a name"), errors.get(1));
    assertEquals("segment 23 (?): '1X' is not a segment tag", errors.get(2));
    assertEquals("CNT: the manifest declares 3 people but lists 4", errors.get(3));
  }

  @Test
  void unitSegmentCountMismatchIsReported() throws Exception {
    List<ManifestSummary> s = new ArrayList<>();
    read(PAXLST.replace("UNT+27+1", "UNT+26+1"), ManifestFormat.PAXLST, s);
    assertTrue(
        s.get(0).errors().stream()
            .anyMatch(
                e ->
                    e.toString()
                        .equals(
                            "segment 28 (UNT): UNT says the message has 26"
                                + " segments; it has 27 (segments lost or added in transfer?)")),
        s.get(0).errors().toString());
  }

  @Test
  void serviceStringAdviceChangesTheSeparators() throws Exception {
    String text =
        "UNA|*.# ~UNB*UNOA|4*A*B*261123|0900*R~UNH*1*PAXLST|D|05B|UN|IATA~"
            + "NAD*FL***AL#*HASHIMI|OMAR~DOC*P*X1~UNT*4*1~UNZ*1*R~";
    List<ManifestSummary> s = new ArrayList<>();
    List<ManifestPassenger> ps = read(text, ManifestFormat.PAXLST, s);
    assertEquals(1, ps.size());
    assertEquals("AL*HASHIMI", ps.get(0).traveller().surname());
    assertEquals(List.of(), s.get(0).errors());
  }

  @Test
  void overlongSegmentIsSkippedWithoutLosingTheNext() throws Exception {
    String text =
        "UNB+UNOA:4+A+B+261123:0900+R'\nFTX+"
            + "A".repeat(100_000)
            + "'\n"
            + "NAD+FL+++GUL:WALI'\nUNZ+1+R'";
    List<ManifestSummary> s = new ArrayList<>();
    List<ManifestPassenger> ps = read(text, ManifestFormat.PAXLST, s);
    assertEquals(1, ps.size());
    assertEquals(
        "segment 2 (FTX): segment longer than 4096 characters; skipped",
        s.get(0).errors().get(0).toString());
  }

  @Test
  void truncatedInterchangeKeepsWhatWasRead() throws Exception {
    String text = "UNB+UNOA:4+A+B+261123:0900+R'NAD+FL+++GUL:WALI'DOC+P+X";
    List<ManifestSummary> s = new ArrayList<>();
    List<ManifestPassenger> ps = read(text, ManifestFormat.PAXLST, s);
    assertEquals(1, ps.size());
    assertTrue(s.get(0).errors().get(0).message().startsWith("the file ends inside"));
  }

  @Test
  void paxlstCharacterSetComesFromUnb() throws Exception {
    byte[] latin1 =
        "UNB+UNOC:3+A+B+261123:0900+R'NAD+FL+++MÜLLER:JÜRGEN'UNZ+1+R'"
            .getBytes(StandardCharsets.ISO_8859_1);
    List<ManifestPassenger> ps = new ArrayList<>();
    ManifestReader.read(new ByteArrayInputStream(latin1), TODAY, ps::add);
    assertEquals("MÜLLER", ps.get(0).traveller().surname());
  }

  @Test
  void csvColumnsByNameWithBadValuesReportedByLineAndColumn() throws Exception {
    String csv =
        "\uFEFFFull Name,DOB,Nationality,Sex,Document Type,Passport Number,"
            + "Issuing State,Expiry,Direction,Flight,From,To,seat\n"
            + "\"KHAN, Muhammad Asif\",1985-03-15,Pakistani,M,passport,AB1234567,PAK,2030-01-01,"
            + "exit,PK301,PAK,ARE,12A\n"
            + "محمد آصف خان,1985,PAK,M,P,AB1,PAK,2030-13-01,ENTRY,,AFG,PAK,\n"
            + ",1990-01-01,PAK,F,P,X,PAK,2030-01-01,ENTRY,,,,\n"
            + "\"Ali \"\"The Lion\"\"\nHaidari\",circa 1975,AFG,male,travel document,T1,AFG,"
            + "2028-02-29,sideways,,IRN,PAK,\n"
            + "\"BROKEN\"x,1990-01-01,PAK,M,P,Z1,PAK,2030-01-01,ENTRY,,,,\n"
            + "\n"
            + "GUL WALI,1990-01-01,AFG,M,P,Z2,AFG,2030-01-01,ENTRY,,,,\n";
    List<ManifestSummary> s = new ArrayList<>();
    List<ManifestPassenger> ps = read(csv, ManifestFormat.CSV, s);
    assertEquals(4, ps.size());
    assertEquals(2, s.get(0).rejected());
    assertEquals("GUL WALI", ps.get(3).traveller().fullName());
    ManifestPassenger khan = ps.get(0);
    assertEquals("KHAN, Muhammad Asif", khan.traveller().fullName());
    assertEquals("PAK", khan.traveller().nationality());
    assertEquals(Direction.EXIT, khan.direction());
    assertEquals("ARE", khan.route().to());
    assertEquals("محمد آصف خان", ps.get(1).traveller().fullName());
    assertNull(ps.get(1).traveller().document().expiry());
    assertEquals("Ali \"The Lion\"\nHaidari", ps.get(2).traveller().fullName());
    assertEquals(DocumentType.TRAVEL_DOCUMENT, ps.get(2).traveller().document().type());
    assertTrue(ps.get(2).traveller().birthDate().approximate());
    List<String> errors = s.get(0).errors().stream().map(ManifestError::toString).toList();
    assertTrue(errors.get(0).startsWith("line 1: unknown column 'seat' ignored"), errors.get(0));
    assertTrue(errors.get(1).startsWith("line 3 column expiry_date: "), errors.get(1));
    assertEquals("line 4: no name; row dropped", errors.get(2));
    assertEquals(
        "line 5 column direction: 'sideways' is not a direction (ENTRY, EXIT, TRANSIT)",
        errors.get(3));
    assertEquals(
        "line 7: unexpected character 'x' after a closing quote; row dropped", errors.get(4));
    assertEquals(5, errors.size(), errors.toString());
  }

  @Test
  void generatedManifestsReadBackWholeInBothFormats() throws Exception {
    List<String> hits = List.of("Muhammad Asif KHAN", "AL-BAGHDADI, Abu Bakr");
    StringWriter pax = new StringWriter();
    int planted = ManifestGenerator.write(pax, ManifestFormat.PAXLST, 500, 42L, hits, 0.05, TODAY);
    StringWriter csv = new StringWriter();
    ManifestGenerator.write(csv, ManifestFormat.CSV, 500, 42L, hits, 0.05, TODAY);
    StringWriter again = new StringWriter();
    ManifestGenerator.write(again, ManifestFormat.PAXLST, 500, 42L, hits, 0.05, TODAY);
    assertEquals(pax.toString(), again.toString(), "same seed, same file");
    assertTrue(planted > 5 && planted < 60, "planted " + planted);

    List<ManifestSummary> s = new ArrayList<>();
    List<ManifestPassenger> fromPax = read(pax.toString(), ManifestFormat.PAXLST, s);
    List<ManifestPassenger> fromCsv = read(csv.toString(), ManifestFormat.CSV, s);
    assertEquals(List.of(), s.get(0).errors());
    assertEquals(List.of(), s.get(1).errors());
    assertEquals(500, s.get(0).declared());
    assertEquals(500, fromPax.size());
    assertEquals(500, fromCsv.size());
    for (int i = 0; i < 500; i++) {
      Traveller a = fromPax.get(i).traveller();
      Traveller b = fromCsv.get(i).traveller();
      assertEquals(b.surname(), a.surname());
      assertEquals(b.givenNames(), a.givenNames());
      assertEquals(b.birthDate(), a.birthDate());
      assertEquals(b.document().type(), a.document().type());
      assertEquals(b.document().number(), a.document().number());
      assertEquals(b.document().issuingState(), a.document().issuingState());
      assertEquals(b.document().expiry(), a.document().expiry());
      assertEquals(b.nationality(), a.nationality());
      assertEquals(b.gender(), a.gender());
    }
    long baghdadi =
        fromPax.stream().filter(p -> p.traveller().surname().equals("AL-BAGHDADI")).count();
    assertTrue(baghdadi > 0);
    assertTrue(fromPax.stream().anyMatch(p -> p.traveller().surname().equals("O'BRIEN")));
  }
}
