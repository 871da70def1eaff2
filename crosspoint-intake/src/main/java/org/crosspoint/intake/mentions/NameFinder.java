package org.crosspoint.intake.mentions;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosspoint.intake.document.TrueCaser;
import org.crosspoint.intake.gazetteer.Gazetteer;
import org.crosspoint.intake.gazetteer.Organisation;
import org.crosspoint.intake.gazetteer.PersonWord;
import org.crosspoint.intake.gazetteer.Place;
import org.crosspoint.intake.text.Sentence;
import org.crosspoint.intake.text.Token;

/**
 * Persons, organisations, places, nationalities and handles in one sentence, without a statistical
 * model (none is published for English in Maven Central).
 *
 * <p>Implementation notes. A sentence is read left to right. At each token the gazetteer is tried
 * first, longest entry first (so "Islamic Movement of Uzbekistan" beats "Uzbekistan", "Saudi
 * Arabia" beats the adjective "Saudi"). Otherwise a run of capitalised tokens is collected (name
 * particles "al", "bin", "ul" and "al-X" count as capitalised) and classified by its words: an
 * organisation head ("Ministry", "Brigade", "Shura") makes an organisation, a facility word
 * ("Shrine", "Hospital") a place, honorifics and office words before the name become the person's
 * title ("Foreign Secretary Aizaz Ahmad Chaudhry"), and what remains is a person when it has two
 * tokens or a title, or looks like an Arabic-origin name on its own ("Al-Baghdadi",
 * "Saeed-ul-Aslam"). Runs made only of common words ("However", "Senior") are dropped. Single-token
 * back references ("Chaudhry clarified") are resolved later, per document, by {@link
 * MentionFinder}.
 */
final class NameFinder {
  private static final Pattern PARTICLE_NAME =
      Pattern.compile("^(?:al|el|ul|ad|as|ash|az|bin|ibn|bint)-\\p{Lu}.*");
  private static final Set<String> CONNECTORS =
      Set.of("al", "el", "ul", "bin", "ibn", "bint", "ud", "e");
  private static final Pattern ARABIC_SINGLE =
      Pattern.compile(
          "^(?:[Aa]l|[Ee]l)-\\p{Lu}\\p{L}+$|^\\p{Lu}\\p{L}+-(?:ul|ud|ur|us|ud)-\\p{Lu}\\p{L}+$");
  private static final Pattern ORG_PREFIX =
      Pattern.compile(
          "^(Lashkar|Jaish|Jaysh|Tehreek|Tehrik|Harkat|Harakat|Sipah|Jamaat|Jama'at|Jama'a|Jamiat|Ansar|Hizb|Hezb|Jamia|Anjuman|Majlis|Tanzeem|Tanzim|Jund|Jabhat|Ahrar|Liwa|Katibat|Kataib|Kata'ib|Faylaq|Saraya|Asaib|Asa'ib|Hay'at)\\b.*");
  private static final Set<String> HYPHEN_SUFFIX =
      Set.of(
          "based",
          "linked",
          "led",
          "backed",
          "affiliated",
          "inspired",
          "held",
          "controlled",
          "run",
          "style",
          "like",
          "aligned",
          "allied",
          "related",
          "born",
          "owned",
          "sponsored",
          "dominated");
  private static final Set<String> HYPHEN_PREFIX =
      Set.of("pro", "anti", "non", "ex", "post", "pre", "counter");

  /** "Camp Hurriya", "Mount Sinjar", "Lake Tharthar": a site named after its kind. */
  private static final Set<String> SITE_PREFIX =
      Set.of("Camp", "Mount", "Lake", "Fort", "Port", "Cape", "Jebel", "Jabal");

  /**
   * Arabic words for a landform or settlement that open place names and never a person's name ("Tal
   * Afar", "Ras al-Ain", "Deir ez-Zor", "Ayn Issa", "Kafr Nabl", "Jisr al-Shughur"); "Abu" and
   * "Khan" are left out, they open persons' names too.
   */
  private static final Set<String> ARABIC_PLACE_WORD =
      Set.of(
          "Tal", "Tall", "Tell", "Tel", "Ras", "Ayn", "Ain", "Deir", "Dayr", "Jisr", "Qasr", "Kafr",
          "Kfar", "Wadi", "Bir", "Marj", "Maarat", "Ma'arat", "Qalat", "Qalaat", "Wilayat");

  /**
   * Arabic compound names written as one word: "Abd" and a name of God ("Abdulbaset", "Abdelkader",
   * "Abdurrahman"), or a name ending in "-ullah", "-uddin" ("Fazlullah", "Saifuddin").
   */
  private static final Pattern ARABIC_NAME_SHAPE =
      Pattern.compile(
          "^(?:Abd(?:ul|el|al|ur|us|ul)?\\p{Ll}{3,}|\\p{Lu}\\p{Ll}{2,}(?:ullah|allah|uddin|eddine|uddeen))(?:['’]s)?$");

  private static final Pattern ARTICLE =
      Pattern.compile("^(?:[Aa]l|[Ee]l|[Aa]r|[Aa]s|[Aa]d|[Aa]sh)[- ](\\p{Lu}.+)$");

  /** Prepositions after which an unknown name is a place ("in Mezzeh", "near Sabboura"). */
  private static final Set<String> LOCATIVE =
      Set.of("in", "near", "outside", "into", "towards", "toward", "around", "across", "via");

  /** Bodies named after the person who leads them: "the Assad regime", "Maliki government". */
  private static final Set<String> RULE_BODY =
      Set.of("regime", "administration", "government", "forces", "loyalists");

  /** Lower-case kinds of place written after a place's name ("Karrada neighbourhood"). */
  private static final Set<String> PLACE_NOUN =
      Set.of(
          "neighborhood",
          "neighbourhood",
          "district",
          "province",
          "governorate",
          "village",
          "town",
          "city",
          "suburb",
          "area",
          "region",
          "valley",
          "mountains",
          "desert",
          "refugee",
          "camp",
          "airbase",
          "airport",
          "border",
          "crossing",
          "oilfield",
          "dam",
          "river");

  /** Kinds of place written before "of" and the place's name ("the town of San Miguel"). */
  private static final Set<String> PLACE_OF =
      Set.of(
          "town",
          "city",
          "village",
          "hamlet",
          "province",
          "department",
          "municipality",
          "district",
          "region",
          "neighborhood",
          "neighbourhood",
          "suburb",
          "canton",
          "port");

  private static boolean placeOf(List<Token> t, int a) {
    return a >= 2
        && t.get(a - 1).text().equals("of")
        && PLACE_OF.contains(t.get(a - 2).text().toLowerCase(Locale.ROOT));
  }

  /** "the Assad regime", "the Maliki government": a single name before these is a person's. */
  private static final Set<String> PERSONAL_RULE =
      Set.of("regime", "administration", "loyalists", "supporters", "family", "clan");

  private final Gazetteer g;

