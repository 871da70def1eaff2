package org.crosspoint.intake.gazetteer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.crosspoint.country.Countries;

/**
 * Names of places, organisations and nationalities, looked up by exact surface form.
 *
 * <p>Places come from GeoNames cities1000 (CC BY 4.0, www.geonames.org), reduced by {@code
 * scripts/derive-places.js} to the region the reports are about plus large cities elsewhere, plus a
 * hand-kept table of administrative regions that cities1000 (populated places only) lacks, plus
 * every country the JDK's ISO tables name. Organisations come from {@code organisations.tsv}, where
 * each alias resolves to one canonical organisation. Immutable and thread-safe once loaded; load
 * once per process ({@link #standard()}), it takes about 100 ms.
 */
public final class Gazetteer {
  /**
   * GeoNames alternate names include English words ("Mission", "Home", "Police"); a capitalised
   * word at the start of a sentence would then become a place. Measured on the seed reports and
   * re3d dev documents.
   */
  private static final Set<String> NOT_PLACES =
      Set.of(
          "Of",
          "The",
          "Police",
          "Mission",
          "Home",
          "Most",
          "Will",
          "Army",
          "Islamic",
          "Union",
          "Media",
          "Center",
          "Centre",
          "Senate",
          "Victoria",
          "Mercy",
          "Hope",
          "Unity",
          "Liberty",
          "Independence",
          "Justice",
          "Welcome",
          "Progress",
          "Security",
          "University",
          "Ali",
          "Hamid",
          "Khan",
          "Shah",
          "Hassan",
          "Zaman",
          "Mansoor",
          "Said",
          "Umar",
          "Omar",
          "Mustafa",
          "Asad",
          "Gul",
          "Ahmad",
          "Aziz",
          "Adeel",
          "Haji",
          "Bakr",
          "Muhammad",
          "Mohammed",
          "Abdul",
          "Usman",
          "Malik",
          "Hussain",
          "Akbar",
          "Fateh",
          "Daulat",
          "Saeed",
          "Khalid",
          "Tanvir",
          "Izhar",
          "Ibad",
          "Nisar",
          "Chaudhry",
          "Yousaf",
          "Imam",
          "Qari",
          "Hafiz",
          "Mufti",
          "Mullah",
          "Sheikh",
          "Fazlullah",
          "Shahid",
          "Aymen",
          "Abu",
          "President",
          "General",
          "Minister",
          "March",
          "May",
          "June",
          "August",
          "Salafi",
          "Jihad",
          "Lal",
          "Goth",
          "Shakir",
          "Qalandar",
          "Mehsud",
          "Wali",
          "Data",
          "Ghazi",
          "Islam",
          "Muslim",
          "Sunni",
          "Shia",
          "Kurdish",
          "Arab",
          "Coalition",
          "Forces",
          "State",
          "Government",
          "Parliament",
          "Council",
          "Ministry",
          "Office",
          "Department",
          "Agency",
          "Foreign",
          "Interior",
          "Defence",
          "Defense",
          "National",
          "Federal",
          "Provincial",
          "Regional",
          "International",
          "Royal",
          "Air",
          "Naval",
          "Joint",
          "Special",
          "Task",
          "Force",
          "Operation",
          "Inherent",
          "Resolve",
          "Free",
          "Democratic",
          "Popular",
          "Mobilization",
          "Peshmerga",
          "Taliban",
          "Daesh",
          "Caliphate",
          "Emirate",
          "Sharia",
          "Ansar",
          "Jabhat",
          "Nusra",
          "Lashkar",
          "Jaish",
          "Tehreek",
          "Al",
          "El",
          "New",
          "Old",
          "North",
          "South",
          "East",
          "West",
          "Upper",
          "Lower",
          "Central",
          "Saint",
          "San",
          "Santa",
          "Bar",
          "Tal",
          "Jabal",
          "Ras",
          "Umm",
          "Bab",
          "Dar",
          "Bir",
          "Tell",
          "Kafr",
          "Deir",
          "Sultan",
          "Ibn",
          "Bin",
          "Bani",
          "Beni",
          "Zarqa",
          "Amir",
          "Sayyid",
          "Abbas",
          "Hasan",
          "Husayn",
          "Karim",
          "Aziziyah",
          "Salam",
          "Nasr",
          "Nasir",
          "Nur",
          "Noor",
          "Rahim",
          "Rashid",
          "Sadr",
          "Salah",
          "Tariq",
          "Zain",
          "Zayd",
          "Hamza",
          "Jalal",
          "Faisal",
          "Fahad");

