package org.crosspoint.watchlist.importer;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Whatever a list file holds, an importer either returns entries or throws {@link ImportException}
 * naming the file: never a NullPointerException, an IllegalArgumentException from a value type, or
 * a hang. Randomised with a printed seed.
 */
class HostileInputTest {
  @TempDir Path tmp;

  private static void onlyImportExceptions(String format, Path p, String context) {
    try {
      Importers.read(format, p, "x");
    } catch (ImportException expected) {
      // the one allowed failure
    } catch (RuntimeException e) {
      fail(context + ": " + e, e);
    }
  }

  @Test
  void everyTruncationOfTheUnFixtureFailsCleanly() throws IOException {
    byte[] full = Files.readAllBytes(ImportersTest.resource("un-small.xml"));
    Path p = tmp.resolve("cut.xml");
    for (int cut = 0; cut < full.length - 30; cut += 7) {
      Files.write(p, java.util.Arrays.copyOf(full, cut));
      int at = cut;
      assertThrows(ImportException.class, () -> Importers.read("un-xml", p, "x"), "cut at " + at);
    }
  }

  @Test
  void randomlyMutatedUnXmlFailsCleanly() throws IOException {
    long seed = System.nanoTime();
    Random rnd = new Random(seed);
    byte[] full = Files.readAllBytes(ImportersTest.resource("un-small.xml"));
    byte[] alphabet = "<>/&;\"'=x9-\n ".getBytes(StandardCharsets.UTF_8);
    Path p = tmp.resolve("m.xml");
    for (int round = 0; round < 300; round++) {
      byte[] b = full.clone();
      for (int k = 0; k < 1 + rnd.nextInt(4); k++) {
        b[rnd.nextInt(b.length)] = alphabet[rnd.nextInt(alphabet.length)];
      }
      Files.write(p, b);
      onlyImportExceptions("un-xml", p, "seed " + seed + " round " + round);
    }
  }

  @Test
  void randomlyMutatedOfacCsvFailsCleanly() throws IOException {
    long seed = System.nanoTime();
    Random rnd = new Random(seed);
    byte[] full = Files.readAllBytes(ImportersTest.resource("ofac/sdn.csv"));
    byte[] alphabet = ",\"\n\r;-0'( )aZ9".getBytes(StandardCharsets.UTF_8);
    Path p = tmp.resolve("sdn.csv");
    for (int round = 0; round < 300; round++) {
      byte[] b = full.clone();
      for (int k = 0; k < 1 + rnd.nextInt(4); k++) {
        b[rnd.nextInt(b.length)] = alphabet[rnd.nextInt(alphabet.length)];
      }
      Files.write(p, b);
      onlyImportExceptions("ofac-csv", p, "seed " + seed + " round " + round);
    }
  }

  @Test
  void randomlyMutatedNationalCsvAndJsonFailCleanly() throws IOException {
    long seed = System.nanoTime();
    Random rnd = new Random(seed);
    String csv =
        "id,type,name,aliases,date_of_birth,nationality,gender,document_type,document_number,listed_on,status\n"
            + "1,person,Ali Khan,Abu Talha|A. K.,1985|circa 1984,PAK,M,Passport,AB12,2016-02-10,ACTIVE\n"
            + "2,organisation,Jamaat X,,,,,,,,\n";
    String json =
        "[{\"id\":\"1\",\"name\":\"Ali\",\"aliases\":[\"A\"],\"date_of_birth\":[\"1985\"],"
            + "\"listed_on\":\"2016-02-10\"}]";
    for (String[] f : new String[][] {{"csv", csv, ",\"\n|-x9"}, {"json", json, "[]{}\",:x9"}}) {
      Path p = tmp.resolve("n." + f[0]);
      for (int round = 0; round < 300; round++) {
        char[] c = f[1].toCharArray();
        for (int k = 0; k < 1 + rnd.nextInt(3); k++) {
          c[rnd.nextInt(c.length)] = f[2].charAt(rnd.nextInt(f[2].length()));
        }
        Files.writeString(p, new String(c), StandardCharsets.UTF_8);
        onlyImportExceptions(f[0], p, "seed " + seed + " round " + round);
      }
    }
  }
}