  private boolean orgHeadBefore(List<Token> t, int from, int to) {
    for (int k = from; k < to; k++) {
      if (g.is("ORG_HEAD", t.get(k).text())
          && !t.get(k).text().equals("Centre")
          && !t.get(k).text().equals("Center")) {
        return true;
      }
    }
    return false;
  }

  NameFinder(Gazetteer g) {
    this.g = g;
  }

  /** Mentions in one sentence; {@code blocked[i]} marks tokens already taken by dates. */
  List<Mention> find(String text, Sentence s, boolean[] blocked) {
    List<Token> t = s.tokens();
    List<Mention> out = new ArrayList<>();
    int i = 0;
    while (i < t.size()) {
      if (blocked[i]) {
        i++;
        continue;
      }
      Token tok = t.get(i);
      if (tok.text().startsWith("@") && tok.text().length() > 1) {
        out.add(
            new Mention(
                MentionType.HANDLE, tok.start(), tok.end(), tok.text(), tok.text(), Map.of()));
        i++;
        continue;
      }
      int n = gazetteer(text, t, i, blocked, out);
      if (n > 0) {
        i += n;
        continue;
      }
      if (hyphenated(tok, orgHeadRunAhead(t, i + 1), out)) {
        i++;
        continue;
      }
      Optional<String> nat = nationality(tok.text());
      int body = nat.isPresent() ? collectiveAfter(t, i) : 0;
      if (body > 0) {
        // "Iraqi security forces", "the Syrian regime": a state's forces named by adjective and
        // noun.
        String surface = text.substring(tok.start(), t.get(i + body).end());
        out.add(
            overTokens(
                MentionType.ORGANISATION,
                t,
                i,
                i + body + 1,
                surface,
                surface,
                Map.of("country", nat.get())));
        i += body + 1;
        continue;
      }
      int group = nat.isPresent() ? peopleGroup(t, i) : 0;
      if (group > 0) {
        // "Syrians", "Iraqi civilians", "Turkish allies": a nation's people as one actor, which
        // re3d marks as an organisation (dev: 17 of 19 plural demonyms). Also a NATIONALITY.
        String surface = text.substring(tok.start(), t.get(i + group - 1).end());
        out.add(
            overTokens(
                MentionType.ORGANISATION,
                t,
                i,
                i + group,
                surface,
                surface,
                Map.of("country", nat.get(), "kind", "PEOPLE")));
      }
      if (nat.isPresent() && !orgHeadRunAhead(t, i + 1)) {
        out.add(
            new Mention(
                MentionType.NATIONALITY,
                tok.start(),
                tok.end(),
                tok.text(),
                nat.get(),
                Map.of("country", nat.get())));
        i++;
        continue;
      }
      if (!startsRun(t, i)) {
        i++;
        continue;
      }
      int j = i;
      while (j < t.size()
          && !blocked[j]
          && inRun(t, j)
          && (j == i
              || gazetteerAt(text, t, j, blocked) == 0
              || surnameLikePlace(t, i, j)
              || surnameLikeTown(text, t, i, j, blocked))
          && (j == i || nationality(t.get(j).text()).isEmpty() || isOrgHeadAhead(t, j))) {
        j++;
      }
      // Organisations continue over "of (the)": "Ministry of Defence", "Islamic State of Iraq".
      while (j + 1 < t.size()
          && hasOrgHead(t, i, j)
          && (t.get(j).text().equals("of") || t.get(j).text().equals("for"))) {
        int k = j + 1;
        if (t.get(k).text().equals("the") && k + 1 < t.size()) {
          k++;
        }
        if (!t.get(k).isCapitalised() || blocked[k]) {
          break;
        }
        int m = k;
        while (m < t.size() && !blocked[m] && inRun(t, m)) {
          m++;
        }
        j = m;
      }
      classify(text, s, t, i, j, out);
      i = Math.max(j, i + 1);
    }
    officesOfBodies(text, t, out);
    return out;
  }

  private static final Set<String> COLLECTIVE =
      Set.of(
          "forces",
          "agencies",
          "army",
          "military",
          "government",
          "troops",
          "regime",
          "police",
          "opposition",
          "authorities",
          "militias",
          "militia",
          "navy",
          "intelligence",
          "rebels",
          "parliament",
          "embassy",
          "media",
          "television");

  /** People named by their nationality and a plural noun: "Syrian civilians", "Arab fighters". */
  private static final Set<String> PEOPLE =
      Set.of(
          "fighters",
          "allies",
          "businesses",
          "children",
          "civilians",
          "refugees",
          "soldiers",
          "officials",
          "citizens",
          "nationals",
          "people",
          "students",
          "writers",
          "universities",
          "companies",
          "partners",
          "militants",
          "rebels",
          "jihadists",
          "volunteers",
          "women",
          "men",
          "families",
          "workers",
          "doctors",
          "leaders",
          "counterparts",
          "organisations",
          "organizations",
          "groups",
          "communities",
          "tribes",
          "youths",
          "members",
          "recruits",
          "diplomats",
          "journalists",
          "activists",
          "residents",
          "politicians",
          "ministers");

  /**
   * Tokens of a people group starting at the nationality word {@code i}: 1 for a plural demonym
   * ("Syrians"), 2 for a demonym and a plural noun ("Iraqi civilians"), else 0.
   */
  private int peopleGroup(List<Token> t, int i) {
    String w = t.get(i).text();
    if (i + 1 < t.size() && PEOPLE.contains(t.get(i + 1).text())) {
      return 2;
    }
    boolean plural = w.endsWith("s") && g.nationality(w.substring(0, w.length() - 1)).isPresent();
    return plural && !g.is("COMMON", w) ? 1 : 0;
  }

  /**
   * Tokens after a nationality adjective that name a state body: 1 ("forces"), 2 ("security
   * forces"), or 0.
   */
  private static int collectiveAfter(List<Token> t, int i) {
    if (i + 2 < t.size()
        && Set.of("security", "armed", "special", "government", "air", "intelligence", "state")
            .contains(t.get(i + 1).text())
        && COLLECTIVE.contains(t.get(i + 2).text())) {
      return 2;
    }
    return i + 1 < t.size() && COLLECTIVE.contains(t.get(i + 1).text()) ? 1 : 0;
  }

  private boolean startsRun(List<Token> t, int i) {
    Token tok = t.get(i);
    if (tok.isCapitalised() && tok.isWord()) {
      return true;
    }
    // "al Salafi was arrested": a particle opening a name.
    return (CONNECTORS.contains(tok.text()) || PARTICLE_NAME.matcher(tok.text()).matches())
            && i + 1 < t.size()
            && t.get(i + 1).isCapitalised()
            && !tok.text().equals("e")
        || PARTICLE_NAME.matcher(tok.text()).matches();
  }

