package org.crosspoint.intake.facts;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosspoint.intake.mentions.Mention;
import org.crosspoint.intake.mentions.MentionType;
import org.crosspoint.intake.text.Sentence;

/**
 * Facts from sentences and the mentions in them, by lexical patterns around trigger words.
 *
 * <p>Implementation notes. Each pattern was written from the seed reports and the MUC-4 style of
 * event templates: a trigger ("swore allegiance", "arrested", "attack ... (45 killed)", "denied")
 * and arguments taken from the mentions nearest to it in the same sentence. Attacks are events with
 * identity: the same attack named twice in a report ("Safoora Goth attack" in a list, then "the
 * Safoora Goth attack which was conducted by Jundullah") becomes one fact whose later sentences add
 * arguments. Who claimed an attack ("claimed_by") and who is said to have carried it out
 * ("attributed_to") are kept apart, as ACLED and GTD do. A list introduced by "X has claimed
 * responsibility for ... which include:" passes X to each listed attack. Claims keep the speaker
 * and a stance (affirm / deny) on a normalised proposition, so that a denial and an affirmation of
 * the same proposition can be set side by side.
 */
public final class FactExtractor {
  public static final String VERSION = "crosspoint-intake-rules/2";

  private static final Pattern ATTACK =
      Pattern.compile(
          "(?i)\\b(attacks?|attacked|bombings?|blasts?|assault|massacre|explosions?|suicide bomber|bomber|gunmen|shooting|ambush(?:ed)?|blew himself up|opened fire)\\b");
  private static final Pattern REFERS_BACK =
      Pattern.compile("(?i)\\bthe\\s+(attack|bombing|blast|explosion|assault|massacre|strike)\\b");
  private static final Pattern KILLED_BEFORE =
      Pattern.compile(
          "(?i)(?:kill(?:ed|ing)|claimed the lives of|left)\\s+(?:at least\\s+|some\\s+|nearly\\s+)?$");
  private static final Pattern KILLED_AFTER =
      Pattern.compile(
          "(?i)^\\s*(?:(?:were|have been|had been|was|are)\\s+)?(?:killed|dead|died|lost their lives|martyred)\\b");
  private static final Pattern WOUNDED_BEFORE =
      Pattern.compile("(?i)(?:wound(?:ed|ing)|injur(?:ed|ing))\\s+(?:at least\\s+|some\\s+)?$");
  private static final Pattern WOUNDED_AFTER =
      Pattern.compile(
          "(?i)^\\s*(?:(?:were|have been|had been|was|are)\\s+)?(?:wounded|injured|hurt)\\b");
  private static final Pattern BARE_COUNT =
      Pattern.compile(
          "(?i)\\b(killed|killing|wounded|wounding|injured|injuring)\\s+(?:at least\\s+|some\\s+)?(\\d{1,3}(?:,\\d{3})*)\\b(?![,.]?\\d)");
  private static final Pattern PROPAGANDA =
      Pattern.compile(
          "(?i)\\b(booklets?|pamphlets?|leaflets?|wall chalkings?|graffiti|propaganda literature|posters?|banners?)\\b");
  private static final Pattern CLAIMED_RESP =
      Pattern.compile("(?i)\\bclaim(?:ed|s)?\\s+responsibility\\b");
  private static final Pattern BLAMED =
      Pattern.compile("(?i)\\b(?:blamed|attributed\\s+(?:the\\s+\\w+\\s+)?to|accused)\\b");
  private static final Pattern CONDUCTED_BY =
      Pattern.compile(
          "(?i)\\b(?:conducted|carried out|executed|perpetrated|masterminded)\\s+by\\b");
  private static final Pattern PLEDGE =
      Pattern.compile(
          "(?i)\\b(swore|sworn|swear|pledged|pleaded|pledging|announced|declared|renew(?:ed)?|accepted|took|taken)\\s+"
              + "(?:(?:their|its|his|her|an|the)\\s+)?(allegiance|loyalty|oath(?: of allegiance)?|association|leadership)"
              + "(?:\\s+and\\s+support)?\\s+(to|with|of|from)\\b");
  private static final Pattern DID_TOO = Pattern.compile("\\band\\s+(\\S[^,.]*?)\\s+did\\s+too\\b");
  private static final Pattern ARREST =
      Pattern.compile(
          "(?i)\\b(arrested|detained|taken into custody|apprehended|captured|nabbed)\\b");
  private static final Pattern WIFE =
      Pattern.compile("\\bwith\\s+his\\s+(wife|son|brother|daughter|father|sons|brothers)\\b");
  private static final Pattern NATIONAL =
      Pattern.compile(
          "(?i)\\b(?:is|was)\\s+(?:an?\\s+)?(dual\\s+)?(?:([A-Z][a-z]+)\\s+)?national\\b(?:\\s*\\(([^)]*)\\))?");
  private static final Pattern ROLE_OF =
      Pattern.compile(
          "(?i)^,?\\s*(?:the\\s+|a\\s+|an\\s+)?((?:[\\w'-]+\\s+){0,3}?(spokesman|spokesperson|chief|leader|emir|commander|head|editor|member|founder|coordinator|official|cleric|secretary|minister))\\s+(?:of|for|in)\\s+(?:the\\s+|their\\s+)?");
  private static final Pattern LED_BY = Pattern.compile("(?i)\\bled\\s+by\\b");
  private static final Pattern LEADER_OF =
      Pattern.compile(
          "(?i)\\b(?:believed to be|as|is|was)\\s+the\\s+(leader|commander|chief|emir|head)\\s+of\\b");
  private static final Pattern WORKING_FOR =
      Pattern.compile("(?i)\\b(?:working for|affiliated with|member of|members of|joined|join)\\b");
  private static final Pattern CONTACT =
      Pattern.compile("(?i)\\b(?:communication|contact|calls?|links?)\\s+(?:of\\s+|with\\s+)");
  private static final Pattern RED_ALERT = Pattern.compile("(?i)\\bred\\s+alerts?\\b");
  private static final Pattern ECL = Pattern.compile("(?i)\\bExit\\s+Control\\s+List\\b|\\bECL\\b");
  private static final Pattern CROSSING =
      Pattern.compile(
          "(?i)\\b(crossed|crossing|crosses|travel(?:l)?ed|travel(?:l)?ing|entered|infiltrated|smuggled|fled|flee|migrate|enter)\\b");
  private static final Pattern DOCUMENT =
      Pattern.compile(
          "(?i)\\b((?:[A-Z][a-z]+|illegal|fake|forged|false)\\s+(?:travel\\s+)?(?:passports?|documents|visas?))\\b");
  private static final Pattern ROUTE =
      Pattern.compile(
          "\\b(?:[Tt]hrough|via)\\s+((?:the\\s+)?[A-Z][\\w-]*(?:\\s+(?:or|and)\\s+[A-Z][\\w-]*)?(?:\\s+border)?|the porous border|international cross-points)");
  private static final Pattern RECRUIT = Pattern.compile("(?i)\\brecruit(?:ing|ed|s|ment)?\\b");
  private static final Pattern DENY =
      Pattern.compile(
          "(?i)\\b(den(?:y|ied|ies|ying)|no presence|has no|have no|only exists|quashed|failed to penetrate|unable to|no operational|does not have|not a priority)\\b");
  private static final Pattern AFFIRM =
      Pattern.compile(
          "(?i)\\b(claim(?:s|ed)?|confirm(?:s|ed)?|reveal(?:s|ed)?|said|says|observed|disclosed|reports? of|poses? a threat|is recruiting|presence of|warn(?:ed|ings)?|informed|according to|mentions|told|searching)\\b");
  private static final Pattern PRESENCE =
      Pattern.compile(
          "(?i)\\b(presence|exists?|foothold|base|penetrate|operational|recruit\\w*|threat|working|links?)\\b");
  private static final Pattern GENERIC_SPEAKER =
      Pattern.compile(
          "(?i)\\b((?:the\\s+)?(?:federal\\s+)?government|(?:the\\s+)?interior minister|security agencies|intelligence agencies|(?:Security and )?intelligence sources|senior intelligence officials|(?:a\\s+)?senior official|officials dealing with counter-terrorism|a law-enforcement source|an insider|(?:the\\s+)?document|(?:the\\s+)?letter|Pakistani (?:intelligence )?agencies|several media outlets)\\b");
  private static final String ATTACKER_NOUNS =
      "(?:urban\\s+)?(?:guerrillas?|terrorists?|rebels?|commandos?|gunmen|militants?|members|insurgents?"
          + "|fighters|hit\\s*men|subversives?|cells?|columns?|squads?|units?|assassins?)";
  private static final Pattern PERP_AFTER =
      Pattern.compile("(?i)^'?s?\\s+" + ATTACKER_NOUNS + "\\b");
  private static final Pattern PERP_BEFORE =
      Pattern.compile("(?i)\\b" + ATTACKER_NOUNS + "\\s+(?:of|from)\\s+(?:the\\s+)?$");

