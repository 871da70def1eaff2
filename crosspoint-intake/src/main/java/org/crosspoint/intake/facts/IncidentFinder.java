package org.crosspoint.intake.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosspoint.intake.mentions.Mention;
import org.crosspoint.intake.mentions.MentionType;
import org.crosspoint.intake.text.Sentence;
import org.crosspoint.intake.text.Token;

/**
 * Violent incidents in one sentence: a trigger from a lexicon (bombing, blast, ambush,
 * assassinated, kidnapped, shot dead, set fire to, suicide attack, ...) and its arguments found by
 * syntax-light patterns around it, without a parser:
 *
 * <ul>
 *   <li>active: "[guerrillas] attacked [the power station]", "[gunmen] killed [the mayor]" — the
 *       noun phrase before the verb is the perpetrator, the one after it the victim or target;
 *   <li>passive: "[the mayor] was shot dead by [members of the FMLN]";
 *   <li>nominal: "the assassination of [X]", "an attack on [the embassy]", "a bomb exploded at [the
 *       bank]", "... by [X]".
 * </ul>
 *
 * A noun phrase is a run of words up to a preposition, conjunction, verb-like word or punctuation
 * (at most seven words, "of" kept once: "members of the FMLN"), or a whole mention when one starts
 * there. It is a victim when it is a PERSON or its head is a person noun (peasant, judge, ...), a
 * target when its head names a thing (bank, pylon, embassy, ...), a perpetrator when it is a PERSON
 * or its head is an attacker noun (guerrillas, gunmen, terrorists, ...), an organisation when it is
 * an ORGANISATION mention or "members of" one. Phrases of no known class are left out. A sentence
 * where armed forces kill guerrillas (the victims are attacker nouns) is combat, not an incident.
 */
final class IncidentFinder {
  /** One incident: its kind (attack, bombing, kidnapping, arson, robbery) and its arguments. */
  record Incident(
      String kind,
      int trigger,
      List<String> perpetrators,
      List<String> organisations,
      List<String> victims,
      List<String> described,
      List<String> targets) {
    boolean empty() {
      return perpetrators.isEmpty()
          && organisations.isEmpty()
          && victims.isEmpty()
          && described.isEmpty()
          && targets.isEmpty();
    }
  }

  private static final Pattern TRIGGER =
      Pattern.compile(
          "(?i)\\b(?:(?<bombing>car[- ]bombs?|bomb(?:s|ed|ing|ings)?|blasts?|explosions?|exploded|explosives?|"
              + "detonat(?:ed|ion)|dynamited|blew up|blown up|suicide (?:attack|bombing|bomber)s?)"
              + "|(?<kidnapping>kidnap(?:ped|ping|pings|s)?|abduct(?:ed|ion|ions|s)?|taken hostage|held hostage)"
              + "|(?<arson>set (?:fire|ablaze) to|set on fire|torched|burned down|burned|arson)"
              + "|(?<robbery>robbed|robbery|robberies)"
              + "|(?<attack>attack(?:s|ed|ing)?|ambush(?:ed|es)?|assassinat(?:ed|ion|ions)|murder(?:s|ed)?"
              + "|killed|killing|killings|shot dead|shot to death|shot and killed|gunned down|massacred?"
              + "|opened fire on|found dead|machinegunned|machine-gunned|raided|shot|slain|wounded|injured|destroyed|damaged))\\b");

  private static final Set<String> PERPETRATORS =
      words(
          "guerrilla",
          "guerrillas",
          "terrorist",
          "terrorists",
          "gunman",
          "gunmen",
          "rebel",
          "rebels",
          "insurgent",
          "insurgents",
          "militant",
          "militants",
          "subversive",
          "subversives",
          "assassin",
          "assassins",
          "kidnapper",
          "kidnappers",
          "attacker",
          "attackers",
          "bomber",
          "bombers",
          "men",
          "man",
          "woman",
          "women",
          "individuals",
          "individual",
          "persons",
          "commando",
          "commandos",
          "squad",
          "squads",
          "hitmen",
          "members",
          "member",
          "group",
          "column",
          "unit",
          "traffickers",
          "narcoterrorists",
          "soldiers",
          "troops",
          "youths",
          "extremists",
          "jihadists",
          "fighters",
          "criminals");