  private boolean inRun(List<Token> t, int j) {
    Token tok = t.get(j);
    if (tok.isCapitalised() && tok.isWord()) {
      return true;
    }
    if (PARTICLE_NAME.matcher(tok.text()).matches()) {
      return true;
    }
    // "Scott C. Dayton", "Gen. Coe": the dot of an initial or a rank abbreviation stays in the run.
    if (tok.text().equals(".")
        && j > 0
        && j + 1 < t.size()
        && t.get(j + 1).isCapitalised()
        && t.get(j - 1).end() == tok.start()
        && (t.get(j - 1).text().length() == 1 && t.get(j - 1).isCapitalised()
            || g.is("TITLE", t.get(j - 1).text() + "."))) {
      return true;
    }
    return (CONNECTORS.contains(tok.text()) || WESTERN_PARTICLE.contains(tok.text()))
        && j + 1 < t.size()
        && (t.get(j + 1).isCapitalised() || WESTERN_PARTICLE.contains(t.get(j + 1).text()))
        && j > 0
        && (t.get(j - 1).isCapitalised() || WESTERN_PARTICLE.contains(t.get(j - 1).text()));
  }

  /** "Staffan de Mistura", "Ursula von der Leyen": particles inside a European name. */
  private static final Set<String> WESTERN_PARTICLE =
      Set.of("de", "da", "di", "du", "del", "della", "dos", "das", "van", "von", "der", "den");

  private boolean hasOrgHead(List<Token> t, int from, int to) {
    for (int k = from; k < to; k++) {
      if (g.is("ORG_HEAD", t.get(k).text())) {
        return true;
      }
    }
    return false;
  }

  private boolean isOrgHeadAhead(List<Token> t, int j) {
    return j + 1 < t.size() && g.is("ORG_HEAD", t.get(j + 1).text());
  }

  private Optional<String> nationality(String word) {
    Optional<String> n = g.nationality(word);
    if (n.isPresent() || word.indexOf('-') < 0) {
      return n;
    }
    // "Pakistani-Syrian": both parts nationalities.
    String[] parts = word.split("-");
    StringBuilder codes = new StringBuilder();
    for (String p : parts) {
      Optional<String> c = g.nationality(p);
      if (c.isEmpty()) {
        return Optional.empty();
      }
      codes.append(codes.length() > 0 ? "," : "").append(c.get());
    }
    return Optional.of(codes.toString());
  }

  /** Longest gazetteer entry starting at token i; adds the mention and returns its length. */
  /** A cheap test before {@link #ARTICLE}: "Al-", "el ", "Ash-" ... (this loop runs per token). */
  private static boolean mayOpenWithArticle(String surface) {
    if (surface.length() < 4) {
      return false;
    }
    char c = surface.charAt(0);
    if (c != 'A' && c != 'a' && c != 'E' && c != 'e') {
      return false;
    }
    char sep2 = surface.charAt(2);
    char sep3 = surface.charAt(3);
    return sep2 == '-' || sep2 == ' ' || sep3 == '-' || sep3 == ' ';
  }

  private int gazetteer(String text, List<Token> t, int i, boolean[] blocked, List<Mention> out) {
    int max = Math.min(g.maxTokens(), t.size() - i);
    for (int n = max; n >= 1; n--) {
      if (blocked[i + n - 1]) {
        continue;
      }
      int s = t.get(i).start();
      int e = t.get(i + n - 1).end();
      String surface = text.substring(s, e);
      if (surface.indexOf('\n') >= 0) {
        continue;
      }
      Optional<Organisation> o = g.organisation(surface);
      if (o.isPresent()) {
        out.add(org(s, e, surface, o.get()));
        return n;
      }
      Matcher article = mayOpenWithArticle(surface) ? ARTICLE.matcher(surface) : null;
      if (article != null && article.matches() && g.place(article.group(1)).isPresent()) {
        // "Al-Raqqa", "al-Raqqah": the Arabic article before a known place.
        out.add(place(s, e, surface, g.place(article.group(1)).get()));
        return n;
      }
      if (Gazetteer.possessive(surface)) {
        // "Iraq's", "Syria’s": the name without the possessive.
        String bare = Gazetteer.withoutPossessive(surface);
        Optional<Place> bp = g.place(bare);
        if (bp.isPresent() && Character.isUpperCase(bare.codePointAt(0))) {
          out.add(place(s, e - 2, bare, bp.get()));
          return n;
        }
      }
      if (!Character.isUpperCase(surface.codePointAt(0))) {
        continue;
      }
      Optional<Place> p = g.place(surface);
      if (p.isPresent()
          && n == 1
          && "CITY".equals(p.get().kind())
          && g.listedName(surface).filter(w -> w == PersonWord.GIVEN).isPresent()
          && i + 1 < t.size()
          && t.get(i + 1).isCapitalised()
          && t.get(i + 1).isWord()
          && g.personWord(t.get(i + 1).text()).isPresent()) {
        // "Adam Smith", "Hani Ramadan": a given name that is also a small town, before a name.
        return 0;
      }
      if (p.isPresent() && !(n == 1 && i == 0 && g.is("COMMON", surface))) {
        // "Pakistan Army", "Kabul Province": a place before an organisation head is part of it.
        if (orgHeadRunAhead(t, i + n)) {
          // "Kurdistan Regional Government", "Syria Recovery Trust Fund": likewise a little later.
          return 0;
        }
        if (surface.equals("U.S.") && i + n < t.size()) {
          Token next = t.get(i + n);
          if (next.isCapitalised() && (g.is("ROLE", next.text()) || g.is("TITLE", next.text()))) {
            // "U.S. Secretary of State Kerry": the abbreviation opens a person's title.
            return 0;
          }
        }
        if (surface.equals("U.S.") && !afterLocative(t, i) && collectiveAfter(t, i + n - 1) == 0) {
          // re3d dev: of 43 "U.S." none is a bare Location: the abbreviation names the state as an
          // actor ("U.S. support", "U.S. service members", "with the U.S. and Royal Navy") or
          // opens a title. A place only after "in", "into", "across" ...
          out.add(
              new Mention(
                  MentionType.ORGANISATION,
                  s,
                  e,
                  surface,
                  "United States",
                  Map.of("country", p.get().country(), "kind", "STATE")));
          return n;
        }
        int body = "COUNTRY".equals(p.get().kind()) ? collectiveAfter(t, i + n - 1) : 0;
        if (body > 0) {
          // "U.S. forces", "Pakistan army": the state's body, an organisation.
          int e2 = t.get(i + n - 1 + body).end();
          out.add(
              new Mention(
                  MentionType.ORGANISATION,
                  s,
                  e2,
                  text.substring(s, e2),
                  text.substring(s, e2),
                  Map.of("country", p.get().country())));
          return n + body;
        }
        out.add(place(s, e, surface, p.get()));
        return n;
      }
    }
    return 0;
  }

  /** "in Mosul", "in the U.S.": a locative preposition, perhaps with "the", before token i. */
  private static boolean afterLocative(List<Token> t, int i) {
    int k = i - 1;
    if (k > 0 && t.get(k).text().equals("the")) {
      k--;
    }
    return k >= 0 && LOCATIVE.contains(t.get(k).text().toLowerCase(Locale.ROOT));
  }

