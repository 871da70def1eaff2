package org.crosspoint.manifest;

import java.io.IOException;
import java.io.Reader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.crosspoint.dates.PartialDate;
import org.crosspoint.manifest.EdifactSegments.Segment;
import org.crosspoint.screening.DocumentType;
import org.crosspoint.screening.Route;
import org.crosspoint.screening.TravelDocument;
import org.crosspoint.screening.Traveller;

/**
 * Reads UN/EDIFACT PAXLST (D02B and D05B as profiled by the WCO/IATA/ICAO API guidelines) one
 * segment at a time and hands on one {@link ManifestPassenger} per NAD+FL (passenger), NAD+FM
 * (crew) or NAD+DDT/DDU (in transit) group.
 *
 * <p>Segments used: TDT (flight), LOC+125/+87 (departure and arrival airport of the flight), NAD
 * (name: element 4, surname then given names), ATT+2 (gender), DTM+329 (date of birth), DTM+36
 * (document expiry), NAT+2 (nationality), DOC (document code and number), LOC+91 (document issuing
 * country), LOC+178/+179/+22 (the passenger's embarkation and debarkation), CNT+42/+41 (declared
 * passengers and crew), UNH/UNT (segment count check). Others are skipped. A bad segment is
 * reported with its number and tag and only its own value is lost; a passenger without a name is
 * dropped and reported, the rest are kept.
 */
final class PaxlstParser {
  private final EdifactSegments segments;
  private final LocalDate today;
  private final Consumer<ManifestPassenger> sink;
  private final Problems problems;
  private String flight = "";
  private String flightDeparture = "";
  private String flightArrival = "";
  private int declared = -1;
  private int passengers;
  private int rejected;
  private int number;
  private int messageStart = -1;
  private PassengerBuilder current;

  PaxlstParser(Reader in, LocalDate today, Consumer<ManifestPassenger> sink, Problems problems)
      throws IOException {
    this.segments = new EdifactSegments(in);
    this.today = today;
    this.sink = sink;
    this.problems = problems;
  }

  private static final class Doc {
    String code = "";
    String number = "";
    String issuing = "";
    LocalDate expiry;
  }

  private final class PassengerBuilder {
    final int firstSegment;
    final boolean crew;
    String surname = "";
    String given = "";
    String gender = "";
    PartialDate birth;
    String nationality = "";
    String departure = "";
    String arrival = "";
    final List<Doc> docs = new ArrayList<>();
    int lastSegment;

    PassengerBuilder(int firstSegment, boolean crew) {
      this.firstSegment = firstSegment;
      this.lastSegment = firstSegment;
      this.crew = crew;
    }

    Doc doc() {
      return docs.isEmpty() ? null : docs.get(docs.size() - 1);
    }
  }

  ManifestSummary run() throws IOException {
    Segment s;
    while ((s = segments.next()) != null) {
      if (s.error() != null) {
        problems.add(s.where(), s.error());
        continue;
      }
      PassengerBuilder before = current;
      try {
        segment(s);
      } catch (IllegalArgumentException e) {
        problems.add(s.where(), e.getMessage());
      }
      if (current != null && current == before) {
        current.lastSegment = s.number();
      }
    }
    if (current != null) {
      problems.add("end of file", "the interchange ends without UNT/UNZ");
      finish();
    }
    if (declared >= 0 && declared != passengers + rejected) {
      problems.add(
          "CNT",
          "the manifest declares " + declared + " people but lists " + (passengers + rejected));
    }
    return new ManifestSummary(
        ManifestFormat.PAXLST, passengers, rejected, declared, problems.kept(), problems.count());
  }

  private void segment(Segment s) {
    switch (s.tag()) {
      case "UNH" -> messageStart = s.number();
      case "UNT" -> {
        finish();
        checkSegmentCount(s);
      }
      case "UNZ", "UNE" -> finish();
      case "TDT" -> flight = s.get(2, 0).strip();
      case "NAD" -> nad(s);
      case "ATT" -> {
        if (current != null && s.get(1, 0).equals("2")) {
          current.gender = FieldValues.gender(s.get(3, 0));
        }
      }
      case "DTM" -> dtm(s);
      case "NAT" -> {
        if (current != null && !s.get(2, 0).isBlank()) {
          current.nationality = s.get(2, 0).strip();
          FieldValues.country(current.nationality); // validates, reports when unknown
        }
      }
      case "DOC" -> {
        if (current != null) {
          Doc d = new Doc();
          d.code = s.get(1, 0).strip();
          d.number = s.get(2, 0).strip();
          current.docs.add(d);
          if (d.number.isEmpty()) {
            throw new IllegalArgumentException("DOC without a document number (element 2)");
          }
        }
      }
      case "LOC" -> loc(s);
      case "CNT" -> {
        String q = s.get(1, 0);
        if (q.equals("42") || q.equals("41")) {
          try {
            declared = Math.max(declared, 0) + Integer.parseInt(s.get(1, 1).strip());
          } catch (NumberFormatException e) {
            throw new IllegalArgumentException("CNT count '" + s.get(1, 1) + "' is not a number");
          }
        }
      }
      default -> {
        // BGM, UNB, UNG, COM, RFF, FTX, EMP, GEI, QTY ...: not needed to screen a person.
      }
    }
  }