  /** A sentence that speaks of an incident's victims. */
  private static final Pattern VICTIM_CUE =
      Pattern.compile(
          "(?i)\\b(victims?|identified as|bod(?:y|ies)|corpses?|the dead|among the dead|"
              + "were killed|was killed|died|lost (?:his|her|their) li(?:fe|ves))\\b");

  private static final Set<String> ISIS_FAMILY =
      Set.of("Islamic State", "Islamic State Khorasan Province");

  private FactExtractor() {}

  public static List<Fact> extract(String text, List<Sentence> sentences, List<Mention> mentions) {
    Run run = new Run(text, sentences, mentions);
    for (Sentence s : sentences) {
      run.sentence(s);
    }
    run.perpetratorOrganisations();
    return run.facts();
  }

  private static final class Run {
    final String text;
    final List<Sentence> sentences;
    final List<Mention> mentions;
    final List<Fact> facts = new ArrayList<>();
    final Map<String, Integer> attacks = new LinkedHashMap<>();
    final Map<String, String> sameOrganisation = new LinkedHashMap<>();
    String listClaimer;
    Integer lastIncident;
    String lastAttack;
    Mention lastPerson;
    String lastSpeaker;

    Run(String text, List<Sentence> sentences, List<Mention> mentions) {
      this.text = text;
      this.sentences = sentences;
      // A place inside an organisation's name ("Government of Iraq") is no argument of a fact.
      // Nor is a nation's people ("Syrians") an organisation that pledges, claims or recruits,
      // nor an office without a name ("the Prime Minister") a person.
      this.mentions =
          mentions.stream()
              .filter(m -> m.attribute("inside") == null)
              .filter(m -> !m.nameless())
              .toList();
      // "the Farabundo Marti National Liberation Front (FMLN)": the acronym is the same group.
      for (int i = 0; i + 1 < this.mentions.size(); i++) {
        Mention a = this.mentions.get(i);
        Mention b = this.mentions.get(i + 1);
        if (a.type() == MentionType.ORGANISATION
            && b.type() == MentionType.ORGANISATION
            && text.substring(a.end(), b.start()).strip().equals("(")
            && b.end() < text.length()
            && text.charAt(b.end()) == ')'
            && !a.canonical().equals(b.canonical())) {
          sameOrganisation.putIfAbsent(b.canonical(), a.canonical());
        }
      }
    }

    /** An organisation's name as the report first spells it out. */
    String organisation(String canonical) {
      return sameOrganisation.getOrDefault(canonical, canonical);
    }

    List<Fact> facts() {
      return facts;
    }

    /**
     * The report's own word for whose the perpetrators are: an organisation written with an
     * attacker noun ("FMLN terrorists", "guerrillas of the FMLN", "members of the Shining Path")
     * anywhere in the report. Each incident of the report that names no organisation itself gets
     * them as "perpetrator_organisation" — an inference from the report, weaker than
     * "attributed_to" (said of this incident) and "claimed_by" (the group's own claim).
     */
    void perpetratorOrganisations() {
      List<String> orgs = new ArrayList<>();
      for (Mention o : mentions) {
        if (o.type() != MentionType.ORGANISATION || "GOVERNMENT".equals(o.attribute("kind"))) {
          continue;
        }
        String after = text.substring(o.end(), Math.min(text.length(), o.end() + 30));
        String before = text.substring(Math.max(0, o.start() - 40), o.start());
        if (PERP_AFTER.matcher(after).find() || PERP_BEFORE.matcher(before).find()) {
          if (!orgs.contains(organisation(o.canonical()))) {
            orgs.add(organisation(o.canonical()));
          }
        }
      }
      if (orgs.isEmpty()) {
        return;
      }
      for (int i = 0; i < facts.size(); i++) {
        Fact f = facts.get(i);
        if (f.type() == FactType.ATTACK
            && f.argument("kind") != null
            && f.argument("attributed_to") == null
            && f.argument("claimed_by") == null) {
          Map<String, Object> a = new LinkedHashMap<>(f.arguments());
          a.put("perpetrator_organisation", List.copyOf(orgs));
          facts.set(i, new Fact(f.type(), a, f.evidence(), f.moreEvidence(), f.extractor()));
        }
      }
    }

