package org.crosspoint.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.json.JavalinJackson;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.crosspoint.encounter.EncounterStore;
import org.crosspoint.encounter.EncounterStore.Disposition;
import org.crosspoint.encounter.EncounterStore.StoredEncounter;
import org.crosspoint.manifest.ManifestSummary;
import org.crosspoint.mrz.MrzFormatException;
import org.crosspoint.mrz.MrzParser;
import org.crosspoint.registry.Registry;
import org.crosspoint.screening.CrossingKind;
import org.crosspoint.screening.CrossingPoint;
import org.crosspoint.screening.ManifestScreening;
import org.crosspoint.screening.Reason;
import org.crosspoint.screening.Screener;
import org.crosspoint.store.Store;
import org.crosspoint.watchlist.Direction;
import org.crosspoint.watchlist.Watchlist;

/**
 * The REST API and the officer page. JSON in and out; the OpenAPI document is served at {@code
 * /openapi.json}. Binds to 127.0.0.1 unless told otherwise: a crossing point's network decides who
 * may reach it, not this process. Every request body is bounded (1 MB).
 */
public final class ApiServer implements AutoCloseable {
  static final ObjectMapper JSON =
      JsonMapper.builder()
          .addModule(new JavaTimeModule())
          .disable(com.fasterxml.jackson.databind.SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .build();

  private final Store store;
  private final Screener screener;
  private final Clock clock;
  private final Javalin app;

  public ApiServer(Store store, Screener screener, Clock clock) {
    this.store = store;
    this.screener = screener;
    this.clock = clock;
    String page = resource("web/index.html");
    String openapi = resource("openapi.json");
    app =
        Javalin.create(
            config -> {
              config.showJavalinBanner = false;
              config.jsonMapper(new JavalinJackson(JSON, false));
              // Manifests may be large; JSON bodies are held to MAX_JSON in body().
              config.http.maxRequestSize = 64_000_000L;
            });
    app.get("/", ctx -> ctx.html(page));
    app.get("/openapi.json", ctx -> ctx.contentType("application/json").result(openapi));
    app.get(
        "/health",
        ctx -> ctx.json(Map.of("status", "ok", "indexed_entries", screener.indexedEntries())));
    app.post("/api/screen", this::screen);
    app.post("/api/mrz", this::mrz);
    app.post("/api/manifests", this::manifest);
    app.post("/api/encounters/{id}/dispositions", this::dispose);
    app.get("/api/encounters", this::encounters);
    app.get("/api/encounters/{id}", this::encounter);
    app.get("/api/lists", this::lists);
    app.get("/api/entries", this::search);
    app.get("/api/entries/{id}", this::entry);
    app.get("/api/entries/{id}/sightings", this::sightings);
    app.get("/api/audit/verify", ctx -> ctx.json(store.verifyAudit()));
    app.exception(
        IllegalArgumentException.class,
        (e, ctx) -> ctx.status(400).json(Map.of("error", String.valueOf(e.getMessage()))));
    app.exception(
        MrzFormatException.class,
        (e, ctx) -> ctx.status(400).json(Map.of("error", String.valueOf(e.getMessage()))));
    app.exception(
        com.fasterxml.jackson.core.JacksonException.class,
        (e, ctx) ->
            ctx.status(400).json(Map.of("error", "malformed JSON: " + e.getOriginalMessage())));
  }

  public ApiServer start(String host, int port) {
    app.start(host, port);
    return this;
  }

  /** The port actually bound (useful with port 0). */
  public int port() {
    return app.port();
  }

  @Override
  public void close() {
    app.stop();
  }

  static final long MAX_JSON = 1_000_000L;

  private static JsonNode body(Context ctx) throws IOException {
    byte[] b = ctx.bodyAsBytes();
    if (b.length > MAX_JSON) {
      throw new IllegalArgumentException(
          "request body has " + b.length + " bytes; at most " + MAX_JSON + " are accepted here");
    }
    return JSON.readTree(b);
  }

  private void screen(Context ctx) throws IOException {
    EncounterRequest.Parsed p = EncounterRequest.read(body(ctx), clock);
    Screener.Screening s = screener.screen(p.encounter());
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("encounter_id", s.encounter().id());
    out.put("outcome", s.decision().outcome().name());
    out.put("summary", s.decision().summary());
    out.put("traveller_name", s.encounter().traveller().fullName());
    out.put("direction", s.encounter().direction().name());
    out.put("crossing_point", s.encounter().crossingPoint().id());
    out.put("time", s.encounter().time().toString());
    List<Map<String, Object>> reasons = new ArrayList<>();
    for (Reason r : s.decision().reasons()) {
      reasons.add(reason(r));
    }
    out.put("reasons", reasons);
    out.put("notify", s.decision().notifyLists());
    if (p.mrz() != null) {
      out.put("mrz", p.mrz().toJsonFields());
    }
    out.put("elapsed_ms", Math.round(s.elapsedMs() * 100) / 100.0);
    ctx.json(out);
  }

  /** The JSON form of a reason, one shape for the API and the command line. */
  public static Map<String, Object> reason(Reason r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("kind", r.kind().name());
    m.put("outcome", r.outcome().name());
    m.put("summary", r.text());
    if (!r.entryId().isEmpty()) {
      m.put("list_id", r.listId());
      m.put("list_kind", r.listKind() == null ? null : r.listKind().name());
      m.put("entry_id", r.entryId());
      m.put("matched_name", r.matchedName());
      m.put("score", r.score());
      m.put("explanation", r.explanation());
      m.put("date_of_birth", r.birthDateNote());
      m.put("nationality", r.nationalityNote());
      m.put("document", r.documentNote());
    }
    if (!r.ruleId().isEmpty()) {
      m.put("rule_id", r.ruleId());
    }
    return m;
  }

  /**
   * Screens a manifest (the request body, CSV or PAXLST) and streams one JSON line per traveller as
   * soon as its encounter is committed, then a last line with the summary: a client that has read a
   * line holds an acknowledged encounter, whatever happens to the server next.
   */
  private void manifest(Context ctx) throws IOException {
    Direction direction = enumParam(ctx, "direction", Direction.class, Direction.ENTRY);
    CrossingPoint point =
        new CrossingPoint(
            Objects.requireNonNullElse(ctx.queryParam("crossing_point"), "MANIFEST"),
            enumParam(ctx, "kind", CrossingKind.class, CrossingKind.AIR),
            Objects.requireNonNullElse(ctx.queryParam("country"), ""));
    String officer = Objects.requireNonNullElse(ctx.queryParam("officer"), "manifest");
    ctx.res().setContentType("application/x-ndjson");
    ctx.res().setCharacterEncoding("UTF-8");
    OutputStream out = ctx.res().getOutputStream();
    ManifestSummary summary =
        ManifestScreening.run(
            ctx.bodyInputStream(),
            screener,
            direction,
            point,
            officer,
            clock,
            16,
            r -> {
              Map<String, Object> m = new LinkedHashMap<>();
              m.put("number", r.passenger().number());
              m.put("where", r.passenger().where());
              m.put("name", r.passenger().traveller().fullName());
              if (r.screening() != null) {
                m.put("encounter_id", r.screening().encounter().id());
                m.put("outcome", r.screening().decision().outcome().name());
                m.put("summary", r.screening().decision().summary());
              } else {
                m.put("outcome", "ERROR");
                m.put("error", r.error());
              }
              line(out, m);
            });
    line(out, Map.of("summary", summary));
  }

  private static void line(OutputStream out, Object value) {
    try {
      out.write(JSON.writeValueAsBytes(value));
      out.write('\n');
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("the client went away", e);
    }
  }

  private static <E extends Enum<E>> E enumParam(Context ctx, String name, Class<E> type, E dflt) {
    String v = ctx.queryParam(name);
    if (v == null || v.isBlank()) {
      return dflt;
    }
    try {
      return Enum.valueOf(type, v.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          name
              + ": '"
              + v
              + "' is not one of "
              + java.util.Arrays.toString(type.getEnumConstants()),
          e);
    }
  }

  private void mrz(Context ctx) throws IOException {
    JsonNode b = body(ctx);
    List<String> lines = new ArrayList<>();
    b.path("lines").forEach(l -> lines.add(l.asText()));
    if (lines.isEmpty()) {
      throw new IllegalArgumentException("give \"lines\": the MRZ lines as an array of strings");
    }
    ctx.json(
        MrzParser.parse(lines, LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC))
            .toJsonFields());
  }