  /** Attacker nouns that make a "victim" a combatant: then the sentence is combat. */
  private static final Set<String> COMBATANTS =
      words(
          "guerrilla",
          "guerrillas",
          "terrorist",
          "terrorists",
          "rebel",
          "rebels",
          "insurgent",
          "insurgents",
          "militants",
          "subversives",
          "extremists",
          "fighters");

  private static final Set<String> PERSONS =
      words(
          "peasant",
          "peasants",
          "civilian",
          "civilians",
          "people",
          "person",
          "persons",
          "soldier",
          "soldiers",
          "policeman",
          "policemen",
          "police",
          "officer",
          "officers",
          "agent",
          "agents",
          "guard",
          "guards",
          "mayor",
          "judge",
          "judges",
          "journalist",
          "journalists",
          "priest",
          "priests",
          "jesuits",
          "nun",
          "nuns",
          "student",
          "students",
          "teacher",
          "teachers",
          "worker",
          "workers",
          "businessman",
          "businessmen",
          "official",
          "officials",
          "leader",
          "leaders",
          "politician",
          "candidate",
          "senator",
          "deputy",
          "minister",
          "ambassador",
          "diplomat",
          "diplomats",
          "governor",
          "councilman",
          "councilmen",
          "child",
          "children",
          "family",
          "wife",
          "son",
          "daughter",
          "man",
          "men",
          "woman",
          "women",
          "driver",
          "drivers",
          "passenger",
          "passengers",
          "pilot",
          "member",
          "members",
          "citizen",
          "citizens",
          "tourists",
          "missionaries",
          "employee",
          "employees",
          "engineer",
          "technicians",
          "lawyer",
          "attorney",
          "president",
          "director",
          "manager",
          "commander",
          "colonel",
          "general",
          "captain",
          "lieutenant",
          "sergeant",
          "villagers",
          "residents",
          "farmers",
          "activist",
          "activists",
          "unionist",
          "unionists",
          "worshippers",
          "pilgrims",
          "hostages",
          "bodyguard",
          "bodyguards",
          "escort",
          "escorts",
          "policemen",
          "cadets",
          "recruits");

  private static final Set<String> THINGS =
      words(
          "building",
          "buildings",
          "office",
          "offices",
          "headquarters",
          "embassy",
          "consulate",
          "bank",
          "banks",
          "branch",
          "plant",
          "factory",
          "substation",
          "station",
          "stations",
          "tower",
          "towers",
          "pylon",
          "pylons",
          "line",
          "lines",
          "pipeline",
          "bridge",
          "bridges",
          "vehicle",
          "vehicles",
          "car",
          "cars",
          "bus",
          "buses",
          "truck",
          "trucks",
          "jeep",
          "train",
          "aircraft",
          "plane",
          "helicopter",
          "house",
          "houses",
          "home",
          "homes",
          "residence",
          "farm",
          "farms",
          "estate",
          "store",
          "stores",
          "shop",
          "shops",
          "supermarket",
          "market",
          "hotel",
          "restaurant",
          "church",
          "mosque",
          "shrine",
          "temple",
          "school",
          "university",
          "hospital",
          "facilities",
          "facility",
          "installations",
          "installation",
          "barracks",
          "post",
          "outpost",
          "base",
          "checkpoint",
          "airport",
          "port",
          "dam",
          "network",
          "system",
          "warehouse",
          "newspaper",
          "offices",
          "premises",
          "compound",
          "mission",
          "club",
          "center",
          "centre",
          "company",
          "corporation",
          "ministry",
          "court",
          "courthouse",
          "prison",
          "jail",
          "mall",
          "cinema",
          "stadium",
          "convoy",
          "patrol",
          "garrison");

