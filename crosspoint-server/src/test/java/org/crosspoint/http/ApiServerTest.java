package org.crosspoint.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.crosspoint.screening.Screener;
import org.crosspoint.screening.ScreenerTest;
import org.crosspoint.store.Store;
import org.crosspoint.watchlist.ListKind;
import org.crosspoint.watchlist.Watchlist;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ApiServerTest {
  @TempDir Path tmp;
  Store store;
  Screener screener;
  ApiServer server;
  final HttpClient http = HttpClient.newHttpClient();

  @BeforeEach
  void setUp() {
    store = Store.open(tmp.resolve("home"));
    store.registry().saveList(Watchlist.of("red", "Red alert", ListKind.RED_ALERT, "MoI"), "t");
    store
        .registry()
        .putEntry(ScreenerTest.person("red", "1", "Fares al-Aruri", "1980", "SYR"), "t", "annex");
    screener = new Screener(store.registry(), store.encounters(), e -> List.of(), 0);
    server =
        new ApiServer(
                store, screener, Clock.fixed(Instant.parse("2026-03-01T08:00:00Z"), ZoneOffset.UTC))
            .start("127.0.0.1", 0);
  }

  @AfterEach
  void tearDown() {
    server.close();
    screener.close();
    store.close();
  }

  private HttpResponse<String> post(String path, String json) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
            .build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private HttpResponse<String> get(String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private static JsonNode json(HttpResponse<String> r) throws Exception {
    return ApiServer.JSON.readTree(r.body());
  }

  @Test
  void screeningAHitThenRecordingAFalseMatchClearsItNextTime() throws Exception {
    String body =
        "{\"traveller\":{\"name\":\"FARES AL ARURI\",\"document\":{\"number\":\"AB999\","
            + "\"issuing_state\":\"SYR\"}},\"direction\":\"ENTRY\","
            + "\"crossing_point\":{\"id\":\"ISB\",\"kind\":\"AIR\"},\"officer\":\"o.khan\"}";
    HttpResponse<String> r = post("/api/screen", body);
    assertEquals(200, r.statusCode(), r.body());
    JsonNode d = json(r);
    assertEquals("HIT", d.get("outcome").asText());
    assertEquals("red:1", d.get("reasons").get(0).get("entry_id").asText());
    // explanations quote the names as written ("ARURI" ~ "al-Aruri"), so compare case-blind
    assertTrue(
        d.get("reasons")
            .get(0)
            .get("explanation")
            .asText()
            .toLowerCase(java.util.Locale.ROOT)
            .contains("aruri"));

    String id = d.get("encounter_id").asText();
    HttpResponse<String> disp =
        post(
            "/api/encounters/" + id + "/dispositions",
            "{\"entry_id\":\"red:1\",\"disposition\":\"FALSE_MATCH\",\"note\":\"other man\","
                + "\"officer\":\"o.khan\"}");
    assertEquals(201, disp.statusCode(), disp.body());

    JsonNode again = json(post("/api/screen", body));
    assertEquals("CLEAR", again.get("outcome").asText());
    assertEquals("CLEARED_BEFORE", again.get("reasons").get(0).get("kind").asText());

    JsonNode audit = json(get("/api/audit/verify"));
    assertTrue(audit.get("intact").asBoolean());
    assertEquals(1, json(get("/api/entries/red:1/sightings")).size());
  }

  @Test
  void badRequestsSayWhatIsWrong() throws Exception {
    HttpResponse<String> r =
        post("/api/screen", "{\"traveller\":{\"name\":\"X\",\"date_of_birth\":\"31/31/1990\"}}");
    assertEquals(400, r.statusCode());
    assertTrue(json(r).get("error").asText().contains("date_of_birth"), r.body());
    HttpResponse<String> m = post("/api/screen", "{not json");
    assertEquals(400, m.statusCode());
    HttpResponse<String> dir =
        post("/api/screen", "{\"traveller\":{\"name\":\"X\"},\"direction\":\"SIDEWAYS\"}");
    assertTrue(json(dir).get("error").asText().contains("direction"), dir.body());
    int encounters = json(get("/api/encounters")).size();
    String huge = "Muhammad Ali ".repeat(100);
    HttpResponse<String> longName =
        post("/api/screen", "{\"traveller\":{\"name\":\"" + huge + "\"}}");
    assertEquals(400, longName.statusCode());
    assertTrue(
        json(longName)
            .get("error")
            .asText()
            .contains("characters long; a name to screen has at most 1000"),
        longName.body());
    assertEquals(encounters, json(get("/api/encounters")).size(), "no encounter recorded");
  }

  @Test
  void mrzIsScreenedAndShown() throws Exception {
    String mrz =
        "{\"mrz\":[\"P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\","
            + "\"L898902C36UTO7408122F1204159ZE184226B<<<<<10\"],\"direction\":\"ENTRY\"}";
    HttpResponse<String> r = post("/api/screen", mrz);
    assertEquals(200, r.statusCode(), r.body());
    JsonNode d = json(r);
    assertEquals("TD3", d.get("mrz").get("format").asText());
    assertEquals("ANNA MARIA ERIKSSON", d.get("traveller_name").asText());
  }

  @Test
  void openApiAndOfficerPageAreServed() throws Exception {
    JsonNode api = json(get("/openapi.json"));
    assertTrue(api.get("paths").has("/api/screen"));
    assertTrue(get("/").body().contains("Crosspoint"));
  }

  @Test
  void manifestIsStreamedOneCommittedTravellerPerLineWithBadRowsReported() throws Exception {
    String csv =
        "full_name,date_of_birth,nationality,document_number,issuing_state\n"
            + "Fares al-Aruri,1980,SYR,S123,SYR\n"
            + ",,,,\n"
            + "Anna Maria Eriksson,1974-08-12,SWE,L898902C3,SWE\n";
    HttpResponse<String> r =
        http.send(
            HttpRequest.newBuilder(
                    URI.create(
                        "http://127.0.0.1:"
                            + server.port()
                            + "/api/manifests?direction=ENTRY&crossing_point=ISB"))
                .POST(HttpRequest.BodyPublishers.ofString(csv, StandardCharsets.UTF_8))
                .build(),
            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    assertEquals(200, r.statusCode(), r.body());
    String[] lines = r.body().split("\n");
    assertEquals("HIT", ApiServer.JSON.readTree(lines[0]).get("outcome").asText(), r.body());
    assertEquals("CLEAR", ApiServer.JSON.readTree(lines[1]).get("outcome").asText(), r.body());
    JsonNode summary = ApiServer.JSON.readTree(lines[lines.length - 1]).get("summary");
    assertEquals(2, summary.get("passengers").asInt(), r.body());
    assertTrue(summary.get("errorCount").asInt() >= 1, r.body());
    assertEquals(2, store.encounters().count());
  }
}
