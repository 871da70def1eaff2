package org.crosspoint.screening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.crosspoint.dates.PartialDate;
import org.crosspoint.encounter.EncounterStore.Disposition;
import org.crosspoint.registry.Registry;
import org.crosspoint.store.Store;
import org.crosspoint.watchlist.Direction;
import org.crosspoint.watchlist.Entry;
import org.crosspoint.watchlist.EntryName;
import org.crosspoint.watchlist.EntryStatus;
import org.crosspoint.watchlist.ListKind;
import org.crosspoint.watchlist.NameKind;
import org.crosspoint.watchlist.SubjectType;
import org.crosspoint.watchlist.Watchlist;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

public class ScreenerTest {
  @TempDir Path tmp;
  Store store;
  Screener screener;

  public static Entry person(String list, String id, String name, String dob, String nationality) {
    return new Entry(
        Entry.idOf(list, id),
        list,
        id,
        SubjectType.PERSON,
        List.of(EntryName.of(name, NameKind.PRIMARY)),
        List.of(PartialDate.parse(dob)),
        List.of(),
        List.of(nationality),
        "M",
        List.of(),
        List.of(),
        List.of("Daesh"),
        "named at Annex (A) of the letter",
        "Anti-Terrorism Act 1997, s. 11EEE",
        "Letter MI/2016/441, Annex A, item " + id,
        LocalDate.of(2016, 6, 1),
        null,
        EntryStatus.ACTIVE);
  }

  @BeforeEach
  void setUp() {
    store = Store.open(tmp.resolve("home"));
    Registry r = store.registry();
    r.saveList(Watchlist.of("red", "Red alert", ListKind.RED_ALERT, "MoI"), "test");
    r.saveList(Watchlist.of("ecl", "Exit Control List", ListKind.EXIT_CONTROL, "MoI"), "test");
    r.putEntry(person("red", "1", "Fares al-Aruri", "1980", "SYR"), "test", "annex A item 1");
    r.putEntry(person("ecl", "2", "Yusuf al-Salafi", "1975", "PAK"), "test", "ECL");
    screener = new Screener(r, store.encounters(), e -> List.of(), 0);
  }

  @AfterEach
  void tearDown() {
    screener.close();
    store.close();
  }

  static Encounter at(String name, Direction d, String docNumber) {
    Traveller t =
        new Traveller(
            "",
            "",
            name,
            null,
            "",
            "",
            TravelDocument.of(DocumentType.PASSPORT, docNumber, "PAK", null));
    return new Encounter(
        Screener.newEncounterId(Instant.now()),
        t,
        d,
        new CrossingPoint("TORKHAM", CrossingKind.LAND, "PAK"),
        Route.UNKNOWN,
        Instant.parse("2026-03-01T08:00:00Z"),
        "o.khan");
  }

  @Test
  void redAlertHitsInEveryDirectionAndNotifies() {
    for (Direction d : Direction.values()) {
      Decision dec = screener.screen(at("FARES AL ARURI", d, "X1")).decision();
      assertEquals(Outcome.HIT, dec.outcome(), d.name());
      assertEquals(List.of("red"), dec.notifyLists());
    }
  }

  @Test
  void exitControlStopsOnExitOnly() {
    assertEquals(
        Outcome.HIT,
        screener.screen(at("YOUSAF AL SALAFI", Direction.EXIT, "X2")).decision().outcome());
    assertEquals(
        Outcome.CLEAR,
        screener.screen(at("YOUSAF AL SALAFI", Direction.ENTRY, "X2")).decision().outcome());
  }

  @Test
  void unrelatedTravellerIsClear() {
    assertEquals(
        Outcome.CLEAR,
        screener.screen(at("Anna Maria Eriksson", Direction.EXIT, "X3")).decision().outcome());
  }

  @Test
  void falseMatchClearsSameDocumentUntilTheEntryChanges() {
    Screener.Screening first = screener.screen(at("FARES AL ARURI", Direction.ENTRY, "AB999"));
    assertEquals(Outcome.HIT, first.decision().outcome());
    Reason r = first.decision().reasons().get(0);
    store
        .encounters()
        .dispose(
            first.encounter().id(),
            r.entryId(),
            Disposition.FALSE_MATCH,
            "different father's name",
            "o.khan",
            r.entryVersion(),
            Instant.now());

    Decision again = screener.decide(at("FARES AL ARURI", Direction.ENTRY, "AB999"));
    assertEquals(Outcome.CLEAR, again.outcome());
    assertEquals(Reason.Kind.CLEARED_BEFORE, again.reasons().get(0).kind());
    assertEquals(
        Outcome.HIT,
        screener.decide(at("FARES AL ARURI", Direction.ENTRY, "OTHER1")).outcome(),
        "another document is not cleared");

    store
        .registry()
        .putEntry(person("red", "1", "Fares al-Aruri", "1981", "SYR"), "analyst", "new DOB");
    assertTrue(screener.refresh());
    assertEquals(
        Outcome.HIT,
        screener.decide(at("FARES AL ARURI", Direction.ENTRY, "AB999")).outcome(),
        "a changed entry must be looked at again");
  }

  @Test
  void newListingIsLiveAfterRefresh() {
    assertEquals(
        Outcome.CLEAR, screener.decide(at("Otari al-Najadi", Direction.ENTRY, "Z1")).outcome());
    store
        .registry()
        .putEntry(person("red", "3", "Otari al-Najadi", "1979", "SYR"), "approver", "annex A");
    assertTrue(screener.refresh());
    assertEquals(
        Outcome.HIT, screener.decide(at("Otari al-Najadi", Direction.ENTRY, "Z1")).outcome());
  }
}