  private void dispose(Context ctx) throws IOException {
    JsonNode b = body(ctx);
    String encounterId = ctx.pathParam("id");
    String entryId = b.path("entry_id").asText("");
    if (entryId.isEmpty()) {
      throw new IllegalArgumentException("entry_id is required");
    }
    Disposition d;
    try {
      d = Disposition.valueOf(b.path("disposition").asText("").toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "disposition must be one of TRUE_MATCH, FALSE_MATCH, REFERRED", e);
    }
    String officer = b.path("officer").asText("");
    if (officer.isBlank()) {
      throw new IllegalArgumentException("officer is required: a disposition is signed");
    }
    StoredEncounter e =
        store
            .encounters()
            .encounter(encounterId)
            .orElseThrow(() -> new NotFound("no encounter with id " + encounterId));
    String version = entryVersionIn(e, entryId);
    EncounterStore.StoredDisposition sd =
        store
            .encounters()
            .dispose(
                encounterId,
                entryId,
                d,
                b.path("note").asText(""),
                officer,
                version,
                clock.instant());
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("id", sd.id());
    out.put("encounter_id", sd.encounterId());
    out.put("entry_id", sd.entryId());
    out.put("disposition", sd.disposition().name());
    out.put("note", sd.note());
    out.put("officer", sd.officer());
    out.put("at", sd.at().toString());
    ctx.status(201).json(out);
  }