  /** Words that end a noun phrase. */
  private static final Set<String> BOUNDARY =
      words(
          "in",
          "at",
          "on",
          "near",
          "from",
          "to",
          "with",
          "by",
          "during",
          "after",
          "before",
          "while",
          "when",
          "where",
          "who",
          "whom",
          "whose",
          "which",
          "that",
          "as",
          "since",
          "for",
          "and",
          "or",
          "but",
          "was",
          "were",
          "is",
          "are",
          "be",
          "been",
          "being",
          "has",
          "have",
          "had",
          "will",
          "would",
          "could",
          "can",
          "may",
          "might",
          "said",
          "says",
          "reported",
          "according",
          "yesterday",
          "today",
          "tonight",
          "last",
          "this",
          "early",
          "late",
          "also",
          "reportedly",
          "allegedly",
          "apparently",
          "then",
          "not",
          "into",
          "inside",
          "outside",
          "against",
          "under",
          "over",
          "between",
          "through",
          "because",
          "if",
          "than",
          "did",
          "do",
          "does",
          "killed",
          "wounded",
          "injured",
          "attacked",
          "kidnapped",
          "murdered",
          "shot",
          "they",
          "he",
          "she",
          "it",
          "we",
          "there",
          "here",
          "its",
          "their",
          "his",
          "her");

  /** Words between a subject and its verb: auxiliaries, adverbs, times. */
  private static final Set<String> SKIP_BEFORE_VERB =
      words(
          "have",
          "has",
          "had",
          "reportedly",
          "allegedly",
          "apparently",
          "also",
          "today",
          "yesterday",
          "tonight",
          "early",
          "late",
          "last",
          "night",
          "morning",
          "afternoon",
          "evening",
          "again",
          "then",
          "later",
          "recently",
          "monday",
          "tuesday",
          "wednesday",
          "thursday",
          "friday",
          "saturday",
          "sunday",
          "on",
          "this",
          "week");

  private static final Set<String> DETERMINERS =
      words(
          "the", "a", "an", "some", "several", "two", "three", "four", "five", "six", "his", "her",
          "their", "its");

  private static final Pattern PASSIVE_AUX =
      Pattern.compile(
          "(?i)\\b(?:was|were|has been|have been|had been|is|are|being)\\s+(?:\\w+ly\\s+)?$");

  private IncidentFinder() {}

  private static Set<String> words(String... words) {
    return Set.copyOf(java.util.Arrays.asList(words));
  }

