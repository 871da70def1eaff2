package org.crosspoint.http;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.crosspoint.country.Countries;
import org.crosspoint.dates.PartialDate;
import org.crosspoint.mrz.Mrz;
import org.crosspoint.mrz.MrzParser;
import org.crosspoint.screening.CrossingKind;
import org.crosspoint.screening.CrossingPoint;
import org.crosspoint.screening.DocumentType;
import org.crosspoint.screening.Encounter;
import org.crosspoint.screening.Route;
import org.crosspoint.screening.Screener;
import org.crosspoint.screening.TravelDocument;
import org.crosspoint.screening.Traveller;
import org.crosspoint.watchlist.Direction;

/**
 * Reads an encounter from the JSON the API and the officer page send:
 *
 * <pre>{@code
 * { "mrz": ["P<PAK...", "AB1234567..."],            // or "traveller": {...} below
 *   "traveller": { "name": "...", "surname": "...", "given_names": "...", "date_of_birth": "1975",
 *                  "nationality": "PAK", "gender": "M",
 *                  "document": { "type": "PASSPORT", "number": "...", "issuing_state": "PAK",
 *                                "expiry": "2030-01-01" } },
 *   "direction": "EXIT", "crossing_point": { "id": "TORKHAM", "kind": "LAND", "country": "PAK" },
 *   "route": { "from": "PAK", "to": "AFG", "via": [] }, "officer": "o.khan" }
 * }</pre>
 *
 * Every problem is reported as an {@link IllegalArgumentException} naming the field.
 */
final class EncounterRequest {
  private EncounterRequest() {}

  /** The parsed MRZ when the request carried one, so the API can show it beside the decision. */
  record Parsed(Encounter encounter, Mrz mrz) {}

  static Parsed read(JsonNode body, Clock clock) {
    if (body == null || !body.isObject()) {
      throw new IllegalArgumentException("request body must be a JSON object");
    }
    Instant now = clock.instant();
    LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
    Mrz mrz = null;
    Traveller traveller;
    if (body.hasNonNull("mrz")) {
      List<String> lines = new ArrayList<>();
      JsonNode m = body.get("mrz");
      if (m.isArray()) {
        m.forEach(l -> lines.add(l.asText()));
        mrz = MrzParser.parse(lines, today);
      } else {
        mrz = MrzParser.parseText(m.asText(), today);
      }
      traveller = Traveller.fromMrz(mrz);
    } else if (body.hasNonNull("traveller")) {
      traveller = traveller(body.get("traveller"));
    } else {
      throw new IllegalArgumentException("give either \"mrz\" (the zone's lines) or \"traveller\"");
    }
    Direction direction = enumOf(Direction.class, text(body, "direction", "ENTRY"), "direction");
    JsonNode cp = body.path("crossing_point");
    CrossingPoint point =
        new CrossingPoint(
            text(cp, "id", "UNKNOWN"),
            enumOf(CrossingKind.class, text(cp, "kind", "AIR"), "crossing_point.kind"),
            country(text(cp, "country", ""), "crossing_point.country"));
    JsonNode r = body.path("route");
    List<String> via = new ArrayList<>();
    r.path("via").forEach(v -> via.add(country(v.asText(), "route.via")));
    Route route =
        new Route(
            country(text(r, "from", ""), "route.from"),
            country(text(r, "to", ""), "route.to"),
            via);
    Instant at = now;
    if (body.hasNonNull("time")) {
      try {
        at = Instant.parse(body.get("time").asText());
      } catch (RuntimeException e) {
        throw new IllegalArgumentException(
            "time: '" + body.get("time").asText() + "' is not an ISO 8601 instant", e);
      }
    }
    Encounter e =
        new Encounter(
            Screener.newEncounterId(at),
            traveller,
            direction,
            point,
            route,
            at,
            text(body, "officer", ""));
    return new Parsed(e, mrz);
  }

  static Traveller traveller(JsonNode t) {
    PartialDate dob = null;
    String d = text(t, "date_of_birth", "");
    if (!d.isEmpty()) {
      try {
        dob = PartialDate.parse(d);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("traveller.date_of_birth: " + e.getMessage(), e);
      }
    }
    JsonNode doc = t.path("document");
    String type = text(doc, "type", "");
    LocalDate expiry = null;
    if (!text(doc, "expiry", "").isEmpty()) {
      try {
        expiry = LocalDate.parse(text(doc, "expiry", ""));
      } catch (RuntimeException e) {
        throw new IllegalArgumentException(
            "traveller.document.expiry: '" + text(doc, "expiry", "") + "' is not YYYY-MM-DD", e);
      }
    }
    TravelDocument document =
        TravelDocument.of(
            type.isEmpty() ? DocumentType.PASSPORT : DocumentType.parse(type),
            text(doc, "number", ""),
            country(text(doc, "issuing_state", ""), "traveller.document.issuing_state"),
            expiry);
    return new Traveller(
        text(t, "surname", ""),
        text(t, "given_names", ""),
        text(t, "name", ""),
        dob,
        country(text(t, "nationality", ""), "traveller.nationality"),
        text(t, "gender", "").toUpperCase(Locale.ROOT),
        document);
  }

  private static String country(String s, String field) {
    if (s.isBlank()) {
      return "";
    }
    return Countries.resolve(s)
        .orElseThrow(
            () -> new IllegalArgumentException(field + ": '" + s + "' is not a known country"));
  }

  private static String text(JsonNode n, String field, String dflt) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? dflt : v.asText().strip();
  }

  private static <E extends Enum<E>> E enumOf(Class<E> type, String s, String field) {
    try {
      return Enum.valueOf(type, s.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          field
              + ": '"
              + s
              + "' is not one of "
              + java.util.Arrays.toString(type.getEnumConstants()),
          e);
    }
  }
}
