package org.crosspoint.manifest;

import java.io.IOException;
import java.io.Writer;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Writes synthetic manifests for tests and benchmarks: {@code count} travellers from a seeded
 * generator (the same seed gives the same file), in PAXLST or CSV. Names come from built-in pools
 * of Pakistani, Afghan, Arab, Persian, Turkish, South Asian, Chinese, African and European names
 * (with apostrophes, to exercise PAXLST escaping); a share of travellers can carry names from a
 * supplied list (e.g. listed names) to plant hits. About 1% of documents are expired, 3% are
 * Syrian, some are travel documents and ID cards, so the shipped rules fire too.
 */
public final class ManifestGenerator {
  private static final String[] GIVEN = {
    "MUHAMMAD",
    "AHMED",
    "ALI",
    "HASSAN",
    "BILAL",
    "USMAN",
    "IMRAN",
    "ASIF",
    "TARIQ",
    "ZAINAB",
    "FATIMA",
    "AYESHA",
    "SANA",
    "NADIA",
    "GUL",
    "WALI",
    "KHALID",
    "OMAR",
    "YUSUF",
    "IBRAHIM",
    "MARYAM",
    "REZA",
    "MEHDI",
    "SHIRIN",
    "EMRE",
    "AYSE",
    "RAJESH",
    "PRIYA",
    "WEI",
    "LI",
    "AMINA",
    "CHIDI",
    "JOHN",
    "MARY",
    "SEAN",
    "ANNA",
    "PIERRE",
    "HANS",
    "MARIA",
    "DAVID",
    "SARAH",
    "ABDUL",
    "ABDULLAH",
    "HAMZA",
    "NOOR",
    "SAMI",
    "RANA",
    "FAISAL"
  };
  private static final String[] SURNAMES = {
    "KHAN",
    "AHMED",
    "HUSSAIN",
    "MALIK",
    "QURESHI",
    "CHAUDHRY",
    "BUTT",
    "SHEIKH",
    "AFRIDI",
    "YOUSAFZAI",
    "DURRANI",
    "POPALZAI",
    "KARIMI",
    "HAIDARI",
    "AL HASHIMI",
    "AL TIKRITI",
    "HADDAD",
    "NASSER",
    "MANSOUR",
    "RAHIMI",
    "MOHAMMADI",
    "YILMAZ",
    "KAYA",
    "SHARMA",
    "PATEL",
    "WANG",
    "ZHANG",
    "OKAFOR",
    "DIALLO",
    "O'BRIEN",
    "D'SOUZA",
    "SMITH",
    "MUELLER",
    "DUBOIS",
    "ROSSI",
    "GARCIA",
    "JONES",
    "IQBAL",
    "SIDDIQUI",
    "BALOCH",
    "ABBASI",
    "JAVED"
  };
  private static final String[] NATIONALITIES = {
    "PAK", "PAK", "PAK", "PAK", "PAK", "PAK", "PAK", "PAK", "AFG", "AFG", "ARE", "SAU", "GBR",
    "USA", "CHN", "IRN", "IND", "TUR", "DEU", "QAT", "SYR", "BGD", "IRQ", "XXA"
  };
  private static final String[] AIRPORTS = {"DXB", "DOH", "JED", "IST", "LHR", "KBL", "THR"};

  private ManifestGenerator() {}

  /** One synthetic person; package-private so the writers and tests share it. */
  record Person(
      String surname,
      String given,
      String gender,
      LocalDate birth,
      String nationality,
      String docCode,
      String docNumber,
      String issuing,
      LocalDate expiry,
      String from) {}

  /**
   * Writes a manifest.
   *
   * @param format PAXLST or CSV
   * @param count number of travellers
   * @param seed the random seed (printed by callers so a run can be repeated)
   * @param hitNames names to plant ("Given Names SURNAME" or "SURNAME, Given Names"); may be empty
   * @param hitRate the share of travellers given a planted name, 0–1
   * @param today the date of the flight
   * @return the number of travellers given a planted name
   */
  public static int write(
      Writer out,
      ManifestFormat format,
      int count,
      long seed,
      List<String> hitNames,
      double hitRate,
      LocalDate today)
      throws IOException {
    if (count < 0) {
      throw new IllegalArgumentException("count must not be negative: " + count);
    }
    List<String[]> hits = new ArrayList<>();
    for (String n : hitNames) {
      String[] split = splitName(n);
      if (split != null) {
        hits.add(split);
      }
    }
    Random rnd = new Random(seed);
    boolean paxlst = format == ManifestFormat.PAXLST;
    String ref = String.format(Locale.ROOT, "%014d", Math.abs(seed % 100_000_000_000_000L));
    int segments = paxlst ? paxlstHeader(out, today, ref) : csvHeader(out);
    int planted = 0;
    StringBuilder b = new StringBuilder(256);
    for (int i = 0; i < count; i++) {
      Person p = person(rnd, today, i);
      if (!hits.isEmpty() && rnd.nextDouble() < hitRate) {
        String[] h = hits.get(rnd.nextInt(hits.size()));
        p =
            new Person(
                h[0],
                h[1],
                p.gender(),
                p.birth(),
                p.nationality(),
                p.docCode(),
                p.docNumber(),
                p.issuing(),
                p.expiry(),
                p.from());
        planted++;
      }
      b.setLength(0);
      segments += paxlst ? paxlstPassenger(b, p) : csvRow(b, p);
      out.write(b.toString());
    }
    if (paxlst) {
      out.write("CNT+42:" + count + "'\n");
      segments += 2; // CNT and UNT
      out.write("UNT+" + segments + "+1'\n");
      out.write("UNE+1+1'\n");
      out.write("UNZ+1+" + ref + "'\n");
    }
    out.flush();
    return planted;
  }