    List<Mention> in(Sentence s, MentionType type) {
      List<Mention> out = new ArrayList<>();
      for (Mention m : mentions) {
        if (m.type() == type && m.start() >= s.start() && m.end() <= s.end()) {
          out.add(m);
        }
      }
      return out;
    }

    Evidence ev(Sentence s) {
      return new Evidence(s.text(), s.start(), s.end());
    }

    void add(FactType type, Map<String, Object> args, Sentence s) {
      facts.add(new Fact(type, args, ev(s), List.of(), VERSION));
    }

    void sentence(Sentence s) {
      String st = s.text();
      boolean bullet = st.startsWith("•") || st.startsWith("- ") || st.startsWith("* ");
      if (!bullet && !st.endsWith(":")) {
        listClaimer = null;
      }
      if (!attack(s, bullet)) {
        Integer before = lastIncident;
        incidents(s);
        if (java.util.Objects.equals(before, lastIncident)) {
          victimsNamedLater(s);
        }
      }
      pledge(s);
      arrest(s);
      family(s);
      nationality(s);
      roles(s);
      contact(s);
      listing(s);
      crossing(s);
      recruitment(s);
      claim(s);
      identifier(s);
      propaganda(s);
      List<Mention> persons = in(s, MentionType.PERSON);
      if (!persons.isEmpty()) {
        lastPerson = persons.get(0);
      }
      if (st.endsWith(":") && CLAIMED_RESP.matcher(st).find()) {
        Mention claimer = nearestBefore(s, indexOf(s, CLAIMED_RESP), MentionType.ORGANISATION);
        listClaimer = claimer == null ? null : claimer.canonical();
      }
    }

    /**
     * A violent incident found by the trigger lexicon and the syntax-light argument patterns of
     * {@link IncidentFinder}, for a sentence the named-attack rule above did not take: one ATTACK
     * fact per sentence, with "kind", "perpetrator", "attributed_to" (the perpetrator's
     * organisation), "victim", "target", casualties, place and date.
     */
    void incidents(Sentence s) {
      if (laterClaimOrBlame(s)) {
        return;
      }
      List<Mention> here = new ArrayList<>();
      for (Mention m : mentions) {
        if (m.start() >= s.start() && m.end() <= s.end()) {
          here.add(m);
        }
      }
      List<IncidentFinder.Incident> found = IncidentFinder.find(text, s, here);
      if (found.isEmpty()) {
        return;
      }
      Map<String, Object> args = new LinkedHashMap<>();
      List<String> perps = new ArrayList<>();
      List<String> orgs = new ArrayList<>();
      List<String> victims = new ArrayList<>();
      List<String> described = new ArrayList<>();
      List<String> targets = new ArrayList<>();
      for (IncidentFinder.Incident i : found) {
        i.described().forEach(v -> IncidentFinder.add(described, v));
        i.perpetrators().forEach(v -> IncidentFinder.add(perps, v));
        i.organisations().forEach(v -> IncidentFinder.add(orgs, organisation(v)));
        i.victims().forEach(v -> IncidentFinder.add(victims, v));
        i.targets().forEach(v -> IncidentFinder.add(targets, v));
      }
      String kind = found.get(0).kind();
      List<Mention> places = in(s, MentionType.PLACE);
      String on =
          !victims.isEmpty()
              ? " on " + victims.get(0)
              : !described.isEmpty()
                  ? " on " + described.get(0)
                  : !targets.isEmpty()
                      ? " on " + targets.get(0)
                      : !places.isEmpty() ? " in " + places.get(0).canonical() : "";
      args.put("name", kind + on);
      args.put("kind", kind);
      dateOf(s, args);
      if (!places.isEmpty()) {
        args.put("place", places.get(0).canonical());
      }
      casualties(s, args);
      if (!perps.isEmpty()) {
        args.put("perpetrator", perps);
      }
      if (!orgs.isEmpty()) {
        args.put("attributed_to", orgs);
      }
      if (!victims.isEmpty()) {
        args.put("victim", victims);
      }
      if (!described.isEmpty()) {
        args.put("victim_description", described);
      }
      if (!targets.isEmpty()) {
        args.put("target", targets);
      }
      lastAttack = null;
      lastIncident = facts.size();
      add(FactType.ATTACK, args, s);
    }

    /**
     * "The victims were identified as Jose Perez and Ana Lopez.", "Among the dead was Jose Perez.":
     * a later sentence that speaks of victims adds its named persons (those that neither speak nor
     * act there) to the report's last incident.
     */
    void victimsNamedLater(Sentence s) {
      if (lastIncident == null || !VICTIM_CUE.matcher(s.text()).find()) {
        return;
      }
      List<String> named = IncidentFinder.quietPersons(s, mentions, 0, s.tokens().size());
      if (named.isEmpty()) {
        return;
      }
      Fact old = facts.get(lastIncident);
      Map<String, Object> a = new LinkedHashMap<>(old.arguments());
      List<Object> victims = new ArrayList<>();
      if (a.get("victim") instanceof List<?> l) {
        victims.addAll(l);
      }
      for (String v : named) {
        if (!victims.contains(v) && !(a.get("perpetrator") instanceof List<?> p && p.contains(v))) {
          victims.add(v);
        }
      }
      a.put("victim", victims);
      List<Evidence> more = new ArrayList<>(old.moreEvidence());
      more.add(ev(s));
      facts.set(lastIncident, new Fact(old.type(), a, old.evidence(), more, old.extractor()));
    }

