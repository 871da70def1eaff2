package org.crosspoint.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class PartialDateTest {
  @Test
  void writesIsoAndReadsItBack() {
    for (String s :
        new String[] {"1975", "1975-03", "1975-03-02", "circa 1968", "1968/1970", "0999-01-05"}) {
      assertEquals(s, PartialDate.fromString(s).toString(), s);
    }
  }

  @Test
  void readsTheFormsListsUse() {
    assertEquals("1968/1970", PartialDate.parse("between 1968 and 1970").toString());
    assertEquals("circa 1968", PartialDate.parse("Circa 1968").toString());
    assertEquals("1957-07-30", PartialDate.parse("30 Jul 1957").toString());
    assertEquals("1980-12-01", PartialDate.parse("01.12.1980").toString());
  }

  @Test
  void impossibleDatesAreRefusedWithTheText() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> PartialDate.parse("1990-02-31"));
    assertEquals(true, e.getMessage().contains("1990-02-31"));
    assertThrows(IllegalArgumentException.class, () -> PartialDate.parse("31/31/1990"));
  }

  @Test
  void approximateAndRangeDatesAreCompatibleWithinTheirSpan() {
    assertEquals(
        PartialDate.Agreement.COMPATIBLE,
        PartialDate.parse("circa 1968").compare(PartialDate.parse("1970-05-01")));
    assertEquals(
        PartialDate.Agreement.CONTRADICTS,
        PartialDate.parse("1968/1970").compare(PartialDate.parse("1975")));
    assertEquals(
        PartialDate.Agreement.EXACT,
        PartialDate.parse("1975-03-02").compare(PartialDate.parse("02.03.1975")));
  }

  @Test
  void yearsOverlapIsCompareWithoutMonthAndDay() {
    // same year, another day: the years overlap although the dates contradict
    assertEquals(
        PartialDate.Agreement.CONTRADICTS,
        PartialDate.parse("1975-03-02").compare(PartialDate.parse("1975-04-02")));
    assertEquals(
        true, PartialDate.parse("1975-03-02").yearsOverlap(PartialDate.parse("1975-04-02")));
    assertEquals(false, PartialDate.parse("1975-03-02").yearsOverlap(PartialDate.parse("1976")));
    assertEquals(true, PartialDate.parse("circa 1968").yearsOverlap(PartialDate.parse("1970")));
    assertEquals(
        true, PartialDate.parse("1968/1970").yearsOverlap(PartialDate.parse("1969-01-01")));
    assertEquals(false, PartialDate.parse("1968/1970").yearsOverlap(PartialDate.parse("1975")));
  }
}
