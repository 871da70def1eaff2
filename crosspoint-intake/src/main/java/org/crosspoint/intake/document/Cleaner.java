package org.crosspoint.intake.document;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps a report's main text. Works on lines because copied pages (the seed reports) and HTML
 * blocks both arrive as one paragraph per line.
 *
 * <p>Implementation notes. Three kinds of noise are removed, each seen in the seed reports: (1)
 * trailers that end the article ("Leave a Comment", "RELATED ARTICLES", "No comments:", "4
 * COMMENTS"): everything from the first one on is dropped, since comment sections and "Most
 * Popular" boxes follow them; (2) furniture lines anywhere (login boxes, breadcrumbs such as
 * "HomeBlog...", a tag line of short comma-separated items at the top, pull quotes); (3) paragraphs
 * the layout repeats: an exact repeat, or a paragraph wholly contained in a longer one (report 003
 * shows a paragraph, then the same paragraph extended), is kept once, in its longest form. Titles
 * repeated with different capitalisation count as repeats.
 */
final class Cleaner {
  static final Pattern FURNITURE_CLASS =
      Pattern.compile(
          "comment|related|popular|sidebar|login|share|social|widget|menu|breadcrumb|footer|"
              + "header|advert|newsletter|subscribe|cookie|promo");
  private static final Pattern TRAILER =
      Pattern.compile(
          "(?i)^(leave a (comment|reply)|post a comment|no comments:?|related articles|related posts|"
              + "\\d+ comments?|most popular|recent comments|you may also like|read more:?|"
              + "comments|share this( article)?:?)$");
  private static final Pattern FURNITURE_LINE =
      Pattern.compile(
          "(?i)^(close|login|log in|sign in|sign up|register|remember me.*|lost your password\\??|"
              + "lost password|welcome! log ?in.*|share|tweet|advertisement|continue to the category|"
              + "this site uses akismet.*|print|email|menu|search|skip to content)$");
  private static final Pattern BREADCRUMB = Pattern.compile("^Home(Blog|News|Opinion)?\\p{Lu}\\S*");
  private static final Pattern BYLINE =
      Pattern.compile("^By\\s+(\\p{Lu}[\\p{L}.'-]+(?:\\s+\\p{Lu}[\\p{L}.'-]+){0,3})$");
  private static final Pattern BIO =
      Pattern.compile(
          "^(\\p{Lu}\\p{L}+(?:\\s+\\p{Lu}\\p{L}+){1,3}) is an? (?:independent |freelance |senior )?"
              + "(?:researcher|journalist|writer|analyst|correspondent|reporter|columnist)");
  private static final Pattern OUTLET =
      Pattern.compile(
          "(?:told|confided to|talking to|speaking to|spoke to)\\s+(The\\s+\\p{Lu}\\p{L}+(?:\\s+\\p{Lu}\\p{L}+)?)");
  private static final Pattern DATE_LINE =
      Pattern.compile(
          "^(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\\s+)?"
              + "((?:January|February|March|April|May|June|July|August|September|October|November|December)"
              + "\\s+\\d{1,2},\\s+\\d{4})$");
  private static final DateTimeFormatter MDY =
      DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.ENGLISH);

  private Cleaner() {}

  static Document clean(String sha256, String name, String raw, PageMetadata meta) {
    List<String> lines = new ArrayList<>();
    // Wire copy in capitals: restore case first (same length, so nothing else changes).
    for (String l : DocumentReader.lines(TrueCaser.ifShouting(raw).replace('\u00a0', ' '))) {
      lines.add(l.strip());
    }
    List<String> dropped = new ArrayList<>();
    // (1) trailers: cut from the first one that sits after some body text.
    int body = 0;
    for (int i = 0; i < lines.size(); i++) {
      String l = lines.get(i);
      if (TRAILER.matcher(l).matches() && body > 0) {
        for (String rest : lines.subList(i, lines.size())) {
          if (!rest.isEmpty()) {
            dropped.add(rest);
          }
        }
        lines = new ArrayList<>(lines.subList(0, i));
        break;
      }
      if (l.length() > 80) {
        body++;
      }
    }
    Optional<String> author = meta.author();
    Optional<LocalDate> published = meta.published();
    Optional<String> title = meta.title();
    List<LocalDate> dateLines = new ArrayList<>();
    int bylineAt = -1;
    List<String> kept = new ArrayList<>();
    int nonEmptySeen = 0;
    for (String l : lines) {
      if (l.isEmpty()) {
        continue;
      }
      nonEmptySeen++;
      Matcher by = BYLINE.matcher(l);
      Matcher date = DATE_LINE.matcher(l);
      if (by.matches()) {
        author = author.or(() -> Optional.of(by.group(1)));
        bylineAt = dateLines.size();
        dropped.add(l);
      } else if (date.matches()) {
        parse(date.group(1)).ifPresent(dateLines::add);
        dropped.add(l);
      } else if (FURNITURE_LINE.matcher(l).matches()
          || BREADCRUMB.matcher(l).lookingAt()
          || l.startsWith("[quote]")
          || (nonEmptySeen <= 3 && isTagLine(l))) {
        dropped.add(l);
      } else {
        kept.add(l);
      }
    }
    if (published.isEmpty() && !dateLines.isEmpty()) {
      // A date right after the byline is the article's; a lone date at the top may be the day the
      // page was saved (report 000 shows both), so the byline's wins.
      int at = bylineAt >= 0 && bylineAt < dateLines.size() ? bylineAt : dateLines.size() - 1;
      published = Optional.of(dateLines.get(at));
    }
    List<String> paragraphs = dedupe(kept, dropped);
    for (String p : paragraphs) {
      Matcher bio = BIO.matcher(p);
      if (bio.lookingAt() && author.isEmpty()) {
        author = Optional.of(bio.group(1));
      }
    }
    if (author.isPresent()) {
      String a = author.get();
      if (paragraphs.remove(a)) {
        dropped.add(a);
      }
    }
    if (title.isEmpty() && !paragraphs.isEmpty() && paragraphs.get(0).length() < 120) {
      title = Optional.of(paragraphs.get(0));
    }
    StringBuilder text = new StringBuilder();
    List<Integer> starts = new ArrayList<>();
    for (String p : paragraphs) {
      if (text.length() > 0) {
        text.append("\n\n");
      }
      starts.add(text.length());
      text.append(p);
    }
    Optional<String> outlet = meta.outlet();
    if (outlet.isEmpty()) {
      Matcher m = OUTLET.matcher(text);
      if (m.find()) {
        outlet = Optional.of(m.group(1));
      }
    }
    return new Document(
        sha256, name, text.toString(), starts, title, outlet, author, published, dropped);
  }

  private static List<String> dedupe(List<String> kept, List<String> dropped) {
    List<String> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    List<String> norm = new ArrayList<>();
    for (String p : kept) {
      norm.add(normal(p));
    }
    for (int i = 0; i < kept.size(); i++) {
      String n = norm.get(i);
      boolean repeat = !seen.add(n);
      if (!repeat && n.length() >= 40) {
        for (int j = 0; j < kept.size() && !repeat; j++) {
          repeat = j != i && norm.get(j).length() > n.length() && norm.get(j).contains(n);
        }
      }
      if (repeat) {
        dropped.add(kept.get(i));
      } else {
        out.add(kept.get(i));
      }
    }
    return out;
  }

  private static String normal(String p) {
    return p.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
  }

  /** "ISIS, Pakistan, LeJ-A, Jandullah, Terrorism": short items, commas, no sentence. */
  private static boolean isTagLine(String l) {
    String[] items = l.split(",");
    if (items.length < 3 || l.endsWith(".")) {
      return false;
    }
    for (String item : items) {
      if (item.strip().split("\\s+").length > 3) {
        return false;
      }
    }
    return true;
  }

  private static Optional<LocalDate> parse(String s) {
    try {
      return Optional.of(LocalDate.parse(s.replaceAll("\\s+", " "), MDY));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