    /**
     * "The FMLN claimed responsibility for the attack." / "Police blamed the ELN for the bombing."
     * after an incident: the claim or attribution is added to the last incident of the report
     * (claimed_by from the group's own claim, attributed_to from someone else's blame).
     */
    boolean laterClaimOrBlame(Sentence s) {
      if (lastIncident == null) {
        return false;
      }
      String st = s.text();
      Matcher claim = CLAIMED_RESP.matcher(st);
      Matcher blame = BLAMED.matcher(st);
      String role;
      Mention org;
      if (claim.find()) {
        role = "claimed_by";
        org = nearestBefore(s, s.start() + claim.start(), MentionType.ORGANISATION);
      } else if (blame.find()) {
        role = "attributed_to";
        org = firstAfter(s, s.start() + blame.start(), MentionType.ORGANISATION);
      } else {
        return false;
      }
      if (org == null || "GOVERNMENT".equals(org.attribute("kind"))) {
        return false;
      }
      Fact old = facts.get(lastIncident);
      Map<String, Object> a = new LinkedHashMap<>(old.arguments());
      List<Object> who = new ArrayList<>();
      if (a.get(role) instanceof List<?> l) {
        who.addAll(l);
      }
      String name = organisation(org.canonical());
      if (!who.contains(name)) {
        who.add(name);
      }
      a.put(role, who);
      List<Evidence> more = new ArrayList<>(old.moreEvidence());
      more.add(ev(s));
      facts.set(lastIncident, new Fact(old.type(), a, old.evidence(), more, old.extractor()));
      return true;
    }

    boolean attack(Sentence s, boolean bullet) {
      String st = s.text();
      Matcher a = ATTACK.matcher(st);
      boolean trigger = a.find();
      boolean claimed = CLAIMED_RESP.matcher(st).find() && !st.endsWith(":");
      if (!trigger && !claimed) {
        return false;
      }
      String key = trigger ? sameAttack(attackKey(s, a.start())) : null;
      if (key == null && lastAttack != null && (claimed || REFERS_BACK.matcher(st).find())) {
        key = lastAttack; // "Jamaat-ul-Ahrar claimed responsibility for the attack."
      }
      Map<String, Object> args = new LinkedHashMap<>();
      casualties(s, args);
      boolean conducted = CONDUCTED_BY.matcher(st).find();
      boolean involved =
          st.matches("(?is).*\\b(involved in|behind|responsible for)\\b.*") && !claimed;
      if (key == null && trigger && !args.isEmpty()) {
        List<Mention> where = in(s, MentionType.PLACE);
        key =
            sameAttack(
                (where.isEmpty() ? "attack of sentence " + s.index() : where.get(0).canonical())
                    + " attack");
      }
      if (key == null || (args.isEmpty() && !attacks.containsKey(key) && !bullet)) {
        return false;
      }
      lastAttack = key;
      args.put("name", key);
      List<Mention> dates = in(s, MentionType.DATE);
      if (!dates.isEmpty()) {
        args.put("date", value(dates.get(0)));
      }
      List<Mention> places = in(s, MentionType.PLACE);
      if (!places.isEmpty()) {
        args.put("place", places.get(0).canonical());
      }
      Matcher on = Pattern.compile("(?i)attack\\s+on\\s+(?:the\\s+)?").matcher(st);
      if (on.find()) {
        Mention target = firstAfter(s, s.start() + on.end(), MentionType.PERSON);
        if (target != null) {
          args.put("target", target.canonical());
        }
      }
      if (bullet && listClaimer != null) {
        args.put("claimed_by", List.of(listClaimer));
      }
      Matcher cr = CLAIMED_RESP.matcher(st);
      if (cr.find() && claimed) {
        Mention c = nearestBefore(s, s.start() + cr.start(), MentionType.ORGANISATION);
        if (c == null) {
          c = firstAfter(s, s.start() + cr.end(), MentionType.ORGANISATION);
        }
        if (c != null && !"GOVERNMENT".equals(c.attribute("kind"))) {
          args.put("claimed_by", List.of(c.canonical()));
        }
      }
      if (conducted) {
        Matcher c = CONDUCTED_BY.matcher(st);
        c.find();
        Mention by = firstAfter(s, s.start() + c.end(), MentionType.ORGANISATION);
        if (by != null) {
          args.put("attributed_to", List.of(by.canonical()));
        }
      } else if (involved) {
        List<String> who = new ArrayList<>();
        for (Mention o : in(s, MentionType.ORGANISATION)) {
          if (o.start() < s.start() + a.start() && !who.contains(o.canonical())) {
            who.add(o.canonical());
          }
        }
        if (!who.isEmpty()) {
          args.put("attributed_to", who);
          args.put("attributed_by", "spokesman of " + who.get(0));
        }
      }
      Integer at = attacks.get(key);
      if (at == null) {
        attacks.put(key, facts.size());
        add(FactType.ATTACK, args, s);
      } else {
        Fact old = facts.get(at);
        Map<String, Object> merged = new LinkedHashMap<>(old.arguments());
        for (Map.Entry<String, Object> e : args.entrySet()) {
          if (e.getValue() instanceof List<?> l && merged.get(e.getKey()) instanceof List<?> ol) {
            List<Object> u = new ArrayList<>(ol);
            for (Object o : l) {
              if (!u.contains(o)) {
                u.add(o);
              }
            }
            merged.put(e.getKey(), u);
          } else {
            merged.putIfAbsent(e.getKey(), e.getValue());
          }
        }
        List<Evidence> more = new ArrayList<>(old.moreEvidence());
        if (!old.evidence().equals(ev(s)) && !more.contains(ev(s))) {
          more.add(ev(s));
        }
        facts.set(at, new Fact(FactType.ATTACK, merged, old.evidence(), more, VERSION));
      }
      return true;
    }

    /**
     * Killed and wounded from the sentence's quantities: "(45 killed)", "killed 45 people", "26
     * madressah students lost their lives", "wounding 12". Counts are the report's numbers exactly.
     */
    void casualties(Sentence s, Map<String, Object> args) {
      for (Mention q : in(s, MentionType.QUANTITY)) {
        if (q.attribute("percent") != null || q.attribute("low") == null) {
          continue;
        }
        String before = text.substring(Math.max(s.start(), q.start() - 30), q.start());
        String after = text.substring(q.end(), Math.min(s.end(), q.end() + 30));
        String unit = q.attribute("unit");
        long n = Long.parseLong(q.attribute("low"));
        boolean killed =
            KILLED_BEFORE.matcher(before).find()
                || KILLED_AFTER.matcher(after).find()
                || "killed".equals(unit)
                || "dead".equals(unit);
        boolean wounded =
            WOUNDED_BEFORE.matcher(before).find()
                || WOUNDED_AFTER.matcher(after).find()
                || "wounded".equals(unit)
                || "injured".equals(unit);
        if (killed && !args.containsKey("killed")) {
          args.put("killed", (int) n);
        } else if (wounded && !args.containsKey("wounded")) {
          args.put("wounded", (int) n);
        }
      }
      // A bare number after the verb ("wounded 30 in Quetta") is no quantity mention of its own.
      Matcher bare = BARE_COUNT.matcher(s.text());
      while (bare.find()) {
        String role =
            bare.group(1).toLowerCase(Locale.ROOT).startsWith("kill") ? "killed" : "wounded";
        args.putIfAbsent(role, Integer.parseInt(bare.group(2).replace(",", "")));
      }
    }

