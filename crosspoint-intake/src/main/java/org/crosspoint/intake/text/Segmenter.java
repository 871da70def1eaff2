package org.crosspoint.intake.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits cleaned text into sentences and tokens, keeping offsets. Rule-based: a line break always
 * ends a sentence (cleaned reports hold one paragraph or list item per line); inside a line, '.',
 * '!' or '?' (and a closing quote or bracket after it) ends one when followed by space and an
 * upper-case letter, a digit or an opening quote, unless the word before is a known abbreviation
 * ("Dr.", "U.S.", "Jan.") or a single initial. Thread-safe: no state.
 */
public final class Segmenter {
  private static final Set<String> ABBREVIATIONS =
      Set.of(
          "Dr", "Mr", "Mrs", "Ms", "Prof", "Gen", "Lt", "Col", "Maj", "Capt", "Sgt", "Brig", "Adm",
          "Gov", "Sen", "Rep", "St", "Jr", "Sr", "No", "Vol", "vs", "etc", "Jan", "Feb", "Mar",
          "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Inc", "Ltd", "Co",
          "Corp", "U.S", "U.K", "U.N", "e.g", "i.e", "approx", "Mt", "Ft");
  // Words with inner hyphens/apostrophes ("Lashkar-e-Jhangvi", "Daesh's"), acronyms with dots
  // ("U.S."), numbers with separators ("10,000", "3.5"), handles ("@ISIS_Urdu"), else one char.
  private static final Pattern TOKEN =
      Pattern.compile(
          "@\\w+|(?:\\p{Lu}\\.){2,}|\\p{L}[\\p{L}\\p{M}\\p{Nd}]*(?:['’\\-][\\p{L}\\p{M}\\p{Nd}]+)*"
              + "|\\d+(?:[,.]\\d+)*(?:st|nd|rd|th)?|\\S");

  private Segmenter() {}

  public static List<Sentence> sentences(String text) {
    List<Sentence> out = new ArrayList<>();
    int lineStart = 0;
    while (lineStart <= text.length()) {
      int nl = text.indexOf('\n', lineStart);
      int lineEnd = nl < 0 ? text.length() : nl;
      splitLine(text, lineStart, lineEnd, out);
      if (nl < 0) {
        break;
      }
      lineStart = nl + 1;
    }
    return out;
  }

  private static void splitLine(String text, int from, int to, List<Sentence> out) {
    int s = skipSpace(text, from, to);
    int i = s;
    while (i < to) {
      char c = text.charAt(i);
      if (c == '.' || c == '!' || c == '?') {
        int e = i + 1;
        while (e < to && "\"'”’)]".indexOf(text.charAt(e)) >= 0) {
          e++;
        }
        int n = skipSpace(text, e, to);
        if (n > e && n < to && startsSentence(text.charAt(n)) && !abbreviation(text, s, i)) {
          add(text, s, e, out);
          s = n;
          i = n;
          continue;
        }
      }
      i++;
    }
    if (s < to) {
      add(text, s, to, out);
    }
  }

  private static boolean startsSentence(char c) {
    return Character.isUpperCase(c) || Character.isDigit(c) || "\"“‘'(".indexOf(c) >= 0;
  }

  private static boolean abbreviation(String text, int sentenceStart, int dot) {
    int w = dot;
    while (w > sentenceStart && !Character.isWhitespace(text.charAt(w - 1))) {
      w--;
    }
    String word = text.substring(w, dot).replaceAll("^[\"“(]+", "");
    if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
      return true; // an initial: "John F. Kennedy"
    }
    return ABBREVIATIONS.contains(word);
  }

  private static int skipSpace(String text, int i, int to) {
    while (i < to && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  private static void add(String text, int start, int end, List<Sentence> out) {
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    if (end > start) {
      out.add(
          new Sentence(
              out.size(), start, end, text.substring(start, end), tokens(text, start, end)));
    }
  }

  public static List<Token> tokens(String text, int start, int end) {
    List<Token> out = new ArrayList<>();
    Matcher m = TOKEN.matcher(text).region(start, end);
    while (m.find()) {
      out.add(new Token(m.group(), m.start(), m.end()));
    }
    return out;
  }
}