  static List<Incident> find(String text, Sentence s, List<Mention> mentions) {
    List<Incident> out = new ArrayList<>();
    Matcher m = TRIGGER.matcher(s.text());
    List<Token> toks = s.tokens();
    while (m.find()) {
      String kind = kind(m);
      int at = s.start() + m.start();
      int end = s.start() + m.end();
      int ti = tokenAt(toks, at);
      int te = tokenAt(toks, end - 1);
      if (ti < 0 || te < 0) {
        continue;
      }
      List<String> perps = new ArrayList<>();
      List<String> orgs = new ArrayList<>();
      List<String> victims = new ArrayList<>();
      List<String> described = new ArrayList<>();
      List<String> targets = new ArrayList<>();
      Args args = new Args(perps, orgs, victims, described, targets, mentions, new boolean[1]);
      String before = text.substring(s.start(), at);
      boolean passive = PASSIVE_AUX.matcher(before).find();
      boolean verb = m.group().toLowerCase(Locale.ROOT).matches(".*(ed|shot|set .*|blew up|down)$");
      String trig = m.group().toLowerCase(Locale.ROOT);
      if (passive) {
        int k = skipAux(toks, ti - 1);
        if (k >= 0 && lower(toks.get(k)).matches("who|which|that")) {
          k--; // "Hector Oqueli, who was kidnapped"
          if (k >= 0 && toks.get(k).text().equals(",")) {
            k--;
          }
        }
        Phrase subject = phraseBefore(text, toks, k, mentions);
        addVictimOrTarget(subject, args);
        // "Cristobal Perez and Ruben Dario Ramirez were shot": earlier conjoined subjects
        for (int n = 0; n < 4 && subject != null && subject.start() >= 0; n++) {
          int b = tokenAt(toks, subject.start()) - 1;
          if (b < 1 || !toks.get(b).text().matches("(?i)and|,")) {
            break;
          }
          subject = phraseBefore(text, toks, b - 1, mentions);
          addVictimOrTarget(subject, args);
        }
        int by = findWord(toks, te + 1, "by", 4);
        if (by >= 0) {
          addPerpetrator(phraseAfter(text, toks, by + 1, mentions), args);
        }
      } else if (verb && !trig.equals("wounded") && !trig.equals("injured")) {
        Phrase subject = phraseBefore(text, toks, skipBeforeVerb(toks, ti - 1), mentions);
        addPerpetrator(subject, args);
        int o = te + 1;
        Phrase object = phraseAfter(text, toks, o, mentions);
        addVictimOrTarget(object, args);
        conjoined(text, toks, object, mentions, args);
        int by = findWord(toks, te + 1, "by", 2);
        if (by >= 0) {
          addPerpetrator(phraseAfter(text, toks, by + 1, mentions), args);
        }
      } else {
        // nominal: "the assassination of X", "an attack on X", "a bomb exploded at X"
        int o = te + 1;
        if (o < toks.size() && toks.get(o).text().matches("(?i)exploded|went|go|detonated|blew")) {
          o++;
          if (o < toks.size() && toks.get(o).text().matches("(?i)off|up")) {
            o++;
          }
        }
        if (o < toks.size() && toks.get(o).text().matches("(?i)of|on|against|at|in|near|outside")) {
          Phrase object = phraseAfter(text, toks, o + 1, mentions);
          if (object != null && object.mention() == null
              || object != null && object.mention().type() != MentionType.PLACE) {
            addVictimOrTarget(object, args);
          }
        }
        int by = findWord(toks, te + 1, "by", 3);
        if (by >= 0) {
          addPerpetrator(phraseAfter(text, toks, by + 1, mentions), args);
        }
      }
      if (args.combat()[0]) {
        continue; // armed forces against guerrillas: combat, not an incident
      }
      if (perps.isEmpty() && orgs.isEmpty()) {
        attackersElsewhere(text, toks, ti, te, args);
      }
      if (victims.isEmpty()) {
        victimsElsewhere(s, toks, ti, te, args);
      }
      if (targets.isEmpty() && !PERSONAL_TRIGGER.matcher(trig).matches()) {
        targetsNear(text, toks, ti, te, args);
      }
      Incident inc = new Incident(kind, at, perps, orgs, victims, described, targets);
      if (!inc.empty()) {
        out.add(inc);
      }
    }
    return out;
  }

  /** Attacker nouns that name the perpetrators wherever the sentence puts them. */
  private static final Set<String> ATTACKERS =
      words(
          "guerrilla",
          "guerrillas",
          "terrorist",
          "terrorists",
          "gunman",
          "gunmen",
          "rebels",
          "insurgents",
          "subversives",
          "assassin",
          "assassins",
          "kidnappers",
          "attackers",
          "bombers",
          "commando",
          "commandos",
          "hitmen",
          "narcoterrorists",
          "individuals");

  /**
   * "Police said guerrillas were responsible for the explosion", "the attack, in which unidentified
   * individuals took part": when the patterns around the trigger name no perpetrator, an attacker
   * noun elsewhere in the sentence, not right after the trigger (its object), is the perpetrator.
   */
  private static void attackersElsewhere(String text, List<Token> toks, int ti, int te, Args args) {
    for (int k = 0; k < toks.size(); k++) {
      if ((k >= ti && k <= te + 3) || !ATTACKERS.contains(lower(toks.get(k)))) {
        continue;
      }
      if (k + 1 < toks.size()
          && toks.get(k + 1).isWord()
          && !BOUNDARY.contains(lower(toks.get(k + 1)))
          && !PAST_VERB.matcher(toks.get(k + 1).text()).matches()) {
        continue; // "guerrilla attacks": a modifier, not the head
      }
      Phrase p = phraseBefore(text, toks, k, args.mentions());
      if (p != null && !args.described().contains(p.text()) && !args.victims().contains(p.text())) {
        addPerpetrator(p, args);
      }
    }
  }