    /** An attack already seen under a name that differs only by generic words ("bus"). */
    String sameAttack(String key) {
      if (key == null) {
        return null;
      }
      String k = core(key);
      for (String known : attacks.keySet()) {
        if (core(known).equals(k)) {
          return known;
        }
      }
      return key;
    }

    static String core(String key) {
      return key.toLowerCase(Locale.ROOT)
          .replaceAll("\\b(bus|attack|suicide|bomb|the|on)\\b", " ")
          .replaceAll("\\s+", " ")
          .strip();
    }

    /**
     * "May 2015 Safoora Goth bus attack" → "Safoora Goth bus attack"; "attack on X" → "attack on
     * X".
     */
    String attackKey(Sentence s, int attackAt) {
      String st = s.text();
      int end = attackAt;
      int start = end;
      String[] words = st.substring(0, end).split("\\s+");
      List<String> kept = new ArrayList<>();
      for (int i = words.length - 1; i >= 0 && kept.size() < 6; i--) {
        String w = words[i].replaceAll("^[•(\"'“]+|[,;:)\"'”]+$", "");
        if (w.isEmpty()) {
          continue;
        }
        boolean cap = Character.isUpperCase(w.codePointAt(0));
        boolean joiner =
            w.equals("bus") || w.equals("hospital") || w.equals("suicide") || w.equals("bomb");
        if ((cap || joiner)
            && !w.matches(
                "(January|February|March|April|May|June|July|August|September|October|November|December|The|A|An|In|Following|Except|Mid|\\d+)")) {
          kept.add(0, w);
        } else if (w.matches(
            "\\d{4}|January|February|March|April|May|June|July|August|September|October|November|December")) {
          break;
        } else {
          break;
        }
      }
      String after = st.substring(attackAt);
      Matcher on =
          Pattern.compile("(?i)^attacks?\\s+on\\s+(?:the\\s+)?((?:[A-Z][\\w-]*\\s*)+)")
              .matcher(after);
      if (kept.isEmpty() && on.find()) {
        Mention target = firstAfter(s, s.start() + attackAt, MentionType.PERSON);
        return target != null ? "attack on " + target.canonical() : on.group(1).strip() + " attack";
      }
      if (kept.isEmpty()) {
        return null;
      }
      return String.join(" ", kept) + " attack";
    }

    void pledge(Sentence s) {
      Matcher m = PLEDGE.matcher(s.text());
      while (m.find()) {
        int verbAt = s.start() + m.start();
        int afterAt = s.start() + m.end();
        Mention subject = nearestActorBefore(s, verbAt);
        Mention object = firstActorAfter(s, afterAt);
        if (subject == null || object == null) {
          continue;
        }
        if (m.group(3).equalsIgnoreCase("from")) {
          Mention t = subject;
          subject = object;
          object = t;
        }
        Map<String, Object> args = new LinkedHashMap<>();
        args.put("subject", subject.canonical());
        args.put("subject_type", subject.type().name());
        if (object.type() == MentionType.PERSON) {
          args.put("leader", object.canonical());
          Mention org = firstAfter(s, object.end(), MentionType.ORGANISATION);
          if (org != null) {
            args.put("organisation", org.canonical());
          }
        } else {
          args.put("organisation", object.canonical());
        }
        args.put(
            "relation",
            m.group(1).toLowerCase(Locale.ROOT).startsWith("renew")
                ? "renewed allegiance"
                : "allegiance");
        Mention date = firstAfter(s, afterAt, MentionType.DATE);
        if (date != null) {
          args.put("date", value(date));
        }
        add(FactType.PLEDGE, args, s);
        // "Tehreek-e-Khilafat swore allegiance to ISIS in July 2014 and Jundullah did too in
        // November 2014."
        Matcher too = DID_TOO.matcher(s.text());
        if (too.find(m.end())) {
          Mention second = firstAfter(s, s.start() + too.start(1), MentionType.ORGANISATION);
          if (second != null) {
            Map<String, Object> a2 = new LinkedHashMap<>(args);
            a2.put("subject", second.canonical());
            Mention d2 = firstAfter(s, second.end(), MentionType.DATE);
            if (d2 != null) {
              a2.put("date", value(d2));
            }
            add(FactType.PLEDGE, a2, s);
          }
        }
      }
    }

    void arrest(Sentence s) {
      Matcher m = ARREST.matcher(s.text());
      if (!m.find()) {
        return;
      }
      Map<String, Object> args = new LinkedHashMap<>();
      List<Mention> persons = in(s, MentionType.PERSON);
      List<Mention> qs = in(s, MentionType.QUANTITY);
      if (!persons.isEmpty()) {
        args.put("subject", persons.get(0).canonical());
      } else if (!qs.isEmpty()) {
        args.put("count", Long.parseLong(qs.get(0).attribute("low")));
        args.put("subject", qs.get(0).text());
      } else if (s.text().matches("(?is)^\\s*(he|she)\\b.*") && lastPerson != null) {
        args.put("subject", lastPerson.canonical());
      } else {
        Matcher who =
            Pattern.compile("(?i)arrested\\s+(a man[^,.]*|[a-z ]*accomplices)").matcher(s.text());
        if (!who.find()) {
          return;
        }
        args.put("subject", who.group(1));
      }
      Mention place = firstAfter(s, s.start() + m.start(), MentionType.PLACE);
      if (place != null) {
        args.put("place", place.canonical());
      }
      List<Mention> dates = in(s, MentionType.DATE);
      if (!dates.isEmpty()) {
        args.put("date", value(dates.get(0)));
      }
      for (Mention o : in(s, MentionType.ORGANISATION)) {
        if (!"GOVERNMENT".equals(o.attribute("kind"))) {
          args.put("organisation", o.canonical());
          break;
        }
      }
      add(FactType.ARREST, args, s);
    }

    void family(Sentence s) {
      Matcher m = WIFE.matcher(s.text());
      while (m.find()) {
        Mention subj = lastBefore(s, s.start() + m.start(), MentionType.PERSON);
        Mention rel = firstAfter(s, s.start() + m.end(), MentionType.PERSON);
        if (subj != null && rel != null) {
          Map<String, Object> a = new LinkedHashMap<>();
          a.put("subject", subj.canonical());
          a.put("relative", rel.canonical());
          a.put("relation", m.group(1));
          add(FactType.FAMILY, a, s);
        }
      }
    }