  /** The entry version the decision saw: the clearance is tied to what the officer looked at. */
  private static String entryVersionIn(StoredEncounter e, String entryId) throws IOException {
    JsonNode reasons = JSON.readTree(e.payload()).path("decision").path("reasons");
    for (JsonNode r : reasons) {
      if (entryId.equals(r.path("entryId").asText())) {
        return r.path("entryVersion").asText("");
      }
    }
    throw new IllegalArgumentException(
        "entry " + entryId + " is not among the reasons of encounter " + e.id());
  }

  private void encounters(Context ctx) {
    int limit = Math.min(1000, intParam(ctx, "limit", 50));
    List<Map<String, Object>> out = new ArrayList<>();
    for (StoredEncounter e : store.encounters().recent(limit)) {
      out.add(summary(e));
    }
    ctx.json(out);
  }

  private void encounter(Context ctx) throws IOException {
    String id = ctx.pathParam("id");
    StoredEncounter e =
        store
            .encounters()
            .encounter(id)
            .orElseThrow(() -> new NotFound("no encounter with id " + id));
    Map<String, Object> out = summary(e);
    out.put("record", JSON.readTree(e.payload()));
    out.put("dispositions", store.encounters().dispositions(id));
    ctx.json(out);
  }

  /** The JSON form of a stored encounter's summary, one shape for the API and the command line. */
  public static Map<String, Object> summary(StoredEncounter e) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", e.id());
    m.put("at", e.at().toString());
    m.put("crossing_point", e.crossingPoint());
    m.put("direction", e.direction());
    m.put("officer", e.officer());
    m.put("traveller_name", e.travellerName());
    m.put("document", e.documentKey());
    m.put("outcome", e.outcome());
    return m;
  }

  private void lists(Context ctx) {
    Registry r = store.registry();
    List<Map<String, Object>> out = new ArrayList<>();
    for (Watchlist w : r.lists()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("id", w.id());
      m.put("name", w.name());
      m.put("kind", w.kind().name());
      m.put("agency", w.agency());
      m.put("actions", w.actions());
      m.put("entries", r.entries(w.id()).size());
      out.add(m);
    }
    ctx.json(out);
  }

  private void search(Context ctx) {
    String q = ctx.queryParam("q");
    if (q == null || q.isBlank()) {
      throw new IllegalArgumentException("give ?q=TEXT");
    }
    ctx.json(store.registry().search(q, Math.min(200, intParam(ctx, "limit", 20))));
  }

  private void entry(Context ctx) {
    String id = ctx.pathParam("id");
    ctx.json(store.registry().entry(id).orElseThrow(() -> new NotFound("no entry with id " + id)));
  }

  private void sightings(Context ctx) {
    ctx.json(store.encounters().sightings(ctx.pathParam("id")));
  }

  private static int intParam(Context ctx, String name, int dflt) {
    String v = ctx.queryParam(name);
    if (v == null || v.isBlank()) {
      return dflt;
    }
    try {
      return Integer.parseInt(v.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + ": '" + v + "' is not a number", e);
    }
  }

  private static String resource(String name) {
    try (InputStream in = ApiServer.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** 404: the thing asked for does not exist. */
  static final class NotFound extends io.javalin.http.NotFoundResponse {
    NotFound(String message) {
      super(message);
    }
  }
}