  private final Map<String, Place> places;
  private final Map<String, Organisation> organisations;
  private final Map<String, Organisation> byCanonical;
  private final Map<String, String> nationalities;
  private final Map<String, Set<String>> words;
  private final Map<String, PersonWord> personWords;
  private final int maxTokens;

  private static volatile Gazetteer standard;

  private Gazetteer(
      Map<String, Place> places,
      Map<String, Organisation> organisations,
      Map<String, String> nationalities,
      Map<String, Set<String>> words,
      Map<String, PersonWord> personWords) {
    this.words = Map.copyOf(words);
    // 57,718 words: wrapped, not copied (the map is built here and never handed out).
    this.personWords = java.util.Collections.unmodifiableMap(personWords);
    this.places = Map.copyOf(places);
    this.organisations = Map.copyOf(organisations);
    Map<String, Organisation> canon = new HashMap<>();
    for (Organisation o : organisations.values()) {
      canon.put(o.canonical(), o);
    }
    this.byCanonical = Map.copyOf(canon);
    this.nationalities = Map.copyOf(nationalities);
    int max = 1;
    for (String k : places.keySet()) {
      max = Math.max(max, k.split(" ").length);
    }
    for (String k : organisations.keySet()) {
      max = Math.max(max, k.split(" ").length);
    }
    this.maxTokens = Math.min(max, 8);
  }

  /**
   * This gazetteer with the words of the given classes of {@code words.tsv} that {@code drop}
   * accepts left out; everything else shared. For the evaluation's leave-documents-out figure: the
   * hand-kept lists that were written while reading documents (KNOWN_PERSON, NOT_PERSON, MISC),
   * without what a held-out document would have taught.
   */
  public Gazetteer withoutWords(Set<String> classes, java.util.function.Predicate<String> drop) {
    Map<String, Set<String>> kept = new HashMap<>();
    for (Map.Entry<String, Set<String>> e : words.entrySet()) {
      Set<String> s = new java.util.HashSet<>(e.getValue());
      if (classes.contains(e.getKey())) {
        s.removeIf(drop);
      }
      kept.put(e.getKey(), Set.copyOf(s));
    }
    return new Gazetteer(this, kept);
  }

  private Gazetteer(Gazetteer base, Map<String, Set<String>> words) {
    this.words = Map.copyOf(words);
    this.personWords = base.personWords;
    this.places = base.places;
    this.organisations = base.organisations;
    this.byCanonical = base.byCanonical;
    this.nationalities = base.nationalities;
    this.maxTokens = base.maxTokens;
  }

  /** The gazetteer shipped with Crosspoint, loaded once. */
  public static Gazetteer standard() {
    Gazetteer g = standard;
    if (g == null) {
      synchronized (Gazetteer.class) {
        g = standard;
        if (g == null) {
          g = load();
          standard = g;
        }
      }
    }
    return g;
  }

  private static Gazetteer load() {
    Map<String, Place> places = new HashMap<>();
    for (String[] row : rows("places.tsv")) {
      if (!NOT_PLACES.contains(row[0])) {
        places.put(row[0], new Place(row[1], row[2], "CITY"));
      }
    }
    for (String a2 : Locale.getISOCountries()) {
      String n = new Locale.Builder().setRegion(a2).build().getDisplayCountry(Locale.ENGLISH);
      places.put(n, new Place(n, Countries.codeOrText(a2), "COUNTRY"));
    }
    for (String[] c : COUNTRY_FORMS) {
      places.put(c[0], new Place(c[1], c[1], "COUNTRY"));
    }
    for (String[] row : rows("admin-places.tsv")) {
      places.put(row[0], new Place(row[1], row[2], row[3]));
    }
    Map<String, Organisation> orgs = new HashMap<>();
    for (String[] row : rows("organisations.tsv")) {
      Organisation o =
          new Organisation(
              row[0],
              row[1],
              "-".equals(row[2]) ? Optional.empty() : Optional.of(row[2]),
              Arrays.asList(row[3].split("\\|")));
      orgs.put(row[0], o);
      for (String a : o.aliases()) {
        orgs.put(a, o);
      }
    }
    Map<String, String> nat = new HashMap<>();
    for (String[] n : NATIONALITIES) {
      nat.put(n[0], n[1]);
    }
    Map<String, Set<String>> words = new HashMap<>();
    for (String[] row : rows("words.tsv")) {
      for (String w : row[1].split(" ")) {
        words.computeIfAbsent(row[0], k -> new java.util.HashSet<>()).add(w);
      }
    }
    Map<String, PersonWord> personWords = personWords("person-names.tsv");
    return new Gazetteer(places, orgs, nat, words, personWords);
  }