  /**
   * "the explosion damaged the facade of the bank", "dynamite attacks on two power pylons in the
   * area": when the patterns name no target, a thing noun near the trigger (its phrase ending
   * there) is one.
   */
  private static void targetsNear(String text, List<Token> toks, int ti, int te, Args args) {
    for (int k = Math.max(0, ti - NEAR); k < Math.min(toks.size(), te + NEAR + 1); k++) {
      if (k >= ti && k <= te || !THINGS.contains(lower(toks.get(k)))) {
        continue;
      }
      if (k + 1 < toks.size()
          && toks.get(k + 1).isWord()
          && THINGS.contains(lower(toks.get(k + 1)))) {
        continue; // "bank building": the last noun is the head
      }
      Phrase p = phraseBefore(text, toks, k, args.mentions());
      if (p != null && p.mention() == null && THINGS.contains(p.head())) {
        add(args.targets(), afterVerb(p.text()));
      }
    }
  }

  /** Triggers said of persons: a thing near them is seldom the target. */
  private static final Pattern PERSONAL_TRIGGER =
      Pattern.compile(
          "kill\\w*|murder\\w*|assassinat\\w*|shot.*|slain|wounded|injured|kidnap\\w*|abduct\\w*|gunned down|found dead|massacre\\w*");

  /** A verb in the past after a noun ("individuals took part", "gunmen fled"). */
  private static final Pattern PAST_VERB =
      Pattern.compile(
          "(?i)\\p{L}{2,}ed|took|fled|came|went|left|threw|hurled|blew|shot|set|stole|broke|hid");

  /** Verb forms a phrase read backwards from its noun may have swallowed ("destroying"). */
  private static final Pattern VERB_FORM =
      Pattern.compile(
          "(?i)\\p{L}+ing|\\p{L}{3,}ed|enter|burn|destroy|attack|bomb|ride|took|made|down");

  /** Adjectives that look like verb forms: they stay in the phrase. */
  private static final Set<String> ADJECTIVE_ED =
      words("armed", "armored", "armoured", "red", "united", "based", "wounded", "damaged");

  /** "our forces destroyed one armored vehicle" → "one armored vehicle": the words after a verb. */
  private static String afterVerb(String phrase) {
    String[] w = phrase.split(" ");
    int from = 0;
    for (int i = 0; i < w.length - 1; i++) {
      if (VERB_FORM.matcher(w[i]).matches()
          && !ADJECTIVE_ED.contains(w[i].toLowerCase(Locale.ROOT))) {
        from = i + 1;
      }
    }
    return String.join(" ", java.util.Arrays.copyOfRange(w, from, w.length));
  }

  /** How many tokens from the trigger a name may stand to be its victim without a pattern. */
  private static final int NEAR = 10;

  /** Words around a name that make it a source or a party, not a victim. */
  private static final Pattern NOT_VICTIM_AFTER =
      Pattern.compile(
          "(?i)said|says|told|stated|reported|added|announced|denied|condemned|"
              + "ordered|blamed|accused|claimed|charged|explained|noted|declared|asserted|indicated");

  private static final Pattern NOT_VICTIM_BEFORE =
      Pattern.compile(
          "(?i)by|said|to|according|president|minister|spokesman|commander|"
              + "leader|chief|director|colonel|general");

  /**
   * "Colonel Jose Perez was among the dead", "the bodies of X and Y were found": when the patterns
   * around the trigger name no victim, the sentence's other named persons are its victims, unless
   * the sentence quotes them, has them act ("X said", "X ordered"), or names them as perpetrators.
   */
  private static void victimsElsewhere(Sentence s, List<Token> toks, int ti, int te, Args args) {
    int to = te + NEAR;
    for (int k = te + 1; k < toks.size() && k <= te + NEAR; k++) {
      if (toks.get(k).text().equals(":")) {
        to = toks.size(); // "the assassinations in San Pedro Sula: X, Y and Z"
      }
    }
    for (String v : quietPersons(s, args.mentions(), ti - NEAR, to)) {
      if (!args.perps().contains(v)) {
        add(args.victims(), v);
      }
    }
  }

