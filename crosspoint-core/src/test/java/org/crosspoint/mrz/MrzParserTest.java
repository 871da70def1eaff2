package org.crosspoint.mrz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Hand-made zones; their check digits are computed by {@link #cd}, written apart from the code. */
class MrzParserTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

  /** Doc 9303 part 3 §4.9, written independently of the parser: weights 7 3 1, mod 10. */
  static char cd(String s) {
    int[] w = {7, 3, 1};
    int sum = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      int v = Character.isDigit(c) ? c - '0' : Character.isLetter(c) ? c - 'A' + 10 : 0;
      sum += v * w[i % 3];
    }
    return (char) ('0' + sum % 10);
  }

  static String pad(String s, int n) {
    return (s + "<".repeat(n)).substring(0, n);
  }

  /** A TD3 zone with correct check digits. */
  static List<String> td3(
      String state,
      String name,
      String number,
      String nat,
      String dob,
      char sex,
      String exp,
      String personal) {
    String l1 = pad("P<" + pad(state, 3) + name, 44);
    String num = pad(number, 9);
    String pn = pad(personal, 14);
    String pnCheck = personal.isEmpty() ? "<" : String.valueOf(cd(pn));
    String body = num + cd(num) + pad(nat, 3) + dob + cd(dob) + sex + exp + cd(exp) + pn + pnCheck;
    String composite = body.substring(0, 10) + body.substring(13, 20) + body.substring(21, 43);
    return List.of(l1, body + cd(composite));
  }

  static List<String> pakistani() {
    return td3("PAK", "KHAN<<MUHAMMAD<ASIF", "AB1234567", "PAK", "850315", 'M', "300101", "");
  }

  @Test
  void checkDigitMatchesTheDoc9303Example() {
    // Doc 9303 part 3 §4.9 worked example: document number L898902C3 has check digit 6.
    assertEquals(6, CheckDigit.compute("L898902C3"));
    assertEquals(2, CheckDigit.compute("740812"));
    assertEquals(-1, CheckDigit.compute("74#812"));
  }

  @Test
  void td3PassportReadsEveryField() {
    Mrz m = MrzParser.parse(pakistani(), TODAY);
    assertEquals(MrzFormat.TD3, m.format());
    assertEquals("P", m.documentCode());
    assertEquals("PAK", m.issuingState());
    assertEquals("AB1234567", m.documentNumber());
    assertEquals("KHAN", m.surname());
    assertEquals("MUHAMMAD ASIF", m.givenNames());
    assertEquals("PAK", m.nationality());
    assertEquals(LocalDate.of(1985, 3, 15), m.birthDate());
    assertEquals(LocalDate.of(2030, 1, 1), m.expiryDate());
    assertEquals("M", m.sex());
    assertEquals("", m.optionalData());
    assertTrue(m.valid());
    assertEquals(List.of(), m.errors());
    assertEquals(List.of(), m.corrected());
  }

  @Test
  void wrongLineLengthNamesLineAndFormat() {
    List<String> z = pakistani();
    MrzFormatException e =
        assertThrows(
            MrzFormatException.class,
            () -> MrzParser.parse(List.of(z.get(0), z.get(1).substring(1)), TODAY));
    assertEquals("MRZ line 2 has 43 characters; TD3 needs 44", e.getMessage());
  }

  @Test
  void wrongLineCountIsRefused() {
    List<String> z = pakistani();
    MrzFormatException e =
        assertThrows(
            MrzFormatException.class,
            () -> MrzParser.parse(List.of(z.get(0), z.get(1), z.get(1), z.get(1)), TODAY));
    assertTrue(e.getMessage().startsWith("4 lines given; an MRZ has 2 lines"), e.getMessage());
    assertThrows(MrzFormatException.class, () -> MrzParser.parse(List.of(), TODAY));
    assertThrows(MrzFormatException.class, () -> MrzParser.parse(List.of("P<PAK"), TODAY));
  }

  @Test
  void strayCharacterIsAnErrorOfItsFieldWithPosition() {
    List<String> z = pakistani();
    String l2 = z.get(1).substring(0, 2) + "#" + z.get(1).substring(3);
    Mrz m = MrzParser.parse(List.of(z.get(0), l2), TODAY);
    assertFalse(m.valid());
    assertTrue(
        m.errors()
            .contains(
                new MrzError("document_number", "line 2 position 3: '#' is not an MRZ character")),
        m.errors().toString());
  }

  @Test
  void arabicLetterInZoneIsReportedByCodePoint() {
    List<String> z = pakistani();
    String l1 = z.get(0).substring(0, 10) + "\u0645" + z.get(0).substring(11);
    Mrz m = MrzParser.parse(List.of(l1, z.get(1)), TODAY);
    assertEquals(
        List.of(new MrzError("name", "line 1 position 11: U+0645 is not an MRZ character")),
        m.errors());
  }

  @Test
  void lowerCaseAndSurroundingSpaceAreTolerated() {
    List<String> z = pakistani();
    Mrz m =
        MrzParser.parse(
            List.of("  " + z.get(0).toLowerCase(java.util.Locale.ROOT) + "\t", "", z.get(1)),
            TODAY);
    assertTrue(m.valid());
    assertEquals("KHAN", m.surname());
  }

  @Test
  void zoneOnOneLineIsSplit() {
    List<String> z = pakistani();
    Mrz m = MrzParser.parse(List.of(z.get(0) + z.get(1)), TODAY);
    assertEquals(MrzFormat.TD3, m.format());
    assertTrue(m.valid());
  }

  @Test
  void letterReadForDigitInDateIsCorrectedWhenCheckDigitConfirms() {
    List<String> z = pakistani();
    // 850315 -> 8S0315: S is read for 5.
    String l2 = z.get(1).substring(0, 13) + "8S0315" + z.get(1).substring(19);
    Mrz m = MrzParser.parse(List.of(z.get(0), l2), TODAY);
    assertTrue(m.valid(), m.errors().toString());
    assertEquals(LocalDate.of(1985, 3, 15), m.birthDate());
    assertEquals(
        List.of(new MrzCorrection("birth_date", 2, 15, "S", "5", "birth_date check digit")),
        m.corrected());
  }

  @Test
  void letterInDateIsNotCorrectedWhenCheckDigitDisagrees() {
    List<String> z = pakistani();
    // 850315 read as 8S0317: mapping S back to 5 still leaves the wrong day, so nothing changes.
    String l2 = z.get(1).substring(0, 13) + "8S0317" + z.get(1).substring(19);
    Mrz m = MrzParser.parse(List.of(z.get(0), l2), TODAY);
    assertFalse(m.valid());
    assertEquals(List.of(), m.corrected());
    assertNull(m.birthDate());
    assertTrue(m.hasError("birth_date"));
  }

  @Test
  void documentNumberSwapNeedsTheCompositeToo() {
    List<String> z = pakistani();
    // AB1234567 read as AB1234S67: only S->5 makes the number's check digit hold, and the
    // composite confirms it. (G for 6 would go unnoticed: G is 16, so the check digit holds.)
    String l2 = "AB1234S67" + z.get(1).substring(9);
    Mrz m = MrzParser.parse(List.of(z.get(0), l2), TODAY);
    assertTrue(m.valid(), m.errors().toString());
    assertEquals("AB1234567", m.documentNumber());
    assertEquals(1, m.corrected().size());
    assertEquals(
        "document_number check digit and composite check digit",
        m.corrected().get(0).confirmedBy());
  }

  @Test
  void wrongCheckDigitIsReportedNotCorrected() {
    List<String> z = pakistani();
    char wrong = z.get(1).charAt(9) == '0' ? '1' : '0';
    String l2 = z.get(1).substring(0, 9) + wrong + z.get(1).substring(10);
    Mrz m = MrzParser.parse(List.of(z.get(0), l2), TODAY);
    assertFalse(m.valid());
    assertTrue(m.hasError("document_number"));
    assertTrue(m.hasError("composite"));
    assertEquals("AB1234567", m.documentNumber());
  }

  @Test
  void digitsInNamesBecomeLettersMarkedUnconfirmed() {
    List<String> z = pakistani();
    String l1 = z.get(0).replace("KHAN", "KHA4").replace("ASIF", "AS1F");
    Mrz m = MrzParser.parse(List.of(l1, z.get(1)), TODAY);
    assertEquals("MUHAMMAD ASIF", m.givenNames());
    assertEquals(1, m.corrected().size()); // 4 is not a usual misreading, so it stays an error
    assertEquals("unconfirmed (no check digit covers names)", m.corrected().get(0).confirmedBy());
  }

  @Test
  void centuriesAreResolvedAgainstToday() {
    Mrz old = MrzParser.parse(td3("PAK", "A<<B", "X1", "PAK", "300101", 'F', "991231", ""), TODAY);
    assertEquals(LocalDate.of(1930, 1, 1), old.birthDate());
    assertEquals(LocalDate.of(1999, 12, 31), old.expiryDate());
    Mrz young =
        MrzParser.parse(td3("PAK", "A<<B", "X1", "PAK", "200101", 'F', "700101", ""), TODAY);
    assertEquals(LocalDate.of(2020, 1, 1), young.birthDate());
    assertEquals(LocalDate.of(2070, 1, 1), young.expiryDate());
    Mrz bornToday =
        MrzParser.parse(td3("PAK", "A<<B", "X1", "PAK", "261123", 'F', "361122", ""), TODAY);
    assertEquals(TODAY, bornToday.birthDate());
    Mrz bornTomorrow =
        MrzParser.parse(td3("PAK", "A<<B", "X1", "PAK", "261124", 'F', "361122", ""), TODAY);
    assertEquals(LocalDate.of(1926, 11, 24), bornTomorrow.birthDate());
  }

  @Test
  void unknownDayAndMonthOfBirthGiveAPartialDate() {
    Mrz m =
        MrzParser.parse(
            td3("AFG", "GUL<<AHMAD", "P0123456", "AFG", "78<<<<", 'M', "300101", ""), TODAY);
    assertTrue(m.valid(), m.errors().toString());
    assertNull(m.birthDate());
    assertEquals("1978", m.birthDatePartial().toString());
    assertEquals(List.of(), m.errors());
  }

  @Test
  void impossibleDateIsAnError() {
    Mrz m = MrzParser.parse(td3("PAK", "A<<B", "X1", "PAK", "850230", 'F', "300101", ""), TODAY);
    assertTrue(m.valid()); // the check digit holds over the digits as printed
    assertTrue(m.hasError("birth_date"));
    assertNull(m.birthDate());
  }

  @Test
  void icaoSpecialCodesAreKnownAndOthersAreErrors() {
    for (String code : List.of("XXA", "XXB", "XXC", "XXX", "UNO", "UNA", "UNK", "GBD", "D")) {
      Mrz m = MrzParser.parse(td3(code, "A<<B", "X1", code, "850315", '<', "300101", ""), TODAY);
      assertEquals(List.of(), m.errors(), code);
      assertEquals(code, m.nationality());
      assertEquals("X", m.sex());
    }
    Mrz m = MrzParser.parse(td3("QQQ", "A<<B", "X1", "UTO", "850315", 'M', "300101", ""), TODAY);
    assertEquals(
        List.of("issuing_state", "nationality"), m.errors().stream().map(MrzError::field).toList());
  }

  @Test
  void digitReadForLetterInCountryIsCorrectedWhenItGivesACode() {
    List<String> z = pakistani();
    String l1 = "P<5YR" + z.get(0).substring(5);
    Mrz m = MrzParser.parse(List.of(l1, z.get(1)), TODAY);
    assertEquals("SYR", m.issuingState());
    assertEquals("ICAO code list", m.corrected().get(0).confirmedBy());
  }

  @Test
  void personalNumberHasItsOwnCheckDigit() {
    Mrz m =
        MrzParser.parse(
            td3("PAK", "A<<B", "X1", "PAK", "850315", 'M', "300101", "3520212345671"), TODAY);
    assertTrue(m.valid(), m.errors().toString());
    assertEquals("3520212345671", m.optionalData());
  }

  @Test
  void td1WithLongDocumentNumberAcceptsEitherOverflowCheckDigit() {
    String number = "ABC123456789";
    String withFiller = number.substring(0, 9) + "<" + number.substring(9);
    for (String over : List.of(withFiller, number)) {
      char check = cd(over);
      String l1 = pad("I<SYR" + number.substring(0, 9) + "<" + number.substring(9) + check, 30);
      String l2 = pad("900101" + cd("900101") + "M300101" + cd("300101") + "SYR", 29);
      String l1WithCheck = l1;
      String composite =
          l1WithCheck.substring(5, 30)
              + l2.substring(0, 7)
              + l2.substring(8, 15)
              + l2.substring(18, 29);
      l2 = l2 + cd(composite);
      List<String> zone = List.of(l1WithCheck, l2, pad("HASSAN<<OMAR", 30));
      Mrz m = MrzParser.parse(zone, TODAY);
      assertEquals(MrzFormat.TD1, m.format());
      assertEquals(number, m.documentNumber());
      assertEquals("OMAR", m.givenNames());
      assertEquals("HASSAN", m.surname());
      assertTrue(m.valid(), over + " " + m.errors());
    }
  }

  @Test
  void visaHasNoCompositeAndNoNumberSwaps() {
    String l1 = pad("V<GBRNASIR<<ZAINAB", 44);
    String num = "VN1234567";
    String dob = "900101";
    String exp = "270101";
    String l2 = num + cd(num) + "PAK" + dob + cd(dob) + "F" + exp + cd(exp) + pad("", 16);
    Mrz m = MrzParser.parse(List.of(l1, l2), TODAY);
    assertEquals(MrzFormat.MRVA, m.format());
    assertTrue(m.valid(), m.errors().toString());
    Mrz swapped = MrzParser.parse(List.of(l1, "VN1234S67" + l2.substring(9)), TODAY);
    assertFalse(swapped.valid());
    assertEquals(List.of(), swapped.corrected());
    Mrz mrvb = MrzParser.parse(List.of(l1.substring(0, 36), l2.substring(0, 36)), TODAY);
    assertEquals(MrzFormat.MRVB, mrvb.format());
    assertEquals("NASIR", mrvb.surname());
  }

  @Test
  void rawOcrTextDropsJunkLinesAndInnerSpaces() {
    List<String> z = pakistani();
    String text =
        "scan 1 of 1\n "
            + z.get(0).substring(0, 20)
            + "  "
            + z.get(0).substring(20)
            + "\r\n"
            + z.get(1)
            + "\n\n";
    Mrz m = MrzParser.parseText(text, TODAY);
    assertTrue(m.valid());
    assertEquals("MUHAMMAD ASIF", m.givenNames());
    assertThrows(MrzFormatException.class, () -> MrzParser.parseText("<".repeat(20_000), TODAY));
  }
}
