package org.crosspoint.intake.document;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Restores letter case in text written all in capitals (wire copy, telex, radio transcripts: "THE
 * FMLN ATTACKED AN ELECTRIC POWER SUBSTATION IN SAN SALVADOR"), so that the name finder, which
 * relies on capitals, sees names again. Text that is not shouting is returned unchanged: a text is
 * shouting when at least 85% of its cased letters (and at least 20 of them) are capitals.
 *
 * <p>The rule, word by word: a word of the common English vocabulary (SCOWL sizes 10–35, 38,000
 * words, with plural and verb endings stripped) is written in lower case; any other word is a name
 * and written Capitalised, except short unpronounceable ones (FMLN, URNG, MRTA, ELN), which stay
 * capitals as acronyms. The first word of a sentence or paragraph is capitalised; a run of common
 * organisation words ending in a head word (Front, Army, Party, ...) that holds a name is
 * capitalised whole ("Farabundo Marti National Liberation Front"). Spanish and Arabic name
 * particles are written as names use them ("de", "del", but "San", "El", "Al"). Case changes only:
 * the output has the length of the input, char for char, so offsets are kept.
 */
public final class TrueCaser {
  private static final Set<String> COMMON = load();

  /** Words of wire copy on conflicts that SCOWL's common sizes lack. */
  private static final Set<String> EXTRA_COMMON =
      Set.of(
          "guerrilla",
          "guerrillas",
          "narcoterrorist",
          "narcoterrorists",
          "narcoterrorism",
          "narco",
          "paramilitary",
          "paramilitaries",
          "counterinsurgency",
          "dynamite",
          "militia",
          "militias",
          "communique",
          "kidnappers",
          "hostage",
          "hostages",
          "jihadist",
          "jihadists",
          "militant",
          "militants",
          "insurgents",
          "subversive",
          "subversives",
          "urban",
          "gunmen");

  /** "MR", "DR", "MSGR", "JR": abbreviated titles and suffixes, no acronyms ("Mr", "Msgr"). */
  private static final Set<String> ABBREVIATED_TITLES =
      Set.of(
          "mr", "mrs", "ms", "dr", "msgr", "mgr", "jr", "sr", "st", "lt", "sgt", "gen", "col",
          "capt", "maj", "cpl", "pvt", "cmdr", "adm", "brig", "gov", "sen", "rep", "fr");

  private static final Set<String> LOWER_PARTICLES = Set.of("de", "del", "da", "do", "dos", "y");
  private static final Set<String> NAME_PARTICLES =
      Set.of("la", "las", "los", "el", "al", "san", "santa", "santo");

  /** Words that organisation names are made of, capitalised inside such a name. */
  private static final Set<String> ORG_HEADS =
      Set.of(
          "front",
          "army",
          "movement",
          "party",
          "unity",
          "union",
          "command",
          "commandos",
          "cartel",
          "brigade",
          "brigades",
          "forces",
          "alliance",
          "organization",
          "organisation",
          "council",
          "squad",
          "squads",
          "group",
          "battalion",
          "guard",
          "board",
          "resistance",
          "federation",
          "confederation");

  /** The words of an organisation's name: its heads and the words before them. */
  private static final Set<String> ORG_WORDS =
      union(
          ORG_HEADS,
          Set.of(
              "national",
              "liberation",
              "revolutionary",
              "patriotic",
              "popular",
              "people",
              "people's",
              "peoples",
              "democratic",
              "republican",
              "socialist",
              "communist",
              "workers",
              "united",
              "armed",
              "islamic",
              "death",
              "special",
              "anti",
              "of",
              "the",
              "and",
              "for",
              "coordinating"));

  private static final Pattern WORD = Pattern.compile("[A-Za-z]+(?:'[A-Za-z]+)?");

  private TrueCaser() {}

  /** True when the text is written (almost) all in capitals. */
  public static boolean shouting(String text) {
    int upper = 0;
    int lower = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isUpperCase(c)) {
        upper++;
      } else if (Character.isLowerCase(c)) {
        lower++;
      }
    }
    return upper >= 20 && upper >= 0.85 * (upper + lower);
  }

  /** The text with case restored when it is shouting; otherwise the text itself. */
  public static String ifShouting(String text) {
    return shouting(text) ? trueCase(text) : text;
  }

  /** Restores case word by word (see the class comment); the result has the input's length. */
  public static String trueCase(String text) {
    char[] out = text.toCharArray();
    List<int[]> words = new ArrayList<>();
    List<Boolean> named = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      String w = m.group();
      String lower = w.toLowerCase(Locale.ROOT);
      boolean paren =
          m.start() > 0
              && text.charAt(m.start() - 1) == '('
              && m.end() < text.length()
              && text.charAt(m.end()) == ')';
      boolean name;
      if (lower.equals("i")) {
        put(out, m.start(), "I");
        name = false;
      } else if (LOWER_PARTICLES.contains(lower)) {
        put(out, m.start(), lower);
        name = false;
      } else if (NAME_PARTICLES.contains(lower)) {
        put(out, m.start(), capitalised(lower));
        name = true;
      } else if (common(lower) && !(paren && w.length() <= 6)) {
        put(out, m.start(), lower);
        name = false;
      } else if (ABBREVIATED_TITLES.contains(lower)) {
        put(out, m.start(), capitalised(lower));
        name = true;
      } else if (acronym(lower) || paren) {
        put(out, m.start(), w.toUpperCase(Locale.ROOT));
        name = true;
      } else {
        put(out, m.start(), capitalised(lower));
        name = true;
      }
      words.add(new int[] {m.start(), m.end()});
      named.add(name);
    }
    organisations(text, out, words, named);
    sentenceStarts(out, words);
    return new String(out);
  }

  /** "Farabundo Marti national liberation front" → "... National Liberation Front". */
  private static void organisations(
      String text, char[] out, List<int[]> words, List<Boolean> named) {
    int i = 0;
    while (i < words.size()) {
      String head = text.substring(words.get(i)[0], words.get(i)[1]).toLowerCase(Locale.ROOT);
      if (head.equals("of") || head.equals("the") || head.equals("and") || head.equals("for")) {
        i++;
        continue;
      }
      int j = i;
      boolean hasName = false;
      int lastHead = -1;
      while (j < words.size()) {
        int[] w = words.get(j);
        if (j > i && !text.substring(words.get(j - 1)[1], w[0]).equals(" ")) {
          break;
        }
        String lower = text.substring(w[0], w[1]).toLowerCase(Locale.ROOT);
        if (named.get(j)) {
          hasName = true;
        } else if (!ORG_WORDS.contains(lower)) {
          break;
        }
        if (ORG_HEADS.contains(lower)) {
          lastHead = j;
        }
        j++;
      }
      if (lastHead >= 0 && (hasName || lastHead - i >= 2)) {
        for (int k = i; k <= lastHead; k++) {
          int[] w = words.get(k);
          String lower = text.substring(w[0], w[1]).toLowerCase(Locale.ROOT);
          boolean joiner =
              lower.equals("of")
                  || lower.equals("the")
                  || lower.equals("and")
                  || lower.equals("for");
          if (!named.get(k) && !joiner) {
            put(out, w[0], capitalised(lower));
          }
        }
      }
      i = Math.max(j, i + 1);
    }
  }

  /** Capitalises the first word of the text, of each paragraph and after . ! ? */
  private static void sentenceStarts(char[] out, List<int[]> words) {
    int prevEnd = 0;
    boolean first = true;
    for (int[] w : words) {
      boolean start = first;
      if (!first) {
        String gap = new String(out, prevEnd, w[0] - prevEnd);
        start = gap.matches("(?s).*([.!?][\"')\\]]*\\s|\\n\\s*\\n|^\\s*\\n).*");
      }
      if (start) {
        out[w[0]] = Character.toUpperCase(out[w[0]]);
      }
      prevEnd = w[1];
      first = false;
    }
  }

  /** Short and unpronounceable: no vowel, or three consonants at either end ("URNG", "MRTA"). */
  static boolean acronym(String lower) {
    if (lower.length() > 5) {
      return false;
    }
    if (lower.length() <= 3) {
      return true;
    }
    return !lower.matches(".*[aeiouy].*")
        || lower.matches("^[^aeiouy]{3}.*|.*[^aeiouy]{3}$")
        || lower.matches(".*[^aeiouy]{4}.*");
  }

  /**
   * Whether a lower-case word is common English (SCOWL sizes 10–35), directly or after stripping a
   * plural, possessive or verb ending: "residents", "witnessed".
   */
  public static boolean isCommonWord(String lower) {
    return common(lower);
  }

  /** In the common vocabulary, directly or after stripping a plural, possessive or verb ending. */
  static boolean common(String lower) {
    String w = lower.endsWith("'s") ? lower.substring(0, lower.length() - 2) : lower;
    if (w.contains("'")) {
      return true; // "don't", "o'clock"; a name with an apostrophe ("O'Neill") is rare in capitals
    }
    if (COMMON.contains(w) || EXTRA_COMMON.contains(w)) {
      return true;
    }
    // "substation", "counterattack": a common word after a common prefix
    for (String prefix : List.of("sub", "counter", "anti", "non", "inter", "over", "under", "re")) {
      if (w.startsWith(prefix)
          && w.length() - prefix.length() >= 4
          && COMMON.contains(w.substring(prefix.length()))) {
        return true;
      }
    }
    for (String[] rule :
        new String[][] {
          {"ies", "y"},
          {"es", ""},
          {"s", ""},
          {"ed", ""},
          {"ed", "e"},
          {"ing", ""},
          {"ing", "e"},
          {"ly", ""},
          {"ers", ""},
          {"er", ""}
        }) {
      if (w.endsWith(rule[0]) && w.length() > rule[0].length() + 2) {
        String base = w.substring(0, w.length() - rule[0].length()) + rule[1];
        if (COMMON.contains(base) || EXTRA_COMMON.contains(base)) {
          return true;
        }
        // doubled consonant: "kidnapped" → "kidnap"
        if ((rule[0].equals("ed") || rule[0].equals("ing")) && rule[1].isEmpty()) {
          String undoubled = base.substring(0, base.length() - 1);
          if (base.length() > 3
              && base.charAt(base.length() - 1) == base.charAt(base.length() - 2)
              && COMMON.contains(undoubled)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private static String capitalised(String lower) {
    StringBuilder sb = new StringBuilder(lower);
    boolean up = true;
    for (int i = 0; i < sb.length(); i++) {
      char c = sb.charAt(i);
      if (up && Character.isLetter(c)) {
        sb.setCharAt(i, Character.toUpperCase(c));
        up = false;
      } else if (c == '-') {
        up = true;
      }
    }
    return sb.toString();
  }

  /** Writes {@code word} over {@code out} from {@code at}, char for char (same length). */
  private static void put(char[] out, int at, String word) {
    for (int i = 0; i < word.length(); i++) {
      out[at + i] = word.charAt(i);
    }
  }

  private static Set<String> load() {
    Set<String> words = new HashSet<>();
    try (InputStream in = TrueCaser.class.getResourceAsStream("common-words.txt")) {
      if (in == null) {
        throw new IllegalStateException("common-words.txt missing from the intake module");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (!line.isBlank()) {
          words.add(line.strip());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return words;
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> u = new java.util.HashSet<>(a);
    u.addAll(b);
    return Set.copyOf(u);
  }
}