  /**
   * The named persons of sentence {@code s} between tokens {@code from} and {@code to} that neither
   * speak nor act there ("X said", "X ordered", "by X", "President X"), by canonical name; lone
   * given names and heads of state left out. These are the victims a sentence about an incident
   * names without a pattern the finder reads.
   */
  static List<String> quietPersons(Sentence s, List<Mention> mentions, int from, int to) {
    List<Token> toks = s.tokens();
    List<String> out = new ArrayList<>();
    for (Mention m : mentions) {
      if (m.type() != MentionType.PERSON
          || m.start() < s.start()
          || m.end() > s.end()
          || !m.canonical().contains(" ")
          || m.attribute("title") != null && m.attribute("title").contains("President")) {
        continue; // a lone given name, a head of state: seldom the victim when unread
      }
      int first = tokenAt(toks, m.start());
      int last = tokenAt(toks, m.end() - 1);
      if (first < 0 || last < 0 || first > to || last < from) {
        continue;
      }
      boolean acts =
          last + 1 < toks.size() && NOT_VICTIM_AFTER.matcher(toks.get(last + 1).text()).matches()
              || last + 2 < toks.size()
                  && toks.get(last + 1).text().equals(",")
                  && NOT_VICTIM_AFTER.matcher(toks.get(last + 2).text()).matches();
      boolean party = first > 0 && NOT_VICTIM_BEFORE.matcher(toks.get(first - 1).text()).matches();
      if (!acts && !party) {
        add(out, m.canonical());
      }
    }
    return out;
  }

  private static String kind(Matcher m) {
    for (String k : List.of("bombing", "kidnapping", "arson", "robbery", "attack")) {
      if (m.group(k) != null) {
        return k;
      }
    }
    return "attack";
  }

  /** A noun phrase: its text (or mention canonical), head word and the mention it is, if any. */
  record Phrase(String text, String head, Mention mention, int start, int end) {
    Phrase(String text, String head, Mention mention) {
      this(
          text,
          head,
          mention,
          mention == null ? -1 : mention.start(),
          mention == null ? -1 : mention.end());
    }
  }

  /** Where the arguments of one trigger are collected. */
  private record Args(
      List<String> perps,
      List<String> orgs,
      List<String> victims,
      List<String> described,
      List<String> targets,
      List<Mention> mentions,
      boolean[] combat) {}

  private static void addVictimOrTarget(Phrase p, Args a) {
    if (p == null) {
      return;
    }
    if (COMBATANTS.contains(p.head())) {
      a.combat()[0] = true;
      return;
    }
    if (p.mention() != null) {
      if (p.mention().type() == MentionType.PERSON) {
        add(a.victims(), p.mention().canonical());
        if (PERSONS.contains(p.head()) && !p.text().equals(p.mention().text())) {
          add(
              a.described(),
              p.text().substring(0, p.text().length() - p.mention().text().length()).strip());
        }
      } else if (p.mention().type() == MentionType.ORGANISATION && THINGS.contains(p.head())) {
        add(a.targets(), p.text());
      }
      return;
    }
    if (PERSONS.contains(p.head())) {
      add(a.described(), p.text());
    } else if (THINGS.contains(p.head())) {
      add(a.targets(), p.text());
    }
  }

  private static void addPerpetrator(Phrase p, Args a) {
    if (p == null) {
      return;
    }
    Mention m = p.mention();
    if (m != null && m.type() == MentionType.PERSON) {
      add(a.perps(), m.canonical());
      return;
    }
    if (m != null && m.type() == MentionType.ORGANISATION) {
      if (!"GOVERNMENT".equals(m.attribute("kind"))) {
        add(a.orgs(), m.canonical());
      }
      if (PERPETRATORS.contains(p.head()) && !p.text().equals(m.text())) {
        add(a.perps(), p.text()); // "members of the FMLN"
      }
      return;
    }
    if (m == null && PERPETRATORS.contains(p.head())) {
      add(a.perps(), p.text());
      // "FMLN terrorists", "Shining Path guerrillas": the organisation inside the phrase
      for (Mention o : a.mentions()) {
        if (o.type() == MentionType.ORGANISATION
            && o.start() >= p.start()
            && o.end() <= p.end()
            && !"GOVERNMENT".equals(o.attribute("kind"))) {
          add(a.orgs(), o.canonical());
        }
      }
    }
  }

