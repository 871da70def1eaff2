package org.crosspoint.intake.mentions;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.crosspoint.intake.gazetteer.Gazetteer;
import org.crosspoint.intake.text.Sentence;
import org.crosspoint.intake.text.Token;

/**
 * All mentions of a document: dates first (so "June" is never a person), then names per sentence,
 * then quantities, then a document-level pass that resolves short references to the fullest name
 * the document gives ("Chaudhry" → "Aizaz Ahmad Chaudhry", "Khursani" → "Khalid Khurasani",
 * "Al-Baghdadi" → "Abu Bakar Al-Baghdadi"). Thread-safe: holds only the immutable gazetteer.
 */
public final class MentionFinder {
  private final Gazetteer gazetteer;
  private final NameFinder names;
  private final Optional<TrainedNameFinder> model;
  private final java.util.Set<MentionType> modelTypes;

  public MentionFinder(Gazetteer gazetteer) {
    this(gazetteer, Optional.empty(), java.util.Set.of());
  }

  /**
   * With a statistical name model as an extra signal: its spans of {@code modelTypes} are added
   * where the rules found no mention at all (the rules win every overlap).
   */
  public MentionFinder(
      Gazetteer gazetteer,
      Optional<TrainedNameFinder> model,
      java.util.Set<MentionType> modelTypes) {
    this.gazetteer = gazetteer;
    this.names = new NameFinder(gazetteer);
    this.model = model;
    this.modelTypes = java.util.Set.copyOf(modelTypes);
  }

  public List<Mention> find(String text, List<Sentence> sentences, Optional<LocalDate> published) {
    List<Mention> out = new ArrayList<>();
    for (Sentence s : sentences) {
      List<Mention> dates = DateFinder.find(text, s.start(), s.end(), published);
      boolean[] blocked = new boolean[s.tokens().size()];
      for (int i = 0; i < blocked.length; i++) {
        Token t = s.tokens().get(i);
        for (Mention d : dates) {
          if (t.start() < d.end() && d.start() < t.end()) {
            blocked[i] = true;
          }
        }
      }
      out.addAll(dates);
      out.addAll(names.find(text, s, blocked));
      for (Mention q : QuantityFinder.find(text, s.start(), s.end())) {
        if (dates.stream().noneMatch(d -> d.span().overlaps(q.span()))) {
          out.add(q);
        }
      }
    }
    if (model.isPresent() && !modelTypes.isEmpty()) {
      for (Mention m : model.get().find(text, sentences)) {
        if (modelTypes.contains(m.type())
            && properName(m.text())
            && out.stream().noneMatch(x -> x.span().overlaps(m.span()))) {
          out.add(m);
        }
      }
    }
    out = resolvePersons(out);
    out = withArticle(text, out);
    out.sort(Comparator.comparingInt(Mention::start).thenComparing(m -> -m.end()));
    return out;
  }

  private static final java.util.Set<MentionType> ARTICLE_TYPES =
      java.util.EnumSet.of(MentionType.ORGANISATION);

  /**
   * "the Coalition", "the Kurdish YPG": the article stays in an organisation's span, as re3d marks
   * it (dev: 215 of 899 organisation spans open with "the"; exact F1 0.360 → 0.393). Not for
   * places: there re3d mostly leaves it out (dev exact F1 0.685 → 0.619 with it).
   */
  private static final java.util.regex.Pattern PEOPLE_DETERMINER =
      java.util.regex.Pattern.compile(
          "(?:\\b(?:[Ss]ome|[Aa]ll|[Mm]any|[Mm]ost|[Oo]ur|[Tt]heir|[Ll]ocal|[Yy]oung|[Tt]he|[Ff]ellow)|\\b[0-9][0-9,]*) $");

  private static List<Mention> withArticle(String text, List<Mention> all) {
    List<Mention> out = new ArrayList<>(all.size());
    for (Mention m0 : all) {
      Mention m = m0;
      if ((m.type() == MentionType.ORGANISATION || m.type() == MentionType.PLACE)
          && m.text().length() > 2
          && Gazetteer.possessive(m.text())) {
        // "ISIL's", "NAVCENT’s": the possessive is no part of the name.
        m = m.spanning(m.start(), m.text().substring(0, m.text().length() - 2));
      }
      if ("PEOPLE".equals(m.attribute("kind"))) {
        // "Some Iraqis", "our Kurdish partners", "292 Iraqis": the determiner is in the span.
        java.util.regex.Matcher d =
            PEOPLE_DETERMINER.matcher(text.substring(Math.max(0, m.start() - 12), m.start()));
        if (d.find()) {
          int ds = m.start() - (d.end() - d.start());
          m = m.spanning(ds, text.substring(ds, m.end()));
        }
      }
      int s = m.start() - 4;
      String title = m.attribute("title");
      if (m.type() == MentionType.PERSON && title != null) {
        title = title.startsWith("former ") ? title.substring(7) : title;
        int ts = m.start() - 1 - title.length();
        if (ts >= 0 && text.charAt(m.start() - 1) == ' ' && text.startsWith(title, ts)) {
          // "President Hollande", "Mr Ellwood": re3d's person span holds the title (dev: exact
          // person F1 below); the name stays the canonical, the title an attribute.
          out.add(m.spanning(ts, text.substring(ts, m.end())));
          continue;
        }
      }
      if (ARTICLE_TYPES.contains(m.type())
          && !m.nameless()
          && s >= 0
          && (text.startsWith("the ", s) || text.startsWith("The ", s))
          && (s == 0 || !Character.isLetterOrDigit(text.charAt(s - 1)))
          && !m.text().regionMatches(true, 0, "the ", 0, 4)) {
        out.add(m.spanning(s, text.substring(s, m.end())));
      } else {
        out.add(m);
      }
    }
    return out;
  }

