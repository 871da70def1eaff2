package org.crosspoint.country;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Countries by ISO 3166-1 alpha-3 code, which ICAO Doc 9303 uses for issuing states and
 * nationalities, plus ICAO's own codes (D for Germany, XXA stateless, UNO, ...). Resolves codes
 * (alpha-2, alpha-3), English names, the UN list's official forms ("Iran (Islamic Republic of)")
 * and nationality adjectives ("Pakistani"). Built from the JDK's ISO tables, never from the
 * platform's default locale. Thread-safe and immutable after class load.
 */
public final class Countries {
  private static final Map<String, String> NAME_BY_CODE = new TreeMap<>();
  private static final Map<String, String> CODE_BY_KEY = new HashMap<>();

  static {
    for (String a2 : Locale.getISOCountries()) {
      Locale l = new Locale.Builder().setRegion(a2).build();
      String a3;
      try {
        a3 = l.getISO3Country();
      } catch (java.util.MissingResourceException e) {
        continue;
      }
      if (a3.isEmpty()) {
        continue;
      }
      String name = l.getDisplayCountry(Locale.ENGLISH);
      NAME_BY_CODE.put(a3, name);
      CODE_BY_KEY.put(key(a2), a3);
      CODE_BY_KEY.put(key(a3), a3);
      CODE_BY_KEY.put(key(name), a3);
    }
    // ICAO Doc 9303 part 3 codes that are not ISO 3166 alpha-3.
    icao("D", "Germany (ICAO)", "DEU");
    icao("GBD", "British Overseas Territories Citizen", null);
    icao("GBN", "British National (Overseas)", null);
    icao("GBO", "British Overseas Citizen", null);
    icao("GBP", "British Protected Person", null);
    icao("GBS", "British Subject", null);
    icao("UNO", "United Nations Organization", null);
    icao("UNA", "United Nations specialized agency", null);
    icao("UNK", "Resident of Kosovo (UNMIK)", null);
    icao("XBA", "African Development Bank", null);
    icao("XIM", "African Export-Import Bank", null);
    icao("XCC", "Caribbean Community", null);
    icao("XCE", "Council of Europe", null);
    icao("XCO", "Common Market for Eastern and Southern Africa", null);
    icao("XDC", "Southern African Development Community", null);
    icao("XES", "Organisation of Eastern Caribbean States", null);
    icao("XMP", "Parliamentary Assembly of the Mediterranean", null);
    icao("XEC", "Economic Community of West African States", null);
    icao("XPO", "INTERPOL", null);
    icao("XOM", "Sovereign Military Order of Malta", null);
    icao("XXA", "Stateless person", null);
    icao("XXB", "Refugee (1951 Convention)", null);
    icao("XXC", "Refugee (other)", null);
    icao("XXX", "Unspecified nationality", null);
    icao("EUE", "European Union", null);
    icao("RKS", "Kosovo", null);
    // Official and common forms used by the UN and OFAC lists, and nationality adjectives.
    String[][] aliases = {
      {"Iran (Islamic Republic of)", "IRN"},
      {"Iran", "IRN"},
      {"Iranian", "IRN"},
      {"Syrian Arab Republic", "SYR"},
      {"Syria", "SYR"},
      {"Syrian", "SYR"},
      {"Russian Federation", "RUS"},
      {"Russian", "RUS"},
      {"United Kingdom of Great Britain and Northern Ireland", "GBR"},
      {"United Kingdom", "GBR"},
      {"UK", "GBR"},
      {"Great Britain", "GBR"},
      {"British", "GBR"},
      {"United States of America", "USA"},
      {"United States", "USA"},
      {"US", "USA"},
      {"American", "USA"},
      {"Democratic Republic of the Congo", "COD"},
      {"Congo, Democratic Republic of the", "COD"},
      {"Congo-Kinshasa", "COD"},
      {"Republic of the Congo", "COG"},
      {"Congo", "COG"},
      {"Democratic People's Republic of Korea", "PRK"},
      {"North Korea", "PRK"},
      {"Korea, North", "PRK"},
      {"Republic of Korea", "KOR"},
      {"South Korea", "KOR"},
      {"Korea, South", "KOR"},
      {"Lao People's Democratic Republic", "LAO"},
      {"Viet Nam", "VNM"},
      {"Vietnam", "VNM"},
      {"Republic of Moldova", "MDA"},
      {"United Republic of Tanzania", "TZA"},
      {"Bolivia (Plurinational State of)", "BOL"},
      {"Venezuela (Bolivarian Republic of)", "VEN"},
      {"State of Palestine", "PSE"},
      {"Palestinian", "PSE"},
      {"Palestine", "PSE"},
      {"Türkiye", "TUR"},
      {"Turkey", "TUR"},
      {"Turkish", "TUR"},
      {"Côte d'Ivoire", "CIV"},
      {"Ivory Coast", "CIV"},
      {"Burma", "MMR"},
      {"Myanmar", "MMR"},
      {"Pakistani", "PAK"},
      {"Afghan", "AFG"},
      {"Afghani", "AFG"},
      {"Indian", "IND"},
      {"Canadian", "CAN"},
      {"Iraqi", "IRQ"},
      {"Saudi", "SAU"},
      {"Saudi Arabian", "SAU"},
      {"Yemeni", "YEM"},
      {"Egyptian", "EGY"},
      {"Jordanian", "JOR"},
      {"Lebanese", "LBN"},
      {"Libyan", "LBY"},
      {"Tunisian", "TUN"},
      {"Algerian", "DZA"},
      {"Moroccan", "MAR"},
      {"Somali", "SOM"},
      {"Sudanese", "SDN"},
      {"Kuwaiti", "KWT"},
      {"Qatari", "QAT"},
      {"Emirati", "ARE"},
      {"UAE", "ARE"},
      {"Bahraini", "BHR"},
      {"Omani", "OMN"},
      {"Uzbek", "UZB"},
      {"Uzbekistani", "UZB"},
      {"Tajik", "TJK"},
      {"Tajikistani", "TJK"},
      {"Turkmen", "TKM"},
      {"Kazakh", "KAZ"},
      {"Kyrgyz", "KGZ"},
      {"Chinese", "CHN"},
      {"Bangladeshi", "BGD"},
      {"Sri Lankan", "LKA"},
      {"Nepali", "NPL"},
      {"Indonesian", "IDN"},
      {"Malaysian", "MYS"},
      {"Filipino", "PHL"},
      {"French", "FRA"},
      {"German", "DEU"},
      {"Belgian", "BEL"},
      {"Dutch", "NLD"},
      {"Swedish", "SWE"},
      {"Danish", "DNK"},
      {"Norwegian", "NOR"},
      {"Australian", "AUS"},
      {"Nigerian", "NGA"},
      {"Kenyan", "KEN"},
      {"Malian", "MLI"},
      {"Mauritanian", "MRT"},
      {"Chechen", "RUS"},
      {"Azerbaijani", "AZE"},
      {"Georgian", "GEO"},
      {"Spanish", "ESP"},
      {"Italian", "ITA"},
      {"Bosnian", "BIH"},
      {"Albanian", "ALB"},
      {"Kosovar", "RKS"},
      {"Cuban", "CUB"},
      {"Mexican", "MEX"},
      {"Colombian", "COL"},
      {"Venezuelan", "VEN"},
      {"Israeli", "ISR"},
      {"Ethiopian", "ETH"},
      {"Eritrean", "ERI"},
      {"Chadian", "TCD"},
      {"Nigerien", "NER"},
      {"Burkinabe", "BFA"},
      {"Belarusian", "BLR"},
      {"Ukrainian", "UKR"},
      {"Kurdish", "IRQ"},
      // JDK display names differ from the UN/OFAC forms for these.
      {"Hong Kong", "HKG"},
      {"Macau", "MAC"},
      {"Macao", "MAC"},
      {"Cabo Verde", "CPV"},
      {"Saint Kitts and Nevis", "KNA"},
      {"Saint Vincent and the Grenadines", "VCT"},
      {"St. Vincent and the Grenadines", "VCT"},
      {"Saint Lucia", "LCA"},
      {"North Macedonia", "MKD"},
      {"Macedonia, The Former Yugoslav Republic of", "MKD"}
    };
    for (String[] a : aliases) {
      CODE_BY_KEY.putIfAbsent(key(a[0]), a[1]);
    }
    CODE_BY_KEY.put(key("Kurdish"), "IRQ");
  }

