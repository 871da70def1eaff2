package org.crosspoint.evaluation;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.crosspoint.csv.CsvWriter;
import org.crosspoint.watchlist.Entry;
import org.crosspoint.watchlist.SubjectType;

/**
 * A realistic {@code screen --batch} input for measuring throughput: travellers with distinct names
 * from many cultures ({@link InnocentPopulation}), each with a date of birth, nationality, gender
 * and passport number, and one in a hundred a perturbed listed name, as on a day's manifests. Every
 * name differs from every other, so a batch cannot be sped up by remembering names it has already
 * screened.
 */
public final class TravellerFile {
  private TravellerFile() {}

  /**
   * Writes {@code count} rows with the columns of {@code screen --batch} to {@code out}.
   *
   * @param listed entries whose person names are perturbed for the listed share; may be empty
   * @return the number of rows that carry a perturbed listed name
   */
  public static int write(Path out, int count, long seed, List<Entry> listed) throws IOException {
    List<String> names = new ArrayList<>();
    for (Entry e : listed) {
      if (e.type() == SubjectType.PERSON) {
        names.add(e.displayName());
      }
    }
    Random r = new Random(seed);
    Perturber perturber = new Perturber(seed);
    Set<String> seen = new HashSet<>();
    int listedRows = 0;
    int written = 0;
    try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      CsvWriter csv = new CsvWriter(w);
      csv.write(List.of("full_name", "date_of_birth", "nationality", "gender", "document_number"));
      long batchSeed = seed;
      // the population repeats common names; draw batches and keep each name once
      while (written < count) {
        List<InnocentPopulation.Traveller> people =
            InnocentPopulation.generate(Math.max(1000, count), ++batchSeed);
        int before = written;
        for (InnocentPopulation.Traveller t : people) {
          if (written == count) {
            break;
          }
          String name = t.name();
          boolean fromList = !names.isEmpty() && r.nextInt(100) == 0;
          if (fromList) {
            name = perturber.perturb(names.get(r.nextInt(names.size()))).name();
          }
          if (!seen.add(name.toLowerCase(Locale.ROOT))) {
            continue;
          }
          if (fromList) {
            listedRows++;
          }
          csv.write(
              List.of(name, t.dob().toString(), t.nationality(), t.gender(), passportNumber(r)));
          written++;
        }
        if (written == before) {
          throw new IllegalArgumentException(
              "cannot generate " + count + " distinct names; got " + written);
        }
      }
      csv.flush();
    }
    return listedRows;
  }

  private static String passportNumber(Random r) {
    StringBuilder sb = new StringBuilder(9);
    sb.append((char) ('A' + r.nextInt(26))).append((char) ('A' + r.nextInt(26)));
    for (int i = 0; i < 7; i++) {
      sb.append((char) ('0' + r.nextInt(10)));
    }
    return sb.toString();
  }
}
