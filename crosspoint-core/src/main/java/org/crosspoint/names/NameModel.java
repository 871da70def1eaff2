package org.crosspoint.names;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A name as parts with their roles, aware of Arabic-origin structure:
 *
 * <ul>
 *   <li>particles (al, el, ul, ud, ad, ash, ...; de, van, von, ...) are not parts; "al" marks the
 *       next word as a nisba or family name ("al-Tikriti");
 *   <li>bin / ibn / bint / ben / ould mark the next word as a nasab (a father's or grandfather's
 *       name), numbered in order, because "Salman bin Muhammad" is not "Muhammad bin Salman";
 *   <li>abu / umm join the next word into a kunya ("Abu Bakr" = "Abubakar");
 *   <li>abd / abdul / abdel / abdur join the next word ("Abdul Rahman" = "Abdulrahman" = "Abd
 *       al-Rahman", all "abdrahman");
 *   <li>"-ullah" and "-uddin" compounds are joined ("Saif Ullah" = "Saifullah", "Nur al-Din" =
 *       "Nooruddin");
 *   <li>a glued article on a nisba is split ("ALSALAFI" = "al-Salafi");
 *   <li>an East Slavic patronymic ("Anatolyevich", "Hryhoryavich") is a father's name, left out as
 *       cheaply as a nasab part.
 * </ul>
 *
 * @param parts the parts in written order
 */
public record NameModel(List<Part> parts) {

  public enum Role {
    /** The first part that is not a kunya: the person's own name. */
    GIVEN,
    /** A part after bin/ibn: a forefather's name; {@link Part#depth()} counts the generation. */
    NASAB,
    /**
     * An East Slavic patronymic ("Anatolyevich"): a father's name like a nasab, but marked by the
     * word itself, so its position says nothing.
     */
    PATRONYMIC,
    /** abu X / umm X. */
    KUNYA,
    /** A part after "al"/"el", usually a nisba or family name. */
    NISBA,
    /** Any other part; its position is its only role. */
    OTHER
  }

  /**
   * @param text canonical matching form (ASCII lower case, joined compounds)
   * @param source the words this part was made from as written (with a preceding article),
   *     space-separated, for explanations
   * @param role the part's role
   * @param depth nasab generation (1 = father), 0 otherwise
   */
  public record Part(String text, String source, Role role, int depth) {
    /** Whether the role was written explicitly (bin, abu, al) rather than read from position. */
    public boolean explicitRole() {
      return role == Role.NASAB
          || role == Role.PATRONYMIC
          || role == Role.KUNYA
          || role == Role.NISBA;
    }
  }

  /**
   * Arabic articles as romanised. Not "il": on the lists it is almost always the Korean name part
   * ("Kim Jong Il", "Kwang-Il"), which must not vanish as a particle.
   */
  static final Set<String> ARTICLES =
      Set.of(
          "al", "el", "ul", "ud", "ad", "ed", "ash", "as", "at", "ar", "az", "an", "adh", "ath",
          "es", "er", "ez");

  static final Set<String> LATIN_PARTICLES =
      Set.of(
          "de", "da", "di", "du", "del", "della", "dos", "das", "do", "van", "von", "der", "den",
          "y", "zu", "ter", "ten");
  static final Set<String> NASAB =
      Set.of("bin", "ibn", "bint", "ben", "ould", "wuld", "walad", "ibnu", "b");
  static final Set<String> KUNYA =
      Set.of("abu", "abou", "abo", "abul", "umm", "um", "ummu", "abi", "ebu");
  static final Set<String> ABD =
      Set.of(
          "abd", "abdul", "abdel", "abdal", "abdol", "abdoul", "abdur", "abdu", "abdus", "abdil",
          "abdelal", "abdou", "abdoel", "ebd");
  private static final Set<String> ALLAH = Set.of("ullah", "ulla", "allah", "lah", "llah");
  private static final Set<String> DIN = Set.of("din", "deen", "dine", "uddin", "eddine", "uddeen");

  /**
   * "-ud-Din" written apart with its article glued on ("Khayr alDin", "Nour Eddine"): the article
   * says it belongs to the word before, as "Nur al-Din" does written in three words. "Din" alone
   * may be a name of its own and is joined only after an article.
   */
  private static final Set<String> DIN_WITH_ARTICLE =
      Set.of(
          "uddin", "uddeen", "aldin", "eldin", "addin", "aldeen", "eldeen", "eddin", "eddine",
          "aldine", "eldine", "uddine", "ddin");

  private static final String[] ULLAH_SUFFIX = {"ullah", "ulla", "allah", "ollah", "illah"};
  private static final String[] UDDIN_SUFFIX = {
    "uddin", "uddeen", "eddine", "eddin", "addin", "aldin", "uldin", "eldin", "oddin", "uddine",
    "udin", "edin", "eddeen", "aldeen"
  };

  /** Persian and Pashto suffixes written apart ("Akhund Zada", "Achak Zai"): joined on. */
  private static final Set<String> SUFFIXES =
      Set.of("zada", "zadah", "zadeh", "zai", "zay", "khel", "khail");

  private static final Set<String> MOHD = Set.of("mohd", "md", "muhd", "mhd");

  /** The words of the name in order, each joined compound as one word. */
  public List<String> words() {
    List<String> w = new ArrayList<>(parts.size());
    for (Part p : parts) {
      w.add(p.text());
    }
    return w;
  }

  static NameModel parse(List<String> tokens) {
    return parse(tokens, tokens);
  }

  /**
   * @param tokens normalised words
   * @param display the same words as written (case kept, script romanised), for explanations
   */
  static NameModel parse(List<String> tokens, List<String> display) {
    if (display.size() != tokens.size()) {
      display = tokens;
    }
    int moved = rotation(tokens);
    if (moved > 0) {
      tokens = rotate(tokens, moved);
      display = rotate(display, moved);
    } else if (moved < 0) {
      tokens = rotate(tokens, tokens.size() + moved);
      display = rotate(display, display.size() + moved);
    }
    int articleAt = -1;
    List<Part> parts = new ArrayList<>(tokens.size());
    int depth = 0;
    Role pending = null;
    boolean haveGiven = false;
    int i = 0;
    while (i < tokens.size()) {
      String t = tokens.get(i);
      boolean hasNext = i + 1 < tokens.size();
      if (NASAB.contains(t) && hasNext && !(t.equals("b") && parts.isEmpty())) {
        depth++;
        pending = Role.NASAB;
        i++;
        continue;
      }
      if ((ARTICLES.contains(t) || LATIN_PARTICLES.contains(t)) && hasNext) {
        if (pending == null && ARTICLES.contains(t)) {
          pending = Role.NISBA;
        }
        if (articleAt < 0) {
          articleAt = i;
        }
        i++;
        continue;
      }
      int partStart = i;
      String source = display.get(i);
      String text = t;
      Role role;
      int glued; // the slipped "abdul" prefix of a glued name (gluedAbdSlip), once computed
      if ((KUNYA.contains(t) || isKunyaSlip(t)) && hasNext) {
        int j = skipArticles(tokens, i + 1);
        if (j < tokens.size()) {
          source = String.join(" ", display.subList(i, j + 1));
          text = "abu" + stripGluedArticle(tokens.get(j));
          i = j;
        }
        role = Role.KUNYA;
      } else if (t.length() >= 6
          && (t.startsWith("abu") || t.startsWith("abou"))
          && !t.startsWith("abub")
          && !isAbd(t)) {
        text = "abu" + stripGluedArticle(t.substring(t.startsWith("abou") ? 4 : 3));
        role = Role.KUNYA;
      } else {
        role = null;
      }
      if (role == null && isAbd(t) && hasNext) {
        int j = skipArticles(tokens, i + 1);
        if (j < tokens.size()) {
          source = String.join(" ", display.subList(i, j + 1));
          text = "abd" + stripGluedArticle(tokens.get(j));
          i = j;
        }
      } else if (role == null && t.startsWith("abd") && t.length() >= 6) {
        text = "abd" + abdRest(t.substring(3));
      } else if (role == null && t.length() >= 8 && (glued = gluedAbdSlip(t)) > 0) {
        text = "abd" + t.substring(glued);
      } else if (role == null && MOHD.contains(t)) {
        text = "muhammad";
      }
      if (role == null) {
        // "Saif ul lah", "Saif Ullah", "Nur ad Din": join onto this word.
        int j = skipArticles(tokens, i + 1);
        if (j < tokens.size()
            && (ALLAH.contains(tokens.get(j))
                || DIN.contains(tokens.get(j))
                || DIN_WITH_ARTICLE.contains(tokens.get(j)))) {
          boolean allah = ALLAH.contains(tokens.get(j));
          if (allah || j > i + 1 || DIN_WITH_ARTICLE.contains(tokens.get(j))) {
            source = String.join(" ", display.subList(i, j + 1));
            text = text + (allah ? "ullah" : "uddin");
            i = j;
          }
        } else if (i + 1 < tokens.size() && SUFFIXES.contains(tokens.get(i + 1))) {
          source = display.get(i) + " " + display.get(i + 1);
          text = text + tokens.get(i + 1);
          i++;
        } else {
          text = canonicalCompound(text);
        }
        if (text.length() >= 6
            && (text.startsWith("al") || text.startsWith("el"))
            && isConsonant(text.charAt(2))
            && (text.endsWith("i") || text.endsWith("y"))) {
          text = text.substring(2);
          pending = pending == null ? Role.NISBA : pending;
        }
        if (pending != null) {
          role = pending;
        } else if (!haveGiven) {
          role = Role.GIVEN;
        } else {
          role = Role.OTHER;
        }
      }
      if (role == Role.GIVEN) {
        haveGiven = true;
      }
      if (articleAt >= 0) {
        source = String.join(" ", display.subList(articleAt, partStart)) + " " + source;
        articleAt = -1;
      }
      parts.add(new Part(text, source, role, role == Role.NASAB ? depth : 0));
      pending = null;
      i++;
    }
    markPatronymic(parts);
    return new NameModel(List.copyOf(parts));
  }

  /**
   * A name whose last word is a particle that needs a word after it ("Qadir Haqqani Abdul", "Mouldi
   * Hamroui Kamel ben"), or whose first word is a compound ending that needs a word before it
   * ("Ullah Iqbal Imanat"), was turned around: its last word written first, as when a name's fields
   * are swapped. Returns how many leading tokens to move to the end (the first word with its
   * articles), minus one when the last token must move to the front, or 0.
   */
  private static int rotation(List<String> tokens) {
    int n = tokens.size();
    if (n < 3) {
      return 0;
    }
    String last = tokens.get(n - 1);
    // a word after an article is a nisba or family name ("Al-Ahdal"), not a particle
    if (ARTICLES.contains(tokens.get(n - 2))) {
      return 0;
    }
    if (isAbd(last)
        || KUNYA.contains(last)
        || isKunyaSlip(last)
        || (NASAB.contains(last) && !last.equals("b"))) {
      int k = 0;
      while (k < n - 1
          && (ARTICLES.contains(tokens.get(k)) || LATIN_PARTICLES.contains(tokens.get(k)))) {
        k++;
      }
      // a word must stay between the moved one and the particle
      return k + 2 < n && !isParticle(tokens.get(k)) ? k + 1 : 0;
    }
    if (LEADING_COMPOUND_ENDS.contains(tokens.get(0)) || DIN_WITH_ARTICLE.contains(tokens.get(0))) {
      return -1;
    }
    return 0;
  }

  /** Compound endings that never start a name ("Allah" does: "Allah Dad", "Allah Noor"). */
  private static final Set<String> LEADING_COMPOUND_ENDS =
      Set.of("ullah", "ulla", "uddin", "uddeen");

  private static boolean isParticle(String t) {
    return ABD.contains(t) || KUNYA.contains(t) || NASAB.contains(t);
  }

  /** The list turned so that its element {@code k} comes first. */
  private static List<String> rotate(List<String> l, int k) {
    List<String> r = new ArrayList<>(l.size());
    r.addAll(l.subList(k, l.size()));
    r.addAll(l.subList(0, k));
    return r;
  }

  /**
   * Whether a word is "abd" / "abdul" in any spelling, or a typing slip of a spelling of five
   * letters or more ("Adbul", "Abgul", "Abdrul", "Bdul"; one letter added, dropped, replaced or two
   * swapped), or "abd" with a stray letter before it ("Jabd"). Slips of "abd" itself are not taken:
   * at three letters one edit away lie other names ("Abid", "Abed", "Abdi").
   */
  static boolean isAbd(String t) {
    if (ABD.contains(t)) {
      return true;
    }
    if (t.length() <= 4 && isAbdSlip(t)) {
      return true;
    }
    if (t.length() < 4 || t.length() > 7 || KUNYA.contains(t) || NASAB.contains(t)) {
      return false;
    }
    if (t.length() == 4) {
      // "Bdul", "Adul"; not "Adel" or "Abel", names of their own
      return t.endsWith("abd") || Slip.oneApart(t, "abdul");
    }
    for (String form : ABD_LONG) {
      if (!t.startsWith(form) && abdSlip(t, form)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a word is one slip from a spelling of "abdul"; not "abdal" with its "b" struck as
   * another consonant: "Ahdal", "Afdal" are names of their own.
   */
  private static boolean abdSlip(String t, String form) {
    int slip = Slip.find(t, form);
    return slip >= 0
        && !(form.equals("abdal") && Slip.kind(slip) == Slip.REPLACED && Slip.position(slip) == 1);
  }

  /**
   * A typing slip of "abd" that no name is written so: its letters swapped ("Bad", "Adb"), a
   * consonant slipped in after its "a" or "b" ("Agbd", "Abnd"), or its "a" struck as a consonant
   * ("Gbd"). A vowel slipped in or put last makes names ("Abid", "Abed", "Abdi") and is not taken.
   */
  private static boolean isAbdSlip(String t) {
    int slip = Slip.find(t, "abd");
    if (slip < 0) {
      return false;
    }
    int at = Slip.position(slip);
    return switch (Slip.kind(slip)) {
      case Slip.SWAPPED -> true;
      case Slip.EXTRA_IN_FIRST -> at >= 1 && at <= 2 && isConsonant(t.charAt(at));
      case Slip.REPLACED -> at == 0 && isConsonant(t.charAt(0));
      default -> false;
    };
  }

  /**
   * A typing slip of "abu" / "abou", read as that particle before a word: letters swapped ("Bau",
   * "Aobu"), the "a" struck as a consonant ("Gbu", "Dbou") or dropped ("Bu", "Bou": also how the
   * Gulf and the Maghreb write it), a letter slipped in before it or inside it ("Labu", "Dabou",
   * "Abyu"). Not another vowel or consonant in place of the "b" or "u" ("Abe", "Aba", "Adu",
   * "Anu"), a letter added at the end ("Abus"), nor the names one slip away ({@link
   * #NAMES_NEAR_ABU}): those stay names. Not "abd" and its slips, which join as "abd".
   */
  static boolean isKunyaSlip(String t) {
    if (t.length() < 2
        || t.length() > 5
        || KUNYA.contains(t)
        || NASAB.contains(t)
        || ARTICLES.contains(t)
        || NAMES_NEAR_ABU.contains(t)
        || isAbd(t)) {
      return false;
    }
    for (String form : KUNYA_SLIPPED) {
      int slip = Slip.find(t, form);
      if (slip < 0) {
        continue;
      }
      int at = Slip.position(slip);
      boolean taken =
          switch (Slip.kind(slip)) {
            case Slip.SWAPPED -> true;
            case Slip.REPLACED -> at == 0 && isConsonant(t.charAt(0));
            case Slip.EXTRA_IN_FIRST -> at < form.length();
            default -> at == 0;
          };
      if (taken) {
        return true;
      }
    }
    return false;
  }

  /** Given names one typing slip from "abu". */
  private static final Set<String> NAMES_NEAR_ABU = Set.of("babu", "sabu", "kabu", "anbu");

  /** The spellings of "abu" slips are measured against. */
  private static final String[] KUNYA_SLIPPED = {"abu", "abou"};

  /** The spellings of "abdul" slips are measured against. */
  private static final String[] ABD_LONG = {"abdul", "abdel", "abdal", "abdol", "abdur", "abdoul"};

  /**
   * A glued "abdul" with a typing slip ("Mbdulpatta", "Tbdalkarim", "Axdolreza"): the length of the
   * slipped prefix when the word's first four to six letters are one edit from a spelling of
   * "abdul" (at least two letters follow: words of eight letters or more), else 0. Words starting
   * "abd" are read as such already; "abu" and "abo" start a kunya ("Aboulkassim").
   */
  static int gluedAbdSlip(String t) {
    if (t.startsWith("abd") || t.startsWith("abu") || t.startsWith("abo")) {
      return 0;
    }
    if (Slip.oneApart(t.substring(0, 4), "abdul")) {
      return 4;
    }
    for (int len = 5; len <= 6; len++) {
      String prefix = t.substring(0, len);
      for (String form : ABD_LONG) {
        if (form.length() == 5 && abdSlip(prefix, form)) {
          return len;
        }
      }
    }
    return 0;
  }

  /**
   * East Slavic patronymics ("Alyaksandr Hryhoryavich Lukashenka", "Vladimir Anatolyevich Tyurin")
   * are a father's name like a nasab: lists carry them, passports and aliases often do not, so
   * leaving one out is an omission of a nasab part. Only in names of three or more parts, right
   * after the given name or last (family name first), so that a family name ending in "-ovich"
   * ("Roman Abramovich") stays a family name.
   */
  private static void markPatronymic(List<Part> parts) {
    if (parts.size() < 3) {
      return;
    }
    for (int k : new int[] {1, parts.size() - 1}) {
      Part p = parts.get(k);
      if (p.role() == Role.OTHER && isPatronymic(p.text())) {
        parts.set(k, new Part(p.text(), p.source(), Role.PATRONYMIC, 0));
        return;
      }
    }
  }

  private static final String[] PATRONYMIC_SUFFIX = {
    "ovich", "evich", "ovych", "evych", "ovna", "evna", "ivna", "ichna", "avich"
  };

  static boolean isPatronymic(String text) {
    if (text.length() < 7) {
      return false;
    }
    for (String s : PATRONYMIC_SUFFIX) {
      if (text.endsWith(s)) {
        return true;
      }
    }
    return false;
  }

  private static int skipArticles(List<String> tokens, int j) {
    while (j < tokens.size() - 1 && ARTICLES.contains(tokens.get(j))) {
      j++;
    }
    return j;
  }

  /** "allah" → "lah", "alrahman" → "rahman": the article glued to the word after abd/abu. */
  private static String stripGluedArticle(String w) {
    if (w.length() >= 5 && (w.startsWith("al") || w.startsWith("el")) && isConsonant(w.charAt(2))) {
      return w.substring(2);
    }
    return w;
  }

  /** The part after a glued "abd": "ulrahman", "urrahman", "elaziz", "ullah" → the bare name. */
  private static String abdRest(String rest) {
    int k = 0;
    while (k < rest.length() && isVowel(rest.charAt(k))) {
      k++;
    }
    if (k > 0 && k < rest.length() - 2 && rest.charAt(k) == 'l') {
      k++;
    }
    String r = rest.substring(k);
    if (r.length() >= 2 && r.charAt(0) == r.charAt(1)) {
      r = r.substring(1);
    }
    return r.length() >= 2 ? r : rest;
  }

  private static String canonicalCompound(String t) {
    for (String s : ULLAH_SUFFIX) {
      if (t.length() >= s.length() + 3 && t.endsWith(s)) {
        return t.substring(0, t.length() - s.length()) + "ullah";
      }
    }
    for (String s : UDDIN_SUFFIX) {
      if (t.length() >= s.length() + 3 && t.endsWith(s)) {
        return t.substring(0, t.length() - s.length()) + "uddin";
      }
    }
    return t;
  }

  static boolean isVowel(char c) {
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
  }

  private static boolean isConsonant(char c) {
    return c >= 'a' && c <= 'z' && !isVowel(c);
  }
}