  static void add(List<String> l, String v) {
    if (!v.isBlank() && !l.contains(v)) {
      l.add(v);
    }
  }

  /** The noun phrase starting at token {@code i} (determiners skipped). */
  /** "killed X and Y", "destroyed X, Y and Z": further objects of the same verb. */
  private static void conjoined(
      String text, List<Token> toks, Phrase first, List<Mention> mentions, Args a) {
    Phrase p = first;
    for (int n = 0; n < 4 && p != null && p.end() > 0; n++) {
      int next = tokenAt(toks, p.end() - 1) + 1;
      if (next >= toks.size() || !toks.get(next).text().matches("(?i)and|,")) {
        return;
      }
      next++;
      if (next < toks.size() && lower(toks.get(next)).equals("and")) {
        next++;
      }
      p = phraseAfter(text, toks, next, mentions);
      addVictimOrTarget(p, a);
    }
  }

  private static Phrase phraseAfter(String text, List<Token> toks, int i, List<Mention> mentions) {
    while (i < toks.size() && DETERMINERS.contains(lower(toks.get(i)))) {
      i++;
    }
    if (i >= toks.size()) {
      return null;
    }
    Mention at = mentionAt(mentions, toks.get(i).start());
    if (at != null && (at.type() == MentionType.PLACE || at.type() == MentionType.ORGANISATION)) {
      // "the Santo Tomas presidential farm", "the Avianca offices": a name before a thing noun
      int k = tokenAt(toks, at.end() - 1) + 1;
      int last = -1;
      while (k < toks.size() && k - i < 10 && toks.get(k).isWord()) {
        String w = lower(toks.get(k));
        if (BOUNDARY.contains(w) || w.equals("of")) {
          break;
        }
        last = k;
        k++;
      }
      if (last >= 0 && THINGS.contains(lower(toks.get(last)))) {
        int from = at.start();
        return new Phrase(
            clean(text.substring(from, toks.get(last).end())),
            lower(toks.get(last)),
            null,
            from,
            toks.get(last).end());
      }
    }
    if (at != null && at.type() != MentionType.DATE && at.type() != MentionType.QUANTITY) {
      return new Phrase(at.text(), lower(toks.get(tokenAt(toks, at.end() - 1))), at);
    }
    if (at != null) {
      return null;
    }
    int j = i;
    boolean of = false;
    int startChar = toks.get(i).start();
    int endChar = -1;
    String head = null;
    while (j < toks.size() && j - i < 7) {
      Token t = toks.get(j);
      String w = lower(t);
      if (w.equals("of") && !of && head != null) {
        Mention org = j + 1 < toks.size() ? mentionAt(mentions, toks.get(j + 1).start()) : null;
        int k = j + 1;
        while (k < toks.size() && DETERMINERS.contains(lower(toks.get(k)))) {
          k++;
        }
        if (org == null && k < toks.size()) {
          org = mentionAt(mentions, toks.get(k).start());
        }
        if (org != null && org.type() == MentionType.ORGANISATION) {
          // "members of the FMLN": the phrase keeps the organisation
          return new Phrase(text.substring(startChar, org.end()), head, org);
        }
        of = true;
        j++;
        continue;
      }
      if (!t.isWord() && !t.text().matches("[\"“”'-]")) {
        break;
      }
      if (BOUNDARY.contains(w)) {
        break;
      }
      Mention inner = j > i ? mentionAt(mentions, t.start()) : null;
      if (inner != null && inner.type() == MentionType.PERSON && head != null) {
        // "the mayor Jose Perez": the description and the named person
        return new Phrase(
            text.substring(startChar, inner.end()), head, inner, startChar, inner.end());
      }
      if (t.isWord()) {
        if (!of) {
          head = w;
        }
        endChar = t.end();
      }
      j++;
    }
    if (endChar < 0 || head == null) {
      return null;
    }
    return new Phrase(clean(text.substring(startChar, endChar)), head, null, startChar, endChar);
  }