  /**
   * Places named inside an organisation the rules built ("Government of Iraq", "Jordan Armed
   * Forces"): re3d marks them as locations within the organisation (dev: 65 of 87 place names
   * inside organisation spans; the rest are fixed names such as "Islamic State of Iraq and the
   * Levant", which come from the organisation gazetteer and get none, or a place opening a body's
   * proper name: "UK Government", "Damascus University"). So only after "of" or before forces;
   * never "U.S.", which re3d does not mark inside (dev: 0 of 9). Marked "inside" so that facts do
   * not take them as the place of an event.
   */
  private void placesInside(String text, List<Token> t, int a, int b, List<Mention> out) {
    boolean forces =
        Set.of("forces", "army", "military", "troops", "police", "navy", "militia", "militias")
            .contains(t.get(b - 1).text().toLowerCase(Locale.ROOT));
    for (int k = a; k < b; k++) {
      boolean afterOf =
          k > a
              && (t.get(k - 1).text().equals("of")
                  || t.get(k - 1).text().equals("the")
                      && k > a + 1
                      && t.get(k - 2).text().equals("of"));
      if (!afterOf && !forces) {
        continue;
      }
      for (int n = Math.min(g.maxTokens(), b - k); n >= 1; n--) {
        String surface = text.substring(t.get(k).start(), t.get(k + n - 1).end());
        Optional<Place> p = g.place(surface);
        if (p.isPresent()
            && Character.isUpperCase(surface.codePointAt(0))
            && !surface.equals("U.S.")
            && !g.is("ORG_HEAD", surface)
            && !g.is("COMMON", surface)) {
          out.add(
              place(t.get(k).start(), t.get(k + n - 1).end(), surface, p.get())
                  .with("inside", "ORGANISATION"));
          k += n - 1;
          break;
        }
      }
    }
  }

  private static final Set<String> MINOR_WORDS =
      Set.of("of", "the", "and", "in", "on", "for", "to", "a", "an", "at", "by", "with", "from");

  /**
   * A title-case line (a headline): at least five words and nine in ten of those that are not minor
   * words ("of", "the") capitalised.
   */
  private static boolean isHeadline(List<Token> t) {
    int words = 0;
    int capitalised = 0;
    for (Token x : t) {
      if (x.isWord() && !MINOR_WORDS.contains(x.text())) {
        words++;
        if (x.isCapitalised()) {
          capitalised++;
        }
      }
    }
    return words >= 5 && capitalised == words;
  }

  private static boolean particleOrInitial(List<Token> t, int from, int to) {
    for (int k = from; k < to; k++) {
      String w = t.get(k).text();
      if (CONNECTORS.contains(w)
          || PARTICLE_NAME.matcher(w).matches()
          || w.equals(".")
          || w.length() == 1
          || Set.of("Abu", "Abd", "Abdul", "Umm", "Bin", "Ibn", "Al", "El").contains(w)
          || w.indexOf('-') > 0
          || ARABIC_NAME_SHAPE.matcher(w).matches()) {
        return true;
      }
    }
    return false;
  }

  /**
   * "Hamid Qasim", "Mohammed Hani": inside a run that already holds a name word, a one-word town
   * that the name lists also hold is the next part of the name, not a place.
   */
  private boolean surnameLikeTown(String text, List<Token> t, int i, int j, boolean[] blocked) {
    String w = t.get(j).text();
    Optional<Place> p = g.place(w);
    if (p.isEmpty()
        || !"CITY".equals(p.get().kind())
        || g.listedName(w).isEmpty()
        || gazetteerAt(text, t, j, blocked) != 1) {
      return false;
    }
    for (int k = i; k < j; k++) {
      if (g.personWord(t.get(k).text()).isPresent()) {
        return true;
      }
    }
    return false;
  }

  /**
   * "Dr. Ahmed Kamil Murad": after a title and a given name, a one-word place name that ends the
   * run is the surname, not a place.
   */
  private boolean surnameLikePlace(List<Token> t, int i, int j) {
    boolean titled = g.is("TITLE", t.get(i).text()) || g.is("TITLE", t.get(i).text() + ".");
    boolean last = j + 1 == t.size() || !(t.get(j + 1).isCapitalised() && t.get(j + 1).isWord());
    return titled
        && last
        && j - i >= 2
        && j - i <= 4
        && g.organisation(t.get(j).text()).isEmpty()
        && !g.is("COMMON", t.get(j).text());
  }

  /**
   * Words of the ROLE class that qualify an office rather than name one ("Special", "Senior",
   * "Foreign"): a title made only of these ("Special Notice", "Senior Leadership") is no evidence
   * of a person; "Special Envoy", "Foreign Secretary", "Gen." are.
   */
  private static final Set<String> QUALIFIER_ROLE =
      Set.of(
          "Special",
          "Senior",
          "Acting",
          "Former",
          "Assistant",
          "Joint",
          "State",
          "Federal",
          "Provincial",
          "Foreign",
          "Interior",
          "Defence",
          "Defense",
          "Home",
          "Army",
          "Staff",
          "Commanding",
          "Petty",
          "Warrant",
          "Vice",
          "Prime",
          "Deputy");

  private boolean officeTitle(String title) {
    if (title == null) {
      return false;
    }
    for (String w : title.split("\\s+")) {
      String bare = w.replaceAll("['’]s$", "");
      if (g.is("TITLE", bare)
          || g.is("TITLE", bare + ".")
          || g.is("ROLE", bare) && !QUALIFIER_ROLE.contains(bare)) {
        return true;
      }
    }
    return false;
  }

  /** Offices written in lower case after the body's name: "a Foreign Office spokesman". */
  private static final Set<String> OFFICE_AFTER_BODY =
      Set.of(
          "spokesman",
          "spokeswoman",
          "spokesperson",
          "commander",
          "chief",
          "leader",
          "official",
          "minister",
          "secretary",
          "envoy",
          "ambassador",
          "director",
          "representative");

  /**
   * "Central Command spokesman will moderate", "Gen. Votel, U.S. Central Command commander,": an
   * organisation and an office written in lower case, without a name after them, is the office's
   * holder (a PERSON of kind ROLE over both, as re3d marks it); the organisation stays a mention.
   * With a name after it ("Taliban spokesman Shahidullah Shahid") the office is that person's role.
   */
  private void officesOfBodies(String text, List<Token> t, List<Mention> out) {
    List<Mention> offices = new ArrayList<>();
    for (Mention m : out) {
      if (m.type() != MentionType.ORGANISATION || m.nameless()) {
        continue;
      }
      for (int k = 0; k + 1 < t.size(); k++) {
        if (t.get(k).end() == m.end()) {
          Token role = t.get(k + 1);
          boolean named = k + 2 < t.size() && t.get(k + 2).isCapitalised() && t.get(k + 2).isWord();
          if (OFFICE_AFTER_BODY.contains(role.text()) && !named) {
            String surface = text.substring(m.start(), role.end());
            offices.add(
                new Mention(
                    MentionType.PERSON,
                    m.start(),
                    role.end(),
                    surface,
                    surface,
                    Map.of("kind", "ROLE")));
          }
          break;
        }
      }
    }
    out.addAll(offices);
  }

