package org.crosspoint.screening;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.crosspoint.encounter.EncounterStore;
import org.crosspoint.encounter.EncounterStore.StoredEncounter;
import org.crosspoint.matching.Candidate;
import org.crosspoint.matching.Explanation;
import org.crosspoint.matching.MatchIndex;
import org.crosspoint.matching.Query;
import org.crosspoint.registry.Registry;
import org.crosspoint.watchlist.Entry;
import org.crosspoint.watchlist.EntryStatus;
import org.crosspoint.watchlist.Watchlist;

/**
 * The border officer's moment: an encounter in, a decision out, both recorded.
 *
 * <p>Implementation notes. Screening reads an immutable {@link Snapshot} (the compiled match index
 * and the lists it was compiled from) through an {@link AtomicReference}; a daemon thread polls the
 * registry's change counter once a second and swaps in a newly compiled snapshot, so a new listing
 * is live within seconds and screening never waits for, nor sees half of, a rebuild. Data flows one
 * way: nothing here writes the registry. Every decision is stored with its encounter and an audit
 * record in one transaction before it is returned, so an acknowledged encounter survives a kill -9.
 * Thread-safe.
 */
public final class Screener implements AutoCloseable {
  /**
   * How many candidates the index returns per traveller; the decision reads the alerting persons
   * among them (a traveller is a person: organisations, vessels and aircraft are not screened
   * here).
   */
  static final int CANDIDATES = 20;

  /** The compiled state screening reads. */
  record Snapshot(
      long changeCounter,
      MatchIndex index,
      Map<String, Watchlist> lists,
      Map<String, String> versions) {}

  /** One screened encounter. */
  public record Screening(Encounter encounter, Decision decision, double elapsedMs) {}

  static final ObjectMapper JSON =
      JsonMapper.builder()
          .addModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .build();

  private final Registry registry;
  private final EncounterStore encounters;
  private final Function<Encounter, List<RuleOutcome>> rules;
  private final AtomicReference<Snapshot> snapshot = new AtomicReference<>();
  private final ScheduledExecutorService refresher;

  /**
   * Compiles the index now and, when {@code refreshSeconds > 0}, keeps it current.
   *
   * @param rules the document and route rules that apply to an encounter
   */
  public Screener(
      Registry registry,
      EncounterStore encounters,
      Function<Encounter, List<RuleOutcome>> rules,
      int refreshSeconds) {
    this.registry = registry;
    this.encounters = encounters;
    this.rules = rules;
    snapshot.set(compile());
    if (refreshSeconds > 0) {
      refresher =
          Executors.newSingleThreadScheduledExecutor(
              r -> {
                Thread t = new Thread(r, "crosspoint-index-refresh");
                t.setDaemon(true);
                return t;
              });
      refresher.scheduleWithFixedDelay(
          this::refreshQuietly, refreshSeconds, refreshSeconds, TimeUnit.SECONDS);
    } else {
      refresher = null;
    }
  }

  private Snapshot compile() {
    long counter = registry.changeCounter();
    Map<String, Watchlist> lists = new HashMap<>();
    for (Watchlist w : registry.lists()) {
      lists.put(w.id(), w);
    }
    // Versions are read before the entries: if a change lands in between, the version is older
    // than the entry, so a clearance may fail to apply (safe) but never applies to a newer entry.
    Map<String, String> versions = registry.activeVersions();
    return new Snapshot(
        counter, MatchIndex.build(registry.activeEntries()), Map.copyOf(lists), versions);
  }

  /** Entries changed at once above which a full compile is cheaper than patching the index. */
  static final int PATCH_LIMIT = 2_000;

  /**
   * Brings the index up to the registry's latest change; returns whether anything changed. A few
   * changed entries (a listing approved, an entry delisted) patch the index in place of a full
   * compile, so they are live within the poll interval even on a list of a million names.
   */
  public boolean refresh() {
    Snapshot s = snapshot.get();
    long counter = registry.changeCounter();
    if (counter == s.changeCounter()) {
      return false;
    }
    Optional<List<Registry.CurrentVersion>> changed =
        registry.changedSince(s.changeCounter(), PATCH_LIMIT);
    if (changed.isEmpty()) {
      snapshot.set(compile());
      return true;
    }
    MatchIndex index = s.index();
    Map<String, String> versions = new HashMap<>(s.versions());
    for (Registry.CurrentVersion v : changed.get()) {
      Entry e = v.entry();
      if (e.status() == EntryStatus.ACTIVE) {
        index = index.with(e);
        versions.put(e.id(), v.contentHash());
      } else {
        index = index.without(e.id());
        versions.remove(e.id());
      }
    }
    Map<String, Watchlist> lists = new HashMap<>();
    for (Watchlist w : registry.lists()) {
      lists.put(w.id(), w);
    }
    snapshot.set(new Snapshot(counter, index, Map.copyOf(lists), versions));
    return true;
  }

