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
  void equalWordsAndTwoSlipsAreNoSlip() {
    assertEquals(-1, Slip.find("abdul", "abdul"));
    assertEquals(-1, Slip.find("assad", "saasd"));
    assertEquals(-1, Slip.find("ali", "alina"));
    assertFalse(Slip.oneApart("adel", "abdul"));
  }
}