  /**
   * A capitalised common English word that no list of names holds ("Affairs", "Development"; not
   * "Bush", "Rice" when listed): part of an office's or a body's name, not of a person's.
   */
  private boolean commonCapitalised(Token tok) {
    return tok.isCapitalised()
        && tok.isWord()
        && TrueCaser.isCommonWord(tok.text().toLowerCase(Locale.ROOT))
        && g.listedName(tok.text()).isEmpty()
        && !g.is("KNOWN_PERSON", tok.text());
  }

  /** Words before a one-word office that make it the office's holder: "the Minister". */
  private static final Set<String> OFFICE_DETERMINER =
      Set.of("the", "The", "a", "A", "an", "An", "its", "his", "her", "their", "our", "new");

  /**
   * "the Prime Minister said", "Defence Secretary secures ...", "Maintenance Group Commander": an
   * office named without a name refers to its holder, and re3d marks it as a person (dev: the
   * largest group of missed persons). Several holders ("the Foreign Ministers", "Defence
   * Secretaries") are a body, which re3d marks as an organisation (dev: 4 of 4). Kind ROLE: no
   * subject, no argument of a fact. It needs an office word ("Minister", "Spokesman"), not only an
   * honorific ("the Prince of Poets") or a qualifier ("Senior"); one word alone needs an article or
   * a possessive before it ("the Minister"; not "Rewards for Justice").
   */
  private void bareOffice(String text, List<Token> t, int from, int to, List<Mention> out) {
    boolean office = false;
    boolean bodyOf = false;
    for (int k = from; k < to; k++) {
      String w = t.get(k).text();
      office |= g.is("ROLE", w) && !QUALIFIER_ROLE.contains(w);
      bodyOf |=
          k + 1 < to && g.is("ORG_HEAD", w) && Set.of("of", "for").contains(t.get(k + 1).text());
    }
    boolean bodyStaff = hasOrgHead(t, from, to) && QUALIFIER_ROLE.contains(t.get(to - 1).text());
    if (!office || bodyOf || bodyStaff) {
      // "Federal Court of Justice", "Armed Forces General Staff": a body, not an office
      return;
    }
    String last = t.get(to - 1).text();
    boolean plural =
        last.endsWith("s") && g.is("ROLE", last.substring(0, last.length() - 1))
            || last.endsWith("ies") && g.is("ROLE", last.substring(0, last.length() - 3) + "y");
    // "Minister for the Middle East", "Secretary of State", "Special Representative for Syria":
    // the office's domain, a gazetteer entry or a department word, is part of it.
    int end = to;
    if (to + 1 < t.size() && Set.of("for", "of").contains(t.get(to).text())) {
      int k = to + 1;
      if (t.get(k).text().equals("the") && k + 1 < t.size()) {
        k++;
      }
      int n = gazetteerAt(text, t, k, new boolean[t.size()]);
      if (n == 0 && QUALIFIER_ROLE.contains(t.get(k).text())) {
        n = 1;
        while (k + n < t.size() && commonCapitalised(t.get(k + n))) {
          n++; // "Minister for Foreign Affairs"
        }
      }
      end = n > 0 ? k + n : to;
    }
    if (end < t.size() && t.get(end).isCapitalised() && t.get(end).isWord()) {
      if (!plural) {
        return; // "Secretary of State Kerry": the named holder is the person
      }
      end = to;
    }
    if (end - from == 1 && (from == 0 || !OFFICE_DETERMINER.contains(t.get(from - 1).text()))) {
      return;
    }
    String surface = text.substring(t.get(from).start(), t.get(end - 1).end());
    out.add(
        overTokens(
            plural ? MentionType.ORGANISATION : MentionType.PERSON,
            t,
            from,
            end,
            surface,
            surface,
            Map.of("kind", "ROLE")));
  }

  /**
   * A one-word Arabic name: "Saeed-ul-Aslam", or "Al-" / "El-" before a nisba ("Al-Baghdadi",
   * "al-Masri") or a listed name word ("Al-Wahishi"). "Al-Bab", "El-Harrach", "al-Tanf" are towns:
   * the article alone is no evidence of a person.
   */
  private boolean arabicSingle(String name) {
    if (!ARABIC_SINGLE.matcher(name).matches()) {
      return false;
    }
    if (!name.regionMatches(true, 0, "al-", 0, 3) && !name.regionMatches(true, 0, "el-", 0, 3)) {
      return true;
    }
    String stem = name.substring(3).replaceAll("['’]s$", "");
    return stem.endsWith("i") || g.listedName(stem).isPresent();
  }

  /** Words after which a capitalised word is a place or a thing rather than a person. */
  private static final Set<String> NOT_BEFORE_NAME =
      Set.of("the", "a", "an", "of", "in", "at", "from", "to", "into", "near");

  private static final Set<String> ARTICLE_OR_OPENING =
      Set.of("the", "a", "an", "\"", "“", "‘", "'", "(");

  /** "arrived", "says": a lower-case word that looks like a verb after a subject. */
  private static final Pattern VERB_LIKE = Pattern.compile("\\p{Ll}+(?:ed|s)");

  /** Words for a person's office or kin that an apposition or a preceding noun gives. */
  private static final Set<String> PERSON_NOUN =
      Set.of(
          "leader",
          "spokesman",
          "spokeswoman",
          "spokesperson",
          "commander",
          "chief",
          "head",
          "founder",
          "co-founder",
          "minister",
          "president",
          "member",
          "official",
          "director",
          "deputy",
          "emir",
          "cleric",
          "preacher",
          "imam",
          "militant",
          "fighter",
          "recruiter",
          "financier",
          "ideologue",
          "bomber",
          "suspect",
          "journalist",
          "activist",
          "resident",
          "student",
          "teacher",
          "doctor",
          "lawyer",
          "judge",
          "ambassador",
          "envoy",
          "general",
          "colonel",
          "officer",
          "soldier",
          "son",
          "daughter",
          "brother",
          "sister",
          "father",
          "mother",
          "wife",
          "husband",
          "cousin",
          "nephew",
          "niece",
          "uncle",
          "aunt",
          "widow");

  /** "X, the leader of AQI", "X, a former spokesman": an apposition naming an office or kin. */
  private static boolean appositiveRole(List<Token> t, int b) {
    if (b + 1 >= t.size() || !t.get(b).text().equals(",")) {
      return false;
    }
    String det = t.get(b + 1).text();
    if (!Set.of("the", "a", "an", "another", "his", "her", "its", "their", "who").contains(det)) {
      return false;
    }
    for (int k = b + 2; k < t.size() && k < b + 6; k++) {
      String w = t.get(k).text();
      if (w.equals(",") || w.equals(".")) {
        return false;
      }
      if (PERSON_NOUN.contains(w)) {
        return true;
      }
    }
    return false;
  }

  /** "his son Hamza", "the cleric Anjem Choudary": a kin or office noun right before the name. */
  private static boolean kinBefore(List<Token> t, int a) {
    return a > 0 && PERSON_NOUN.contains(t.get(a - 1).text());
  }