  private static final String[][] COUNTRY_FORMS = {
    {"Syria", "Syria"},
    {"Iran", "Iran"},
    {"Russia", "Russia"},
    {"UK", "United Kingdom"},
    {"Britain", "United Kingdom"},
    {"US", "United States"},
    {"U.S.", "United States"},
    {"USA", "United States"},
    {"America", "United States"},
    {"UAE", "United Arab Emirates"},
    {"Turkey", "Turkey"},
    {"Palestine", "Palestine"},
    {"Gaza", "Gaza"},
    {"Libya", "Libya"},
    {"South Korea", "South Korea"},
    {"North Korea", "North Korea"}
  };

  private static final String[][] NATIONALITIES = {
    {"Pakistani", "PAK"},
    {"Afghan", "AFG"},
    {"Afghani", "AFG"},
    {"Syrian", "SYR"},
    {"Iraqi", "IRQ"},
    {"Iranian", "IRN"},
    {"Indian", "IND"},
    {"Canadian", "CAN"},
    {"Australian", "AUS"},
    {"Uzbek", "UZB"},
    {"Chechen", "RUS"},
    {"Saudi", "SAU"},
    {"American", "USA"},
    {"British", "GBR"},
    {"French", "FRA"},
    {"German", "DEU"},
    {"Turkish", "TUR"},
    {"Russian", "RUS"},
    {"Lebanese", "LBN"},
    {"Jordanian", "JOR"},
    {"Egyptian", "EGY"},
    {"Libyan", "LBY"},
    {"Yemeni", "YEM"},
    {"Kurdish", "-"},
    {"Arab", "-"},
    {"Tajik", "TJK"},
    {"Turkmen", "TKM"},
    {"Bangladeshi", "BGD"},
    {"Chinese", "CHN"},
    {"Belgian", "BEL"},
    {"Dutch", "NLD"},
    {"Tunisian", "TUN"},
    {"Moroccan", "MAR"},
    {"Algerian", "DZA"},
    {"Somali", "SOM"},
    {"Sudanese", "SDN"},
    {"Qatari", "QAT"},
    {"Emirati", "ARE"},
    {"Kuwaiti", "KWT"},
    {"Israeli", "ISR"},
    {"Palestinian", "PSE"},
    {"Nigerian", "NGA"},
    {"Kenyan", "KEN"},
    {"Italian", "ITA"},
    {"Spanish", "ESP"},
    {"Swedish", "SWE"},
    {"Danish", "DNK"},
    {"Norwegian", "NOR"},
    {"Austrian", "AUT"},
    {"Swiss", "CHE"},
    {"Kazakh", "KAZ"},
    {"Kyrgyz", "KGZ"},
    {"Uighur", "CHN"},
    {"Uyghur", "CHN"},
    {"Western", "-"}
  };