  private static Person person(Random rnd, LocalDate today, int i) {
    String surname = SURNAMES[rnd.nextInt(SURNAMES.length)];
    String given = GIVEN[rnd.nextInt(GIVEN.length)];
    if (rnd.nextInt(3) == 0) {
      given = given + " " + GIVEN[rnd.nextInt(GIVEN.length)];
    }
    String nat = NATIONALITIES[rnd.nextInt(NATIONALITIES.length)];
    LocalDate birth = today.minusDays(365L * (1 + rnd.nextInt(85)) + rnd.nextInt(365));
    int kind = rnd.nextInt(100);
    String code = kind < 90 ? "P" : kind < 95 ? "I" : "PT";
    String issuing = nat.equals("XXA") ? "DEU" : nat;
    LocalDate expiry =
        rnd.nextInt(100) == 0
            ? today.minusDays(1 + rnd.nextInt(400))
            : today.plusDays(30 + rnd.nextInt(3650));
    String number =
        (char) ('A' + rnd.nextInt(26))
            + String.valueOf((char) ('A' + rnd.nextInt(26)))
            + String.format(Locale.ROOT, "%07d", (i * 7919L + rnd.nextInt(1000)) % 10_000_000);
    return new Person(
        surname,
        given,
        rnd.nextBoolean() ? "M" : "F",
        birth,
        nat,
        code,
        number,
        issuing,
        expiry,
        AIRPORTS[rnd.nextInt(AIRPORTS.length)]);
  }

  /** Surname and given names of a supplied name, folded to A–Z; null when nothing is left. */
  static String[] splitName(String name) {
    String n = Normalizer.normalize(name.strip(), Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
    n = n.toUpperCase(Locale.ROOT).replaceAll("[^A-Z ,'-]+", " ").replaceAll(" +", " ").strip();
    if (n.isEmpty() || n.equals(",")) {
      return null;
    }
    int comma = n.indexOf(',');
    if (comma >= 0) {
      return new String[] {n.substring(0, comma).strip(), n.substring(comma + 1).strip()};
    }
    int sp = n.lastIndexOf(' ');
    return sp < 0 ? new String[] {n, ""} : new String[] {n.substring(sp + 1), n.substring(0, sp)};
  }

  private static String yymmdd(LocalDate d) {
    return String.format(
        Locale.ROOT, "%02d%02d%02d", d.getYear() % 100, d.getMonthValue(), d.getDayOfMonth());
  }

  /** ISO 9735 release character: ? before each of ' + : ? in data. */
  static String escape(String s) {
    return s.replaceAll("([?'+:])", "?$1");
  }

  /** Interchange, group and message headers; returns the message segments written (UNH on). */
  private static int paxlstHeader(Writer out, LocalDate today, String ref) throws IOException {
    String date = yymmdd(today);
    out.write("UNA:+.? '\n");
    out.write("UNB+UNOA:4+CROSSPOINT:ZZ+BORDERAPI:ZZ+" + date + ":0900+" + ref + "++APIS'\n");
    out.write("UNG+PAXLST+CROSSPOINT:ZZ+BORDERAPI:ZZ+" + date + ":0900+1+UN+D:05B'\n");
    String[] header = {
      "UNH+1+PAXLST:D:05B:UN:IATA+" + ref + "+01:F",
      "BGM+745",
      "NAD+MS+++SYNTHETIC MANIFEST GENERATOR",
      "TDT+20+PK9301+++PK",
      "LOC+125+DXB",
      "DTM+189:" + date + "0400:201",
      "LOC+87+ISB",
      "DTM+232:" + date + "0830:201"
    };
    for (String h : header) {
      out.write(h + "'\n");
    }
    return header.length;
  }

  private static int paxlstPassenger(StringBuilder b, Person p) {
    b.append("NAD+FL+++").append(escape(p.surname()));
    for (String g : p.given().split(" ")) {
      if (!g.isEmpty()) {
        b.append(':').append(escape(g));
      }
    }
    b.append("'\nATT+2++").append(p.gender());
    b.append("'\nDTM+329:").append(yymmdd(p.birth()));
    b.append("'\nLOC+178+").append(p.from());
    b.append("'\nLOC+179+ISB");
    b.append("'\nNAT+2+").append(p.nationality());
    b.append("'\nDOC+").append(p.docCode()).append(":110:111+").append(p.docNumber());
    b.append("'\nDTM+36:").append(yymmdd(p.expiry()));
    b.append("'\nLOC+91+").append(p.issuing()).append("'\n");
    return 9;
  }

  private static String csv(String s) {
    return s.matches(".*[\",\\n\\r].*") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
  }

  private static int csvHeader(Writer out) throws IOException {
    out.write(
        "surname,given_names,date_of_birth,nationality,gender,document_type,document_number,"
            + "issuing_state,expiry_date,direction,flight,from,to\n");
    return 0;
  }

  private static int csvRow(StringBuilder b, Person p) {
    b.append(
        String.join(
            ",",
            csv(p.surname()),
            csv(p.given()),
            p.birth().toString(),
            p.nationality(),
            p.gender(),
            p.docCode(),
            p.docNumber(),
            p.issuing(),
            p.expiry().toString(),
            "ENTRY",
            "PK9301",
            "ARE",
            "PAK"));
    b.append('\n');
    return 0;
  }
}