  /** "..., says Abdulbaset Alahmar, another student": a quotation's speaker after the verb. */
  private static boolean speakerAfterVerb(List<Token> t, int a, int b) {
    return a > 0
        && SPEECH_BEFORE.contains(t.get(a - 1).text())
        && (b == t.size() || Set.of(",", ".", ";").contains(t.get(b).text()));
  }

  /** "Scott Dayton, 42, of Woodbridge": a name followed by an age. */
  private static boolean ageAfter(List<Token> t, int b) {
    return b + 2 < t.size()
        && t.get(b).text().equals(",")
        && t.get(b + 1).text().matches("[1-9][0-9]")
        && t.get(b + 2).text().equals(",");
  }

  private static final Set<String> SPEECH_BEFORE =
      Set.of("said", "says", "added", "explained", "noted", "told", "asked", "wrote", "warned");

  /** "Mohammed Jasim Hamid Jaber": every word a listed name word. */
  private boolean allPersonWords(List<Token> t, int from, int to) {
    for (int k = from; k < to; k++) {
      if (g.personWord(t.get(k).text()).isEmpty()) {
        return false;
      }
    }
    return true;
  }

  private boolean hasPersonWord(List<Token> t, int from, int to) {
    for (int k = from; k < to; k++) {
      if (g.personWord(t.get(k).text()).isPresent()) {
        return true;
      }
    }
    return false;
  }