  private Countries() {}

  private static void icao(String code, String name, String isoEquivalent) {
    NAME_BY_CODE.putIfAbsent(code, name);
    CODE_BY_KEY.put(key(code), isoEquivalent == null ? code : isoEquivalent);
    if (isoEquivalent == null) {
      CODE_BY_KEY.putIfAbsent(key(name), code);
    }
  }

  static String key(String s) {
    String n = Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
    // The JDK writes "Trinidad & Tobago"; the UN and OFAC write "and".
    n = n.toLowerCase(Locale.ROOT).replace("&", " and ").replaceAll("[^a-z0-9]+", " ").strip();
    if (n.startsWith("the ")) {
      n = n.substring(4);
    }
    return n;
  }

  /**
   * The ISO alpha-3 (or ICAO) code for a code, name or nationality adjective; empty when unknown.
   * "D" (ICAO's Germany) resolves to "DEU".
   */
  public static Optional<String> resolve(String codeOrName) {
    if (codeOrName == null || codeOrName.isBlank()) {
      return Optional.empty();
    }
    return Optional.ofNullable(CODE_BY_KEY.get(key(codeOrName)));
  }

  /** The code when resolvable, else the text as given (stripped). */
  public static String codeOrText(String codeOrName) {
    return resolve(codeOrName).orElse(codeOrName == null ? "" : codeOrName.strip());
  }

  /** The English name of a code, or empty. */
  public static Optional<String> name(String code) {
    return Optional.ofNullable(NAME_BY_CODE.get(code));
  }

  /** Whether this three-letter code is an ICAO-recognised issuing state or nationality. */
  public static boolean isKnownCode(String code) {
    return NAME_BY_CODE.containsKey(code);
  }
}