  private void checkSegmentCount(Segment s) {
    if (messageStart < 0) {
      throw new IllegalArgumentException("UNT without UNH");
    }
    int actual = s.number() - messageStart + 1;
    String declaredCount = s.get(1, 0).strip();
    if (!declaredCount.equals(String.valueOf(actual))) {
      messageStart = -1;
      throw new IllegalArgumentException(
          "UNT says the message has "
              + declaredCount
              + " segments; it has "
              + actual
              + " (segments lost or added in transfer?)");
    }
    messageStart = -1;
  }

  private void nad(Segment s) {
    String q = s.get(1, 0);
    boolean person = q.equals("FL") || q.equals("DDT");
    boolean crew = q.equals("FM") || q.equals("DDU");
    if (!person && !crew) {
      return; // reporting party (MS) and other parties
    }
    finish();
    number++;
    current = new PassengerBuilder(s.number(), crew);
    current.surname = s.get(4, 0).strip();
    List<String> given = new ArrayList<>();
    List<String> comps = s.size() > 4 ? s.elements().get(4) : List.of();
    for (int i = 1; i < comps.size(); i++) {
      if (!comps.get(i).isBlank()) {
        given.add(comps.get(i).strip());
      }
    }
    current.given = String.join(" ", given);
    if (current.surname.isEmpty() && current.given.isEmpty()) {
      current = null;
      rejected++;
      throw new IllegalArgumentException(
          "NAD+" + q + " without a name (element 4: surname:given names); person dropped");
    }
  }

  private void dtm(Segment s) {
    String q = s.get(1, 0);
    String value = s.get(1, 1);
    String format = s.get(1, 2);
    if (current == null) {
      return; // flight departure/arrival times: not needed
    }
    if (!format.isEmpty() && !format.equals("101") && !format.equals("102")) {
      throw new IllegalArgumentException(
          "DTM+" + q + " date format '" + format + "' is not 101 (YYMMDD) or 102 (CCYYMMDD)");
    }
    switch (q) {
      case "329" -> current.birth = PartialDate.of(FieldValues.compactDate(value, today));
      case "36" -> {
        Doc d = current.doc();
        if (d == null) {
          throw new IllegalArgumentException("DTM+36 (expiry) before any DOC");
        }
        d.expiry = FieldValues.compactDate(value, today.plusYears(50));
      }
      default -> {
        // other dates (issue date 182 ...): not used
      }
    }
  }

  private void loc(Segment s) {
    String q = s.get(1, 0);
    String place = s.get(2, 0).strip();
    if (current == null) {
      switch (q) {
        case "125" -> flightDeparture = place;
        case "87" -> flightArrival = place;
        default -> {}
      }
      return;
    }
    switch (q) {
      case "91" -> {
        Doc d = current.doc();
        if (d == null) {
          throw new IllegalArgumentException("LOC+91 (document issuing country) before any DOC");
        }
        d.issuing = place;
        FieldValues.country(place);
      }
      case "178" -> current.departure = place;
      case "179" -> current.arrival = place;
      case "22" -> {
        if (current.arrival.isEmpty()) {
          current.arrival = place;
        }
      }
      default -> {}
    }
  }

  /** The travel document: the first that is not a visa (a visa is also listed as a DOC). */
  private static TravelDocument document(List<Doc> docs) {
    Doc chosen = null;
    for (Doc d : docs) {
      if (DocumentType.fromMrzCode(d.code) != DocumentType.VISA) {
        chosen = d;
        break;
      }
    }
    if (chosen == null && !docs.isEmpty()) {
      chosen = docs.get(0);
    }
    if (chosen == null) {
      return null;
    }
    return new TravelDocument(
        DocumentType.fromMrzCode(chosen.code),
        chosen.code,
        chosen.number,
        chosen.issuing,
        chosen.expiry,
        null);
  }

  private void finish() {
    PassengerBuilder b = current;
    current = null;
    if (b == null) {
      return;
    }
    Traveller t =
        new Traveller(b.surname, b.given, null, b.birth, b.nationality, b.gender, document(b.docs));
    passengers++;
    sink.accept(
        new ManifestPassenger(
            number,
            "segments " + b.firstSegment + "-" + b.lastSegment,
            t,
            b.crew,
            null,
            flight,
            b.departure.isEmpty() ? flightDeparture : b.departure,
            b.arrival.isEmpty() ? flightArrival : b.arrival,
            Route.UNKNOWN));
  }
}