    void nationality(Sentence s) {
      Matcher m = NATIONAL.matcher(s.text());
      while (m.find()) {
        Mention subj = lastBefore(s, s.start() + m.start(), MentionType.PERSON);
        if (subj == null) {
          continue;
        }
        List<String> nats = new ArrayList<>();
        for (Mention n : in(s, MentionType.NATIONALITY)) {
          if (n.start() >= s.start() + m.start() && n.end() <= s.start() + m.end()) {
            nats.addAll(List.of(n.canonical().split(",")));
          }
        }
        if (nats.isEmpty()) {
          continue;
        }
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("subject", subj.canonical());
        a.put("nationality", nats);
        if (m.group(1) != null) {
          a.put("dual", true);
        }
        add(FactType.NATIONALITY, a, s);
      }
      // "Pakistani-Syrian Yousaf al-Salafi": an adjective right before the name.
      for (Mention n : in(s, MentionType.NATIONALITY)) {
        Mention p = firstAfter(s, n.end(), MentionType.PERSON);
        if (p != null && text.substring(n.end(), p.start()).isBlank()) {
          Map<String, Object> a = new LinkedHashMap<>();
          a.put("subject", p.canonical());
          a.put("nationality", List.of(n.canonical().split(",")));
          add(FactType.NATIONALITY, a, s);
        }
      }
    }

    void roles(Sentence s) {
      for (Mention p : in(s, MentionType.PERSON)) {
        String after = text.substring(p.end(), s.end());
        Matcher m = ROLE_OF.matcher(after);
        if (m.find()) {
          Mention org = firstAfter(s, p.end() + m.end(), MentionType.ORGANISATION);
          if (org != null && org.start() <= p.end() + m.end() + 25) {
            relation(s, p, org, m.group(2).toLowerCase(Locale.ROOT), m.group(1).strip());
            continue;
          }
        }
        // "Malik Ishaq of Sipah-e-Sahaba"
        Matcher of = Pattern.compile("^\\s+of\\s+").matcher(after);
        if (of.find()) {
          Mention org = firstAfter(s, p.end(), MentionType.ORGANISATION);
          if (org != null && org.start() == p.end() + of.end()) {
            relation(s, p, org, "member", "member");
          }
        }
        // "Taliban spokesman Shahidullah Shahid"
        String role = p.attribute("role");
        if (role != null) {
          Mention org = lastBefore(s, p.start(), MentionType.ORGANISATION);
          if (org != null && text.substring(org.end(), p.start()).strip().equals(role)) {
            relation(s, p, org, role, role);
          }
        }
      }
      Matcher led = LED_BY.matcher(s.text());
      if (led.find()) {
        Mention org = lastBefore(s, s.start() + led.start(), MentionType.ORGANISATION);
        Mention p = firstAfter(s, s.start() + led.end(), MentionType.PERSON);
        if (org != null && p != null) {
          relation(s, p, org, "leader", "leader");
        }
      }
      Matcher lo = LEADER_OF.matcher(s.text());
      if (lo.find()) {
        Mention p = lastBefore(s, s.start() + lo.start(), MentionType.PERSON);
        Mention org = firstAfter(s, s.start() + lo.end(), MentionType.ORGANISATION);
        if (p != null && org != null) {
          relation(s, p, org, lo.group(1).toLowerCase(Locale.ROOT), lo.group(1));
        }
      }
      Matcher wf = WORKING_FOR.matcher(s.text());
      if (wf.find()) {
        Mention org = firstAfter(s, s.start() + wf.end(), MentionType.ORGANISATION);
        if (org != null) {
          List<Mention> persons = in(s, MentionType.PERSON);
          if (persons.isEmpty() && s.text().matches("(?s)^\\s*He\\b.*") && lastPerson != null) {
            persons = List.of(lastPerson);
          }
          for (Mention p : persons) {
            if (!ISIS_FAMILY.contains(p.canonical())) {
              relation(s, p, org, "member", "member");
            }
          }
        }
      }
    }

    void relation(Sentence s, Mention person, Mention org, String roleWord, String role) {
      boolean lead = Set.of("chief", "leader", "emir", "head", "commander").contains(roleWord);
      for (Fact f : facts) {
        if (f.evidence().start() == s.start()
            && person.canonical().equals(f.argument("subject"))
            && org.canonical().equals(f.argument("organisation"))) {
          return;
        }
      }
      Map<String, Object> a = new LinkedHashMap<>();
      a.put("subject", person.canonical());
      a.put("organisation", org.canonical());
      a.put("role", role);
      add(lead ? FactType.LEADERSHIP : FactType.MEMBERSHIP, a, s);
    }

    void contact(Sentence s) {
      Matcher m = CONTACT.matcher(s.text());
      if (!m.find() || !s.text().matches("(?is).*\\b(intercepted|contact|links)\\b.*")) {
        return;
      }
      int w = s.text().indexOf(" with ", m.start());
      if (w < 0) {
        return;
      }
      Mention subj = firstActorAfter(s, s.start() + m.start());
      Mention with = firstActorAfter(s, s.start() + w);
      if (subj == null && s.text().contains("operators of proscribed organizations")) {
        subj = null;
      }
      Map<String, Object> a = new LinkedHashMap<>();
      a.put(
          "subject",
          subj != null && subj.start() < s.start() + w
              ? subj.canonical()
              : "operators of proscribed organizations");
      if (with == null) {
        return;
      }
      a.put("with", with.canonical());
      if (s.text().contains("intercepted")) {
        a.put("means", "intercepted communication");
      }
      add(FactType.CONTACT, a, s);
    }

    void listing(Sentence s) {
      String st = s.text();
      String list =
          RED_ALERT.matcher(st).find() ? "RED_ALERT" : ECL.matcher(st).find() ? "ECL" : null;
      if (list == null) {
        return;
      }
      Map<String, Object> a = new LinkedHashMap<>();
      a.put("list", list);
      List<Mention> persons = in(s, MentionType.PERSON);
      List<Mention> qs = in(s, MentionType.QUANTITY);
      if (!persons.isEmpty()) {
        a.put("subject", persons.get(0).canonical());
      } else if (!qs.isEmpty()) {
        a.put("subject", qs.get(0).text());
        a.put("count", Long.parseLong(qs.get(0).attribute("low")));
      } else if (st.contains("Annex")) {
        a.put("subject", "names at Annex (A) of the letter");
      } else {
        Matcher their = Pattern.compile("(?i)\\b(their|his|her)\\s+names?").matcher(st);
        a.put("subject", their.find() ? "names (" + their.group(1) + ")" : "unspecified");
      }
      a.put(
          "status",
          st.matches("(?is).*\\b(asked|request\\w*|recommend\\w*|should|urged)\\b.*")
                  && !st.contains("we have")
              ? "requested"
              : "placed");
      add(FactType.LISTING, a, s);
    }

