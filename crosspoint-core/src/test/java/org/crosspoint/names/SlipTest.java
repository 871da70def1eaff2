package org.crosspoint.names;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

class SlipTest {
  @Test
  void findsTheOneSlipAndWhereItIs() {
    assertEquals(2 << 2 | Slip.REPLACED, Slip.find("kony", "kogy"));
    assertEquals(2 << 2 | Slip.SWAPPED, Slip.find("azhar", "azahr"));
    assertEquals(2 << 2 | Slip.EXTRA_IN_FIRST, Slip.find("azbiz", "aziz"));
    assertEquals(1 << 2 | Slip.EXTRA_IN_SECOND, Slip.find("adul", "abdul"));
  }

  @Test
  void findsTheSlipBetweenTheEndsOfTwoWords() {
    // "rotenberg" / "rotenbtgr" after the replaced letter: "rg" / "gr" swapped
    assertEquals(0 << 2 | Slip.SWAPPED, Slip.find("rotenberg", 7, "rotenbtgr", 7));
    assertEquals(4 << 2 | Slip.EXTRA_IN_SECOND, Slip.find("ngudjolo", 2, "gnudjoxlo", 2));
    assertEquals(-1, Slip.find("rotenberg", 6, "rotenbtgr", 6), "two slips from there");
  }

  @Test
  void equalWordsAndTwoSlipsAreNoSlip() {
    assertEquals(-1, Slip.find("abdul", "abdul"));
    assertEquals(-1, Slip.find("assad", "saasd"));
    assertEquals(-1, Slip.find("ali", "alina"));
    assertFalse(Slip.oneApart("adel", "abdul"));
  }
}