  private boolean hasWord(List<Token> t, int from, int to, String wordClass) {
    for (int k = from; k < to; k++) {
      if (g.is(wordClass, t.get(k).text())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether capitalised tokens from {@code k} (at most four) end in an organisation head: "Army",
   * "Regional Government", "Recovery Trust Fund".
   */
  private boolean orgHeadRunAhead(List<Token> t, int k) {
    for (int m = k; m < t.size() && m < k + 4; m++) {
      Token x = t.get(m);
      if (!x.isCapitalised() || !x.isWord()) {
        return false;
      }
      if (g.is("ORG_HEAD", x.text())) {
        return true;
      }
    }
    return false;
  }

  private int gazetteerAt(String text, List<Token> t, int i, boolean[] blocked) {
    List<Mention> scratch = new ArrayList<>(1);
    return gazetteer(text, t, i, blocked, scratch);
  }

  /** "pro-ISIS", "ISIS-linked", "UAE-based": the named part is a mention. */
  private boolean hyphenated(Token tok, boolean bodyAhead, List<Mention> out) {
    String w = tok.text();
    int dash = w.indexOf('-');
    if (dash <= 0) {
      return false;
    }
    String head = w.substring(0, dash);
    String tail = w.substring(dash + 1);
    Optional<Place> hp = g.place(head);
    Optional<Place> tp = g.place(tail);
    if (hp.isPresent()
        && tp.isPresent()
        && "COUNTRY".equals(hp.get().kind())
        && "COUNTRY".equals(tp.get().kind())
        && Character.isUpperCase(head.codePointAt(0))
        && Character.isUpperCase(tail.codePointAt(0))) {
      // "UK-France co-operation", "Turkey-Syria border": two countries; before a body's word
      // ("UK-France Summit") also the start of that body's name, read on as a run.
      Mention first = place(tok.start(), tok.start() + dash, head, hp.get());
      Mention second = place(tok.start() + dash + 1, tok.end(), tail, tp.get());
      out.add(bodyAhead ? first.with("inside", "ORGANISATION") : first);
      out.add(bodyAhead ? second.with("inside", "ORGANISATION") : second);
      return !bodyAhead;
    }
    int s;
    String part;
    if (HYPHEN_SUFFIX.contains(tail)) {
      s = tok.start();
      part = head;
    } else if (HYPHEN_PREFIX.contains(head.toLowerCase(java.util.Locale.ROOT))) {
      s = tok.start() + dash + 1;
      part = tail;
    } else {
      return false;
    }
    Optional<Organisation> o = g.organisation(part);
    if (o.isPresent()) {
      out.add(org(s, s + part.length(), part, o.get()));
      return true;
    }
    Optional<Place> p = g.place(part);
    if (p.isPresent()) {
      out.add(place(s, s + part.length(), part, p.get()));
      return true;
    }
    if (g.is("KNOWN_PERSON", part)) {
      // "pro-Assad forces"
      out.add(new Mention(MentionType.PERSON, s, s + part.length(), part, part, Map.of()));
      return true;
    }
    return false;
  }

  private void classify(
      String text, Sentence s, List<Token> t, int from, int to, List<Mention> out) {
    int a = from;
    boolean titled = false;
    for (int k = from; k < to && k < from + 5; k++) {
      titled |= g.is("TITLE", t.get(k).text()) || g.is("ROLE", t.get(k).text());
    }
    int titleFrom = a;
    // Drop common words a run may start with ("However Chaudhry", "The IMU").
    while (a < to && g.is("COMMON", t.get(a).text())) {
      a++;
    }
    if (a > from && to - from > 1 && g.is("FACILITY", t.get(to - 1).text())) {
      // "Civil Hospital", "Central Jail": common words are part of a site's name.
      int f = from;
      while (f < to - 1 && !isTitleWordStart(t.get(f).text())) {
        f++;
      }
      if (to - f > 1) {
        String site = text.substring(t.get(f).start(), t.get(to - 1).end());
        out.add(overTokens(MentionType.PLACE, t, f, to, site, site, Map.of("kind", "FACILITY")));
        return;
      }
    }
    if (a > from && to - from > 1 && g.is("ORG_HEAD", t.get(to - 1).text())) {
      // "Human Rights Council", "Security Council": common words are part of a body's name.
      int f = a;
      while (f > from && isTitleWordStart(t.get(f - 1).text())) {
        f--;
      }
      if (to - f > 1) {
        a = f;
      }
    }
    if (!titled || a >= to) {
      titleFrom = a;
    } else {
      while (titleFrom < a && !isTitleWordStart(t.get(titleFrom).text())) {
        titleFrom++;
      }
    }
    if (a >= to) {
      return;
    }
    int b = to;
    while (b > a
        && g.is("COMMON", t.get(b - 1).text())
        && !(b - 1 > a && g.is("ORG_HEAD", t.get(b - 1).text()))) {
      // "Iraqi Armed Forces" keeps "Forces", common as it is.
      b--;
    }
    if (b <= a) {
      return;
    }
    String surface = text.substring(t.get(a).start(), t.get(b - 1).end());
    boolean orgHead = false;
    boolean misc = false;
    for (int k = a; k < b; k++) {
      String w = t.get(k).text();
      orgHead |= g.is("ORG_HEAD", w) || ORG_PREFIX.matcher(w).matches();
      misc |= g.is("MISC", w);
    }
    if (misc) {
      return;
    }
    boolean sitePrefix =
        b - a > 1
            && (SITE_PREFIX.contains(t.get(a).text())
                || ARABIC_PLACE_WORD.contains(t.get(a).text()) && !titled);
    if ((g.is("FACILITY", t.get(b - 1).text()) && b - a > 1 && !orgHeadBefore(t, a, b - 1))
        || sitePrefix) {
      out.add(overTokens(MentionType.PLACE, t, a, b, surface, surface, Map.of("kind", "FACILITY")));
      return;
    }
    if (!titled
        && !orgHead
        && b - a > 1
        && Set.of("North", "South", "East", "West").contains(t.get(a).text())) {
      // "South Kivu", "North Waziristan": a compass word opening an unknown name makes a region.
      out.add(overTokens(MentionType.PLACE, t, a, b, surface, surface, Map.of("kind", "UNKNOWN")));
      return;
    }
    int forcedTitle = -1;
    if (orgHead) {
      // "Navy Capt. Jeff Davis", "Army Lt. Gen. Stephen J. Townsend", "Foreign Office Minister
      // Tobias Ellwood": a title after the organisation's words, then a name, is a person.
      int lastOrg = -1;
      int lastTitleWord = -1;
      for (int k = a; k < b; k++) {
        String w = t.get(k).text();
        boolean title = g.is("TITLE", w) || g.is("ROLE", w) || g.is("TITLE", w + ".");
        if (title && k > lastOrg) {
          lastTitleWord = k;
        }
        if ((g.is("ORG_HEAD", w) || ORG_PREFIX.matcher(w).matches()) && !(title && k == a)) {
          lastOrg = k;
        }
        if (w.equals(".") && lastTitleWord == k - 1) {
          lastTitleWord = k;
        }
      }
      if (lastTitleWord > lastOrg && lastTitleWord < b - 1 && lastTitleWord >= a) {
        forcedTitle = lastTitleWord;
        orgHead = false;
      }
    }
    boolean theBody =
        b - a == 1
            && a > 0
            && t.get(a - 1).text().equalsIgnoreCase("the")
            && g.is("ORG_HEAD", t.get(a).text());
    if (theBody
        || orgHead
            && !g.is("ROLE", t.get(b - 1).text())
            && (b - a > 1 || ORG_PREFIX.matcher(surface).matches())) {
      // theBody: "the Government", "the Department": a body named by its kind alone, capitalised
      // as the document's own (re3d dev: 13 of 13 marked organisations).
      out.add(overTokens(MentionType.ORGANISATION, t, a, b, surface, surface, Map.of()));
      placesInside(text, t, a, b, out);
      return;
    }
    // Title: honorifics and office words up to the last of them.
    int lastTitle = -1;
    for (int k = a; k < b; k++) {
      String w = t.get(k).text();
      if (g.is("TITLE", w) || g.is("ROLE", w) || g.is("TITLE", w + ".")) {
        lastTitle = k;
      } else if (w.equals(".") && lastTitle == k - 1 && k > a) {
        // "Gen. Joseph Votel", "Lt. Gen. Stephen J. Townsend": the abbreviation's dot.
        lastTitle = k;
      } else if (lastTitle >= 0 || k > a + 3) {
        break;
      }
    }
    Map<String, String> attrs = new TreeMap<>();
    int nameFrom = a;
    if (forcedTitle >= 0) {
      lastTitle = forcedTitle;
    }
    if (lastTitle >= 0) {
      // "Foreign Secretary" and "Interior" before it: the words up to the last title word.
      nameFrom = lastTitle + 1;
      int ts = Math.min(titleFrom, a);
      if (ts >= 2
          && Set.of("of", "for").contains(t.get(ts - 1).text())
          && g.is("ROLE", t.get(ts - 2).text())) {
        // "Deputy Secretary of State Antony Blinken": the office before "of" is the title's head.
        ts -= 2;
        while (ts > 0 && g.is("ROLE", t.get(ts - 1).text())) {
          ts--;
        }
      }
      String title = text.substring(t.get(ts).start(), t.get(lastTitle).end());
      if (ts > 0 && t.get(ts - 1).text().equals("former")) {
        title = "former " + title;
      }
      attrs.put("title", title);
    }
    boolean commonAfterOffice = lastTitle >= 0 && g.is("ROLE", t.get(lastTitle).text());
    for (int k = nameFrom; k < b && commonAfterOffice; k++) {
      commonAfterOffice = commonCapitalised(t.get(k));
    }
    if (nameFrom >= b || commonAfterOffice) {
      // "Minister of Home Affairs": common words after an office are its domain, not a name
      bareOffice(text, t, Math.min(titleFrom, a), b, out);
      return;
    }
    String role = lowerRoleBefore(t, a);
    if (role != null) {
      attrs.put("role", role);
    }
    int len = b - nameFrom;
    String name = text.substring(t.get(nameFrom).start(), t.get(b - 1).end());
    boolean atStart = nameFrom == 0 || t.get(nameFrom - 1).text().matches("[\"“‘'(]");
    if (attrs.isEmpty()
        && a > 0
        && (LOCATIVE.contains(t.get(a - 1).text().toLowerCase(Locale.ROOT)) || placeOf(t, a))
        && b - a <= 3
        && !(len == 1 && arabicSingle(name) && !ARTICLE.matcher(name).matches())) {
      out.add(overTokens(MentionType.PLACE, t, a, b, surface, surface, Map.of("kind", "UNKNOWN")));
      return;
    }
    if (attrs.isEmpty()
        && b < t.size()
        && PLACE_NOUN.contains(t.get(b).text())
        && !hasWord(t, a, b, "ORG_HEAD")
        && !g.is("KNOWN_PERSON", name)) {
      // "the Al-Sinek neighborhood", "Karrada district": a name before a kind of place is one.
      int e = t.get(b).end();
      String site = text.substring(t.get(a).start(), e);
      out.add(
          new Mention(
              MentionType.PLACE, t.get(a).start(), e, site, surface, Map.of("kind", "UNKNOWN")));
      return;
    }
    if (text.substring(t.get(nameFrom).start(), t.get(b - 1).end())
        .chars()
        .anyMatch(Character::isDigit)) {
      return; // "KC-135R Stratotanker": a model, not a name
    }
    boolean known =
        len == 1
            && (g.is("KNOWN_PERSON", name)
                // "..., said Russell." : a quotation's speaker named after the verb
                || a > 0
                    && Set.of("said", "says", "added", "explained", "noted")
                        .contains(t.get(a - 1).text())
                    && b < t.size()
                    && Set.of(".", ",").contains(t.get(b).text())
                    && g.place(name).isEmpty()
                // "For 14-year-old Amjad": a given name from the public lists, inside a sentence
                || a > 0
                    && !ARTICLE_OR_OPENING.contains(t.get(a - 1).text().toLowerCase(Locale.ROOT))
                    && g.personWord(name).filter(w -> w == PersonWord.GIVEN).isPresent()
                // "…, Hamlet was written" no; "when Obeidi arrived": a listed name word inside a
                // sentence, before a verb or a possessive
                || (a == 0
                        || !NOT_BEFORE_NAME.contains(t.get(a - 1).text().toLowerCase(Locale.ROOT)))
                    && g.personWord(name).isPresent()
                    && b < t.size()
                    && (VERB_LIKE.matcher(t.get(b).text()).matches() || Gazetteer.possessive(name))
                // "Zarqawi, the leader of AQI", "his son Hamza"
                || g.place(name).isEmpty()
                    && g.personWord(name).isPresent()
                    && (appositiveRole(t, b) || kinBefore(t, a)));
    boolean person =
        len >= 2
            || known
            || (b < t.size() && PERSONAL_RULE.contains(t.get(b).text()))
            || !attrs.isEmpty()
            || arabicSingle(name)
            || followedBySpeech(t, b);
    if (len == 1
        && atStart
        && !known
        && attrs.isEmpty()
        && !arabicSingle(name)
        && !followedBySpeech(t, b)) {
      person = false;
    }
    if (len == 1
        && atStart
        && attrs.isEmpty()
        && !g.is("KNOWN_PERSON", name)
        && g.personWord(name).isEmpty()
        && TrueCaser.isCommonWord(name.toLowerCase(Locale.ROOT))) {
      // "Residents said", "Witnesses told reporters": a common word opening the sentence is no
      // name by the speech verb alone; it stays a candidate that may refer back ("Carter said").
      person = false;
    }
    if (len == 1
        && name.equals(name.toUpperCase(java.util.Locale.ROOT))
        && name.length() >= 2
        && name.length() <= 6
        && name.chars().allMatch(Character::isLetter)) {
      // An unknown acronym ("YPG", "SDF"): almost always an organisation in these reports.
      out.add(overTokens(MentionType.ORGANISATION, t, nameFrom, b, name, name, Map.of()));
      return;
    }
    if (person
        && attrs.isEmpty()
        && len >= 4
        && !particleOrInitial(t, nameFrom, b)
        && !allPersonWords(t, nameFrom, b)) {
      // Four or more plain capitalised words without a title are a heading or a title of a
      // work, not a name; long names carry particles or initials ("Abu Bakr al-Baghdadi").
      return;
    }
    if (person && attrs.isEmpty() && !known && hasWord(t, nameFrom, b, "NOT_PERSON")) {
      // "Targeted Operations", "Crossing Continents": a headline or a title of a work.
      return;
    }
    if (person && name.matches("(?s).*['’]s$")) {
      name = name.substring(0, name.length() - 2);
    }
    // Person evidence that does not depend on the documents the rules were written on: a title or
    // role, a known name, a name particle or initial, a speech verb or a ruled body after it, or a
    // word from the public lists of people's names (person-names.tsv). A run of capitalised words
    // without any of these ("Inherent Resolve", "Paveway IV") is kept only as a candidate, a
    // person only if the document names the person with evidence elsewhere.
    boolean evidence =
        attrs.containsKey("role")
            || officeTitle(attrs.get("title"))
            || known
            || arabicSingle(name)
            || followedBySpeech(t, b)
            || (b < t.size() && PERSONAL_RULE.contains(t.get(b).text()))
            || particleOrInitial(t, nameFrom, b)
            || hasPersonWord(t, nameFrom, b)
            || speakerAfterVerb(t, a, b)
            || ageAfter(t, b)
            || appositiveRole(t, b)
            || kinBefore(t, a);
    if (person
        && !known
        && !arabicSingle(name)
        && !followedBySpeech(t, b)
        && (isHeadline(t) || !evidence)) {
      // "Syria Chemical Weapons Attack Response": in a title-case line every run looks like a
      // name; it stays a person only if the document names the person elsewhere.
      out.add(
          new Mention(
              MentionType.PERSON,
              t.get(nameFrom).start(),
              t.get(nameFrom).start() + name.length(),
              name,
              name,
              Map.of("candidate", "true")));
    } else if (person) {
      out.add(
          new Mention(
              MentionType.PERSON,
              t.get(nameFrom).start(),
              t.get(nameFrom).start() + name.length(),
              name,
              name,
              attrs));
      if (b < t.size() && RULE_BODY.contains(t.get(b).text())) {
        // "the Assad regime", "Assad's forces": the person and, around it, the body they rule.
        String body = text.substring(t.get(nameFrom).start(), t.get(b).end());
        out.add(
            new Mention(
                MentionType.ORGANISATION,
                t.get(nameFrom).start(),
                t.get(b).end(),
                body,
                name + " " + t.get(b).text(),
                Map.of("kind", "REGIME", "person", name)));
      }
    } else if (len == 1) {
      out.add(
          overTokens(MentionType.PERSON, t, nameFrom, b, name, name, Map.of("candidate", "true")));
    }
  }

  /**
   * Words that may open a title although they are common: "National Coordinator", "Foreign
   * Secretary".
   */
  private static boolean isTitleWordStart(String w) {
    return !Set.of(
            "The",
            "A",
            "An",
            "In",
            "On",
            "At",
            "Of",
            "For",
            "From",
            "By",
            "With",
            "To",
            "As",
            "And",
            "But",
            "However",
            "Meanwhile",
            "Earlier",
            "Following",
            "After",
            "Before",
            "While",
            "When",
            "Also")
        .contains(w);
  }

  private String lowerRoleBefore(List<Token> t, int a) {
    if (a > 0 && g.is("LOWER_ROLE", t.get(a - 1).text())) {
      return t.get(a - 1).text();
    }
    return null;
  }

  private static final Set<String> SPEECH =
      Set.of(
          "said",
          "says",
          "added",
          "revealed",
          "observed",
          "stated",
          "confirmed",
          "told",
          "declared",
          "emphasized",
          "emphasised",
          "denied",
          "denies",
          "claimed",
          "clarified",
          "announced",
          "explained",
          "warned",
          "noted",
          "insisted",
          "asked",
          "wrote",
          "tweeted",
          "further",
          "was",
          "has",
          "had",
          "who");

  private static boolean followedBySpeech(List<Token> t, int b) {
    return b < t.size()
        && SPEECH.contains(t.get(b).text())
        && !t.get(b).text().equals("was")
        && !t.get(b).text().equals("has")
        && !t.get(b).text().equals("had")
        && !t.get(b).text().equals("who");
  }

  private static Mention org(int s, int e, String surface, Organisation o) {
    Map<String, String> a = new TreeMap<>();
    a.put("kind", o.kind());
    o.parent().ifPresent(p -> a.put("parent", p));
    return new Mention(MentionType.ORGANISATION, s, e, surface, o.canonical(), a);
  }

  private static Mention place(int s, int e, String surface, Place p) {
    Map<String, String> a = new TreeMap<>();
    a.put("kind", p.kind());
    a.put("country", p.country());
    return new Mention(MentionType.PLACE, s, e, surface, p.canonical(), a);
  }

  /** A mention over tokens {@code from} (inclusive) to {@code to} (exclusive). */
  private static Mention overTokens(
      MentionType type,
      List<Token> t,
      int from,
      int to,
      String text,
      String canonical,
      Map<String, String> attributes) {
    return new Mention(type, t.get(from).start(), t.get(to - 1).end(), text, canonical, attributes);
  }
}