    void crossing(Sentence s) {
      String st = s.text();
      Matcher m = CROSSING.matcher(st);
      if (!m.find()) {
        return;
      }
      Matcher doc = DOCUMENT.matcher(st);
      Matcher route = ROUTE.matcher(st);
      boolean into =
          st.matches("(?is).*\\b(into|to)\\s+(Pakistan|Syria|Afghanistan|Iraq|the country)\\b.*");
      boolean hasDoc = doc.find();
      boolean hasRoute = route.find();
      if (!hasDoc && !hasRoute && !st.matches("(?is).*\\b(crossed|border)\\b.*")) {
        return;
      }
      Map<String, Object> a = new LinkedHashMap<>();
      List<Mention> persons = in(s, MentionType.PERSON);
      List<Mention> qs = in(s, MentionType.QUANTITY);
      if (!persons.isEmpty()) {
        List<String> names = new ArrayList<>();
        for (Mention p : persons) {
          if (!names.contains(p.canonical())) {
            names.add(p.canonical());
          }
        }
        a.put("subject", names);
      } else if (!qs.isEmpty()) {
        a.put("subject", qs.get(0).text());
      } else {
        Matcher nat =
            Pattern.compile(
                    "(?i)\\b((?:five|four|three|two|a|an)\\s+[A-Z][a-z]+\\s+nationals?[^,.]*?)\\s+(?:crossed|travel)")
                .matcher(st);
        a.put("subject", nat.find() ? nat.group(1) : "unspecified");
      }
      if (hasDoc) {
        a.put("document", doc.group(1));
      }
      if (hasRoute) {
        a.put("route", route.group(1));
      }
      if (into) {
        Matcher d =
            Pattern.compile("(?i)\\b(?:into|to)\\s+(Pakistan|Syria|Afghanistan|Iraq)\\b")
                .matcher(st);
        if (d.find()) {
          a.put("destination", d.group(1));
        }
      }
      if (st.matches("(?is).*\\b(illegal\\w*)\\b.*")) {
        a.put("legality", "illegal");
      }
      add(FactType.CROSSING, a, s);
    }

    void recruitment(Sentence s) {
      Matcher m = RECRUIT.matcher(s.text());
      if (!m.find()) {
        return;
      }
      Mention org = nearestBefore(s, s.start() + m.start(), MentionType.ORGANISATION);
      if (org == null) {
        org = firstAfter(s, s.start() + m.end(), MentionType.ORGANISATION);
      }
      if (org == null) {
        return;
      }
      Map<String, Object> a = new LinkedHashMap<>();
      a.put("organisation", org.canonical());
      Mention q = firstAfter(s, s.start() + m.start(), MentionType.QUANTITY);
      if (q != null) {
        a.put("count", q.canonical());
      }
      List<String> places = new ArrayList<>();
      for (Mention p : in(s, MentionType.PLACE)) {
        if (p.start() > s.start() + m.start() && !places.contains(p.canonical())) {
          places.add(p.canonical());
        }
      }
      if (!places.isEmpty()) {
        a.put("place", places);
      }
      List<Mention> persons = in(s, MentionType.PERSON);
      if (!persons.isEmpty()) {
        a.put("recruiter", persons.get(0).canonical());
      }
      add(FactType.RECRUITMENT, a, s);
    }

    void claim(Sentence s) {
      String st = s.text();
      Mention isis = null;
      for (Mention o : in(s, MentionType.ORGANISATION)) {
        if (ISIS_FAMILY.contains(o.canonical())) {
          isis = o;
          break;
        }
      }
      boolean groupRef =
          st.matches("(?is).*\\b(the militant group|the terror group|the group)\\b.*");
      if (isis == null && !groupRef) {
        return;
      }
      boolean deny = DENY.matcher(st).find();
      boolean affirm = AFFIRM.matcher(st).find();
      if (!deny && !affirm) {
        return;
      }
      // Figures: "over 370 ISIS terrorists in Pakistan", "200 Daesh suspects", "10,000 to 12,000
      // fighters".
      for (Mention q : in(s, MentionType.QUANTITY)) {
        String unit = q.attribute("unit");
        if (unit != null
            && unit.matches("fighters?|terrorists?|suspects?|militants?")
            && q.attribute("vague") == null) {
          Map<String, Object> a = new LinkedHashMap<>();
          a.put("speaker", speaker(s));
          a.put("stance", "affirm");
          a.put("proposition", "strength of Islamic State in Pakistan");
          a.put("figure", q.canonical());
          a.put("figure_text", q.text());
          dateOf(s, a);
          add(FactType.CLAIM, a, s);
        }
      }
      if (!PRESENCE.matcher(st).find()) {
        return;
      }
      // "While the federal government continues to deny ..., security agencies claim that ...":
      // one sentence, two speakers, two stances. Clauses are cut at commas before a new cue.
      List<int[]> clauses = new ArrayList<>();
      int from = 0;
      Matcher cut =
          Pattern.compile(
                  ",\\s+(?=[a-z]+\\s+(?:agencies|officials|sources)\\b)|;\\s+|\\bhowever,?\\s+"
                      + "|,\\s+(?=(?:the\\s+)?(?:[A-Z][\\w’']*\\s+){1,4}(?:said|says|claim|claims|claimed|confirmed|revealed|stated)\\b)")
              .matcher(st);
      while (cut.find()) {
        clauses.add(new int[] {from, cut.start()});
        from = cut.end();
      }
      clauses.add(new int[] {from, st.length()});
      for (int[] c : clauses) {
        String clause = st.substring(c[0], c[1]);
        boolean d = DENY.matcher(clause).find();
        boolean af = AFFIRM.matcher(clause).find();
        if (!d && !af && clauses.size() > 1) {
          continue;
        }
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("speaker", clauses.size() > 1 ? speakerIn(s, c[0], c[1]) : speaker(s));
        a.put("stance", (clauses.size() > 1 ? d : deny) ? "deny" : "affirm");
        a.put("proposition", "presence of Islamic State in Pakistan");
        dateOf(s, a);
        add(FactType.CLAIM, a, s);
      }
    }