  /**
   * Gives every person mention the fullest name in the document that contains its words (compared
   * by consonant skeleton, so "Khorsani" = "Khorasani"), nearest earlier first; single capitalised
   * words that only matched as candidates become persons when they refer back to a named person,
   * and are dropped otherwise.
   */
  private List<Mention> resolvePersons(List<Mention> all) {
    List<Mention> persons = new ArrayList<>();
    for (Mention m : all) {
      if (m.type() == MentionType.PERSON && m.attribute("candidate") == null && !m.nameless()) {
        persons.add(m);
      }
    }
    List<Mention> out = new ArrayList<>();
    for (Mention m : all) {
      if (m.type() != MentionType.PERSON || m.nameless()) {
        out.add(m);
        continue;
      }
      Mention best = null;
      List<String> mine = NameWords.of(m.text());
      for (Mention p : persons) {
        List<String> theirs = NameWords.of(p.text());
        if (p == m
            || theirs.size() < mine.size()
            // A lone capitalised word refers back only by an equal word or, from six letters
            // on, one edit ("Khursani" = "Khurasani"; not "Dark" = "Dari", "Youth" = "South").
            || !NameWords.within(mine, theirs, m.attribute("candidate") != null ? 6 : 4)
            || (theirs.size() == mine.size()
                && (p.start() > m.start() || theirs.equals(mine))
                && !(m.attribute("candidate") != null && theirs.equals(mine)))) {
          continue;
        }
        boolean earlier = p.start() < m.start();
        if (best == null
            || (earlier && (best.start() > m.start() || p.start() > best.start()))
            || (!earlier && best.start() > m.start() && p.start() < best.start())) {
          best = p;
        }
      }
      if (m.attribute("candidate") != null) {
        if (best == null && sharesFamilyName(m.text(), mine, persons)) {
          // "Nechirvan Barzani" after "Masoud Barzani": a relative, a person in their own right.
          out.add(
              new Mention(
                  m.type(), m.start(), m.end(), m.text(), m.canonical(), java.util.Map.of()));
          continue;
        }
        if (best != null) {
          out.add(
              new Mention(
                  m.type(),
                  m.start(),
                  m.end(),
                  m.text(),
                  best.canonical(),
                  java.util.Map.of("refers_to", best.text())));
        }
        continue;
      }
      out.add(best == null ? m : m.withCanonical(best.canonical()));
    }
    // Canonicals may chain ("Asad Khorasani" → "Asad Khorsani" → "Asad al Khorasani").
    java.util.Map<String, String> next = new java.util.HashMap<>();
    for (Mention m : out) {
      if (m.type() == MentionType.PERSON && !m.text().equals(m.canonical())) {
        next.putIfAbsent(m.text(), m.canonical());
      }
    }
    List<Mention> settled = new ArrayList<>();
    for (Mention m : out) {
      String c = m.canonical();
      for (int hop = 0;
          m.type() == MentionType.PERSON
              && hop < 5
              && next.containsKey(c)
              && !next.get(c).equals(c);
          hop++) {
        c = next.get(c);
      }
      settled.add(c.equals(m.canonical()) ? m : m.withCanonical(c));
    }
    return settled;
  }

  /**
   * Whether a name of two or more words ends in the family name of a person the document names with
   * evidence (also of two or more words): "Nechirvan Barzani" after "Masoud Barzani". Not for a
   * common word ("Reading", "Hope") nor a place ("Jordan").
   */
  private boolean sharesFamilyName(String surface, List<String> mine, List<Mention> persons) {
    if (mine.size() < 2) {
      return false;
    }
    String family = mine.get(mine.size() - 1);
    String last = Gazetteer.withoutPossessive(surface.substring(surface.lastIndexOf(' ') + 1));
    if (family.length() < 4
        || org.crosspoint.intake.document.TrueCaser.isCommonWord(family)
        || gazetteer.place(last).isPresent()) {
      return false;
    }
    for (Mention p : persons) {
      List<String> theirs = NameWords.of(p.text());
      if (theirs.size() >= 2 && theirs.get(theirs.size() - 1).equals(family)) {
        return true;
      }
    }
    return false;
  }

  /** "Abu Omar", not "He" nor "The Minister": a capitalised word that is no common word. */
  private boolean properName(String surface) {
    for (String w : surface.split("[\\s]+")) {
      if (!w.isEmpty()
          && Character.isUpperCase(w.codePointAt(0))
          && !gazetteer.is("COMMON", w)
          && !gazetteer.is("TITLE", w)
          && !gazetteer.is("ROLE", w)) {
        return true;
      }
    }
    return false;
  }

  public Gazetteer gazetteer() {
    return gazetteer;
  }
}