  /** The noun phrase ending at token {@code i}. */
  private static Phrase phraseBefore(String text, List<Token> toks, int i, List<Mention> mentions) {
    if (i < 0) {
      return null;
    }
    Mention at = mentionEnding(mentions, toks.get(i).end());
    if (at != null && at.type() != MentionType.DATE && at.type() != MentionType.QUANTITY) {
      // "members of the FMLN attacked": the organisation, and the phrase as perpetrator
      int k = tokenAt(toks, at.start()) - 1;
      while (k >= 0 && DETERMINERS.contains(lower(toks.get(k)))) {
        k--;
      }
      if (at.type() == MentionType.ORGANISATION && k >= 1 && lower(toks.get(k)).equals("of")) {
        String h = lower(toks.get(k - 1));
        if (PERPETRATORS.contains(h)) {
          Phrase inner = phraseBefore(text, toks, k - 1, List.of());
          if (inner != null) {
            return new Phrase(text.substring(textStart(toks, inner, k - 1), at.end()), h, at);
          }
        }
      }
      return new Phrase(at.text(), lower(toks.get(i)), at);
    }
    int j = i;
    String head = lower(toks.get(i));
    if (!toks.get(i).isWord() || BOUNDARY.contains(head) || DETERMINERS.contains(head)) {
      return null;
    }
    while (j - 1 >= 0 && i - j < 6) {
      Token t = toks.get(j - 1);
      String w = lower(t);
      if (!t.isWord() || BOUNDARY.contains(w) || DETERMINERS.contains(w)) {
        break;
      }
      if (mentionEnding(mentions, t.end()) != null
          && mentionEnding(mentions, t.end()).type() == MentionType.PLACE) {
        break;
      }
      j--;
    }
    for (int k = j; k < i; k++) {
      if (lower(toks.get(k)).equals("of") && k > j) {
        head = lower(toks.get(k - 1));
        break;
      }
    }
    return new Phrase(
        clean(text.substring(toks.get(j).start(), toks.get(i).end())),
        head,
        null,
        toks.get(j).start(),
        toks.get(i).end());
  }

  private static int textStart(List<Token> toks, Phrase inner, int headIndex) {
    int words = inner.text().split("\\s+").length;
    return toks.get(Math.max(0, headIndex - words + 1)).start();
  }

  private static int skipAux(List<Token> toks, int i) {
    while (i >= 0
        && lower(toks.get(i))
            .matches("was|were|has|have|had|been|is|are|being|reportedly|allegedly|\\w+ly")) {
      i--;
    }
    return i;
  }

  private static int skipBeforeVerb(List<Token> toks, int i) {
    while (i >= 0 && SKIP_BEFORE_VERB.contains(lower(toks.get(i)))) {
      i--;
    }
    return i;
  }

  private static int findWord(List<Token> toks, int from, String word, int within) {
    for (int i = from; i < Math.min(toks.size(), from + within + 1); i++) {
      if (lower(toks.get(i)).equals(word)) {
        return i;
      }
      if (!toks.get(i).isWord() && !toks.get(i).isNumber()) {
        return -1;
      }
    }
    return -1;
  }

  private static String lower(Token t) {
    return t.text().toLowerCase(Locale.ROOT);
  }

  private static String clean(String s) {
    return s.replaceAll("^[\"“”'\\s-]+|[\"“”'\\s-]+$", "").replaceAll("\\s+", " ");
  }

  private static int tokenAt(List<Token> toks, int offset) {
    for (int i = 0; i < toks.size(); i++) {
      if (toks.get(i).start() <= offset && offset < toks.get(i).end()) {
        return i;
      }
    }
    return -1;
  }

  private static Mention mentionAt(List<Mention> mentions, int start) {
    for (Mention m : mentions) {
      if (m.start() == start) {
        return m;
      }
    }
    return null;
  }

  private static Mention mentionEnding(List<Mention> mentions, int end) {
    for (Mention m : mentions) {
      if (m.end() == end) {
        return m;
      }
    }
    return null;
  }
}