  /** "word<TAB>GIVEN|NAME" lines, read without splitting every line into an array. */
  private static Map<String, PersonWord> personWords(String resource) {
    Map<String, PersonWord> out = new HashMap<>(1 << 17);
    try (InputStream in = Gazetteer.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("gazetteer resource missing: " + resource);
      }
      BufferedReader r =
          new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
      String line;
      while ((line = r.readLine()) != null) {
        int tab = line.indexOf('\t');
        if (tab > 0 && !line.startsWith("#")) {
          out.put(
              line.substring(0, tab),
              line.startsWith("GIVEN", tab + 1) ? PersonWord.GIVEN : PersonWord.NAME);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  private static List<String[]> rows(String resource) {
    List<String[]> out = new ArrayList<>();
    try (InputStream in = Gazetteer.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("gazetteer resource missing: " + resource);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = r.readLine()) != null) {
        if (!line.isBlank() && !line.startsWith("#")) {
          out.add(line.split("\t", -1));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  public Optional<Place> place(String surface) {
    return Optional.ofNullable(places.get(surface));
  }

  /** Whether {@code word} ends in a possessive "'s" or "’s" ("ISIL's", "Syria’s"). */
  public static boolean possessive(String word) {
    return word.endsWith("'s") || word.endsWith("’s");
  }

  /** {@code word} without its possessive "'s" / "’s", else unchanged. */
  public static String withoutPossessive(String word) {
    return possessive(word) ? word.substring(0, word.length() - 2) : word;
  }

  public Optional<Organisation> organisation(String surface) {
    Organisation o = organisations.get(surface);
    if (o == null && possessive(surface)) {
      o = organisations.get(surface.substring(0, surface.length() - 2));
    }
    return Optional.ofNullable(o);
  }

  public Optional<Organisation> organisationByCanonical(String canonical) {
    return Optional.ofNullable(byCanonical.get(canonical));
  }

  /** ISO alpha-3 code for a nationality adjective ("Syrian" → SYR), "-" for non-state ones. */
  public Optional<String> nationality(String adjective) {
    String n = nationalities.get(adjective);
    if (n == null && adjective.endsWith("s")) {
      n = nationalities.get(adjective.substring(0, adjective.length() - 1));
    }
    return Optional.ofNullable(n);
  }

  /**
   * Whether {@code word} belongs to a word class of {@code words.tsv}: TITLE, ROLE, LOWER_ROLE,
   * ORG_HEAD, FACILITY, MISC or COMMON.
   */
  public boolean is(String wordClass, String word) {
    Set<String> s = words.get(wordClass);
    if (s == null) {
      return false;
    }
    if (s.contains(word)) {
      return true;
    }
    // "It's", "Coalition’s": the word without its possessive or contraction.
    return possessive(word) && s.contains(withoutPossessive(word));
  }

  /**
   * Whether {@code word} is a word of people's names in {@code person-names.tsv} (public given-name
   * lists, Wikidata person-name tokens, the UN and OFAC individuals; derived by {@code
   * scripts/derive-person-names.sh}): {@link PersonWord#GIVEN} for a given name, {@link
   * PersonWord#NAME} for any other name word, empty otherwise. Compared in lower case without
   * accents and without a possessive. A word that is also a known place, organisation, nationality
   * or a word of a class in {@code words.tsv} ("Jordan", "Isis", "Major") is no evidence of a
   * person and gives empty.
   */
  public Optional<PersonWord> personWord(String word) {
    String w = withoutPossessive(word);
    if (w.isEmpty()
        || places.containsKey(w)
        || organisations.containsKey(w)
        || organisations.containsKey(w.toUpperCase(Locale.ROOT))
        || nationality(w).isPresent()
        || demonym(w)) {
      return Optional.empty();
    }
    for (Set<String> s : words.values()) {
      if (s.contains(w)) {
        return Optional.empty();
      }
    }
    return listedName(w);
  }

  /** "Mauritanian", "Sudanese", "Omani": an adjective of a country's name, not a person's. */
  private boolean demonym(String w) {
    int n = w.length();
    return n > 4
        && (w.endsWith("n") && places.containsKey(w.substring(0, n - 1))
            || w.endsWith("ese") && places.containsKey(w.substring(0, n - 3))
            || w.endsWith("i") && places.containsKey(w.substring(0, n - 1)));
  }

  /**
   * Whether the name lists hold {@code word} at all, even when it is also a place or an
   * organisation ("Qasim" is a town in Iraq and a surname): for telling a surname from a small
   * place inside a person's name.
   */
  public Optional<PersonWord> listedName(String word) {
    String w = withoutPossessive(word);
    boolean ascii = w.chars().allMatch(c -> c < 128);
    String key =
        (ascii
                ? w
                : java.text.Normalizer.normalize(w, java.text.Normalizer.Form.NFD)
                    .replaceAll("\\p{M}", ""))
            .toLowerCase(Locale.ROOT);
    return Optional.ofNullable(personWords.get(key));
  }

  /** Longest entry, in tokens, that a lookup needs to try. */
  public int maxTokens() {
    return maxTokens;
  }
}
