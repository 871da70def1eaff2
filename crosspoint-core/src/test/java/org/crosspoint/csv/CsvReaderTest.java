package org.crosspoint.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CsvReaderTest {
  private static List<List<String>> all(String text) {
    try (CsvReader r = new CsvReader(new StringReader(text))) {
      List<List<String>> out = new ArrayList<>();
      List<String> f;
      while ((f = r.next()) != null) {
        out.add(f);
      }
      return out;
    }
  }

  @Test
  void plainFieldsAndLineEndings() {
    assertEquals(
        List.of(List.of("a", "b"), List.of("c", "d"), List.of("e", "")), all("a,b\r\nc,d\ne,\r"));
  }

  @Test
  void quotedFieldsHoldDelimitersQuotesAndLineBreaks() {
    assertEquals(
        List.of(List.of("x, y", "say \"hi\"", "two\nlines"), List.of("z")),
        all("\"x, y\",\"say \"\"hi\"\"\",\"two\nlines\"\nz\n"));
  }

  @Test
  void lineNumberIsWhereTheRecordStarts() {
    try (CsvReader r = new CsvReader(new StringReader("a\n\"b\nc\"\nd\n"))) {
      r.next();
      assertEquals(1, r.line());
      r.next();
      assertEquals(2, r.line());
      assertEquals(List.of("d"), r.next());
      assertEquals(4, r.line());
      assertNull(r.next());
    }
  }

  @Test
  void byteOrderMarkIsSkippedAndUnicodeKept() {
    assertEquals(List.of(List.of("id", "أيمن الظواهري", "𝔸")), all("\uFEFFid,أيمن الظواهري,𝔸\n"));
  }

  @Test
  void unclosedQuoteIsAnErrorNamingTheLine() {
    CsvException e = assertThrows(CsvException.class, () -> all("a\nb\n\"never closed,\n"));
    assertEquals(3, e.line());
    assertTrue(e.getMessage().contains("not closed"), e.getMessage());
  }

  @Test
  void textAfterClosingQuoteIsAnError() {
    assertThrows(CsvException.class, () -> all("\"a\"b,c\n"));
  }

  @Test
  void overlongFieldIsRejected() {
    try (CsvReader r = new CsvReader(new StringReader("\"" + "x".repeat(100)), ',', 10, 5)) {
      CsvException e = assertThrows(CsvException.class, r::next);
      assertTrue(e.getMessage().contains("longer than 10"), e.getMessage());
    }
  }

  @Test
  void tooManyFieldsAreRejected() {
    try (CsvReader r = new CsvReader(new StringReader("a,b,c,d\n"), ',', 10, 3)) {
      assertThrows(CsvException.class, r::next);
    }
  }

  @Test
  void writerOutputReadsBackUnchangedForRandomFields() {
    long seed = System.nanoTime();
    Random rnd = new Random(seed);
    String alphabet = "ab ,\"\n\r|ع‏é";
    List<List<String>> rows = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      List<String> row = new ArrayList<>();
      int n = 1 + rnd.nextInt(5);
      for (int j = 0; j < n; j++) {
        StringBuilder sb = new StringBuilder();
        int len = rnd.nextInt(8);
        for (int k = 0; k < len; k++) {
          sb.append(alphabet.charAt(rnd.nextInt(alphabet.length())));
        }
        row.add(sb.toString());
      }
      if (row.size() == 1 && row.get(0).isEmpty()) {
        row.set(0, "x"); // a lone empty field is a blank line
      }
      rows.add(row);
    }
    StringWriter out = new StringWriter();
    CsvWriter w = new CsvWriter(out);
    rows.forEach(w::write);
    assertEquals(rows, all(out.toString()), "seed " + seed);
  }
}