  private void refreshQuietly() {
    try {
      refresh();
    } catch (RuntimeException e) {
      // Keep screening on the last good snapshot; the next poll tries again.
      System.err.println("crosspoint: index refresh failed, keeping the last one: " + e);
    }
  }

  /** Names in the compiled index. */
  public int indexedEntries() {
    return snapshot.get().index().size();
  }

  /** Screens one encounter, stores it with its decision, and returns both. */
  public Screening screen(Encounter encounter) {
    long t0 = System.nanoTime();
    Decision decision = decide(encounter);
    store(encounter, decision);
    return new Screening(encounter, decision, (System.nanoTime() - t0) / 1e6);
  }

  /** Decides without storing: used by what-if tools and tests. */
  public Decision decide(Encounter encounter) {
    Snapshot s = snapshot.get();
    Traveller t = encounter.traveller();
    Query q =
        new Query(t.fullName(), t.birthDate(), t.nationality(), t.gender(), t.document().number());
    List<ListMatch> matches = new ArrayList<>();
    for (Candidate c : s.index().screen(q, CANDIDATES)) {
      if (!c.alert()) {
        continue;
      }
      matches.add(toListMatch(c, s.versions()));
    }
    Set<ClearedPair> cleared = new LinkedHashSet<>();
    String documentKey = encounter.document().key();
    if (!documentKey.isEmpty() && !matches.isEmpty()) {
      encounters
          .clearedFor(documentKey)
          .forEach((entry, version) -> cleared.add(new ClearedPair(documentKey, entry, version)));
    }
    return DecisionMaker.decide(encounter, matches, s.lists(), cleared, rules.apply(encounter));
  }

  private static ListMatch toListMatch(Candidate c, Map<String, String> versions) {
    Explanation e = c.explanation();
    return new ListMatch(
        c.entry().listId(),
        c.entry().id(),
        versions.getOrDefault(c.entry().id(), ""),
        c.matchedName().full(),
        Math.max(0, Math.min(1, c.score())),
        true,
        e.text(),
        field(e, "DOB"),
        field(e, "nationality"),
        field(e, "document"));
  }

  private static String field(Explanation e, String name) {
    StringBuilder b = new StringBuilder();
    for (Explanation.FieldEvidence f : e.fields()) {
      if (f.field().equalsIgnoreCase(name)) {
        if (b.length() > 0) {
          b.append("; ");
        }
        b.append(
            String.format(
                Locale.ROOT, "%s %s %s (%+.2f)", f.query(), f.verdict(), f.listed(), f.effect()));
      }
    }
    return b.toString();
  }

  private void store(Encounter encounter, Decision decision) {
    Set<String> hits = new LinkedHashSet<>();
    for (Reason r : decision.reasons()) {
      if (r.outcome() == Outcome.HIT && !r.entryId().isEmpty()) {
        hits.add(r.entryId());
      }
    }
    Map<String, Object> payload = new java.util.LinkedHashMap<>();
    payload.put("encounter", encounter);
    payload.put("decision", decision);
    String json;
    try {
      json = JSON.writeValueAsString(payload);
    } catch (com.fasterxml.jackson.core.JsonProcessingException ex) {
      throw new IllegalStateException("cannot write encounter " + encounter.id() + " as JSON", ex);
    }
    encounters.save(
        new StoredEncounter(
            encounter.id(),
            encounter.time(),
            encounter.crossingPoint().id(),
            encounter.direction().name(),
            encounter.officer(),
            encounter.traveller().fullName(),
            encounter.document().key(),
            decision.outcome().name(),
            json),
        hits);
  }

  /**
   * A new encounter id: time-ordered prefix for readable listings, random suffix for uniqueness.
   */
  public static String newEncounterId(Instant at) {
    return "E"
        + Long.toString(at.toEpochMilli(), 36).toUpperCase(Locale.ROOT)
        + "-"
        + UUID.randomUUID().toString().substring(0, 8);
  }

  public void printStatus(PrintWriter out) {
    Snapshot s = snapshot.get();
    out.printf(
        Locale.ROOT,
        "index: %d entries from %d lists (registry change %d)%n",
        s.index().size(),
        s.lists().size(),
        s.changeCounter());
  }

  @Override
  public void close() {
    if (refresher != null) {
      refresher.shutdownNow();
    }
  }
}