    String speakerIn(Sentence s, int from, int to) {
      for (Mention m : mentions) {
        if (m.start() >= s.start() + from
            && m.end() <= s.start() + to
            && ((m.type() == MentionType.ORGANISATION && "GOVERNMENT".equals(m.attribute("kind")))
                || (m.type() == MentionType.PERSON && m.attribute("title") != null))) {
          return remember(
              m.type() == MentionType.PERSON
                  ? m.attribute("title") + " " + m.canonical()
                  : m.canonical());
        }
      }
      Matcher g = GENERIC_SPEAKER.matcher(s.text()).region(from, to);
      if (g.find()) {
        return g.group(1);
      }
      return speaker(s);
    }

    void identifier(Sentence s) {
      for (Mention h : in(s, MentionType.HANDLE)) {
        String before = text.substring(Math.max(s.start(), h.start() - 25), h.start());
        if (!before.matches(
            "(?s).*\\b(tweets|posts|writes|known|goes|appears)\\s+(as\\s+|under\\s+)?$")) {
          continue;
        }
        Mention p = nearestBefore(s, h.start(), MentionType.PERSON);
        if (p == null) {
          p = nearestBefore(s, h.start(), MentionType.ORGANISATION);
        }
        if (p != null) {
          Map<String, Object> a = new LinkedHashMap<>();
          a.put("subject", p.canonical());
          a.put("handle", h.text());
          a.put("platform", before.contains("tweets") ? "Twitter" : "online");
          add(FactType.IDENTIFIER, a, s);
        }
      }
    }

    void propaganda(Sentence s) {
      Matcher m = PROPAGANDA.matcher(s.text());
      if (!m.find()) {
        return;
      }
      List<String> places = new ArrayList<>();
      for (Mention p : in(s, MentionType.PLACE)) {
        if (!places.contains(p.canonical())) {
          places.add(p.canonical());
        }
      }
      if (places.isEmpty()) {
        return;
      }
      Map<String, Object> a = new LinkedHashMap<>();
      a.put("material", m.group(1).toLowerCase(Locale.ROOT));
      Matcher title = Pattern.compile("titled\\s+[‘'\"“]([^’'\"”]+)[’'\"”]").matcher(s.text());
      if (title.find()) {
        a.put("title", title.group(1));
      }
      for (Mention o : in(s, MentionType.ORGANISATION)) {
        a.put("organisation", o.canonical());
        break;
      }
      a.put("place", places);
      dateOf(s, a);
      add(FactType.PROPAGANDA, a, s);
    }

    void dateOf(Sentence s, Map<String, Object> a) {
      List<Mention> d = in(s, MentionType.DATE);
      if (!d.isEmpty()) {
        a.put("date", value(d.get(0)));
      }
    }

    String speaker(Sentence s) {
      for (Mention p : in(s, MentionType.PERSON)) {
        if (p.attribute("title") != null || p.attribute("role") != null) {
          return remember(
              (p.attribute("title") != null ? p.attribute("title") + " " : "") + p.canonical());
        }
      }
      Matcher sv =
          Pattern.compile("(?i)\\b(said|says|observed|revealed|confirmed|stated|added|told)\\b")
              .matcher(s.text());
      for (Mention p : in(s, MentionType.PERSON)) {
        if (sv.find(Math.max(0, p.end() - s.start())) && sv.start() - (p.end() - s.start()) < 20) {
          return remember(p.canonical());
        }
      }
      Matcher g = GENERIC_SPEAKER.matcher(s.text());
      if (g.find()
          && !s.text().matches("(?is).*\\b(he|she) (said|says|added|observed|revealed)\\b.*")) {
        return remember(g.group(1));
      }
      for (Mention o : in(s, MentionType.ORGANISATION)) {
        String kind = o.attribute("kind");
        if ("GOVERNMENT".equals(kind)) {
          return remember(o.canonical());
        }
      }
      if (s.text().matches("(?is).*\\b(he|she) (said|says|added|observed|revealed)\\b.*")) {
        int i = s.index();
        for (int k = i + 1; k < Math.min(sentences.size(), i + 2); k++) {
          for (Mention p : in(sentences.get(k), MentionType.PERSON)) {
            if (p.attribute("title") != null) {
              return remember(p.attribute("title") + " " + p.canonical());
            }
          }
        }
        if (lastSpeaker != null) {
          return lastSpeaker;
        }
      }
      return "the report";
    }

    String remember(String speaker) {
      lastSpeaker = speaker;
      return speaker;
    }

    Mention nearestActorBefore(Sentence s, int at) {
      Mention best = null;
      for (Mention m : mentions) {
        if ((m.type() == MentionType.PERSON || m.type() == MentionType.ORGANISATION)
            && m.start() >= s.start()
            && m.end() <= at) {
          best = m;
        }
      }
      return best;
    }

    Mention firstActorAfter(Sentence s, int at) {
      for (Mention m : mentions) {
        if ((m.type() == MentionType.PERSON || m.type() == MentionType.ORGANISATION)
            && m.start() >= at
            && m.end() <= s.end()) {
          return m;
        }
      }
      return null;
    }

    Mention firstAfter(Sentence s, int at, MentionType type) {
      for (Mention m : mentions) {
        if (m.type() == type && m.start() >= at && m.end() <= s.end()) {
          return m;
        }
      }
      return null;
    }

    Mention firstBefore(Sentence s, int at, MentionType type) {
      for (Mention m : mentions) {
        if (m.type() == type && m.start() >= s.start() && m.end() <= at) {
          return m;
        }
      }
      return null;
    }

    Mention lastBefore(Sentence s, int at, MentionType type) {
      return nearestBefore(s, at, type);
    }

    Mention nearestBefore(Sentence s, int at, MentionType type) {
      Mention best = null;
      for (Mention m : mentions) {
        if (m.type() == type && m.start() >= s.start() && m.end() <= at) {
          best = m;
        }
      }
      return best;
    }

    int indexOf(Sentence s, Pattern p) {
      Matcher m = p.matcher(s.text());
      return m.find() ? s.start() + m.start() : s.end();
    }

    static String value(Mention date) {
      return date.canonical().isEmpty() ? date.text() : date.canonical();
    }
  }
}
