package org.crosspoint.intake.mentions;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosspoint.dates.PartialDate;

/**
 * Absolute and relative dates. Relative ones ("last month", "January this year", "on Monday")
 * resolve against the publication date when the document has one; without it they are kept with
 * {@code relative=true} and no value, never guessed.
 */
final class DateFinder {
  private static final String MONTH =
      "(January|February|March|April|May|June|July|August|September|October|November|December"
          + "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?";
  private static final String DAY = "(\\d{1,2})(?:st|nd|rd|th)?";
  private static final String YEAR = "((?:19|20)\\d\\d)";
  private static final String WEEKDAY =
      "(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
  private static final List<Rule> RULES =
      List.of(
          new Rule(Pattern.compile(MONTH + "\\s+" + DAY + ",?\\s+" + YEAR + "\\b"), "MDY"),
          new Rule(
              Pattern.compile("\\b" + DAY + "\\s+(?:of\\s+)?" + MONTH + ",?\\s+" + YEAR + "\\b"),
              "DMY"),
          new Rule(Pattern.compile("\\bmid-" + YEAR + "\\b"), "MID"),
          new Rule(Pattern.compile(MONTH + ",?\\s+" + YEAR + "\\b"), "MY"),
          new Rule(Pattern.compile(MONTH + "\\s+(this|last|next)\\s+year\\b"), "MREL"),
          new Rule(Pattern.compile("\\b" + DAY + "\\s+" + MONTH + "\\b"), "DM"),
          new Rule(Pattern.compile(MONTH + "\\s+" + DAY + "\\b(?![,.]?\\d)"), "MD"),
          new Rule(Pattern.compile("(?i)\\b(this|last|next|past)\\s+(year|month|week)\\b"), "REL"),
          new Rule(Pattern.compile("(?i)\\b(yesterday|today)\\b"), "DAYREL"),
          new Rule(Pattern.compile("\\b(?:on|last)\\s+" + WEEKDAY + "\\b"), "WEEKDAY"),
          new Rule(
              Pattern.compile(
                  "(?<=\\b(?:[Ii]n|[Ss]ince|[Bb]y|[Uu]ntil|[Tt]he|[Oo]f|[Ee]arly|[Ll]ate|[Mm]id)\\s)"
                      + MONTH
                      + "\\b"),
              "M"),
          new Rule(Pattern.compile("(?<![\\d,.$])\\b" + YEAR + "\\b(?![\\d,])"), "Y"));

  /**
   * One date rule; {@code needsMonth} / {@code needsDigit} say whether it can only match text with
   * a month name ({@link #MONTH}) or a digit (a day or a year), derived once from the pattern.
   */
  private record Rule(Pattern pattern, String kind, boolean needsMonth, boolean needsDigit) {
    Rule(Pattern pattern, String kind) {
      this(
          pattern,
          kind,
          pattern.pattern().contains(MONTH),
          pattern.pattern().contains(DAY) || pattern.pattern().contains(YEAR));
    }
  }

  private static final String[] MONTH_PREFIXES = {
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"
  };

  /** A cheap scan before the rules: does [from, to) hold a capitalised month abbreviation? */
  private static boolean hasMonth(String text, int from, int to) {
    for (int i = from; i + 3 <= to; i++) {
      char c = text.charAt(i);
      if ("JFMASOND".indexOf(c) >= 0) {
        for (String m : MONTH_PREFIXES) {
          if (text.startsWith(m, i)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private static boolean hasDigit(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        return true;
      }
    }
    return false;
  }

  private DateFinder() {}

  static List<Mention> find(String text, int from, int to, Optional<LocalDate> published) {
    List<Mention> out = new ArrayList<>();
    boolean[] used = new boolean[to - from];
    boolean month = hasMonth(text, from, to);
    boolean digit = hasDigit(text, from, to);
    for (Rule r : RULES) {
      if ((r.needsMonth() && !month) || (r.needsDigit() && !digit)) {
        continue; // the rule cannot match: skip its scan of the text
      }
      Matcher m = r.pattern.matcher(text).region(from, to);
      while (m.find()) {
        if (taken(used, m.start() - from, m.end() - from)) {
          continue;
        }
        Optional<PartialDate> value = resolve(r.kind, m, published);
        boolean relative =
            r.kind.contains("REL")
                || r.kind.equals("WEEKDAY")
                || r.kind.equals("DM")
                || r.kind.equals("MD")
                || r.kind.equals("M");
        if (r.kind.equals("M") && m.group(1).equals("May") && !isMonthMay(text, m.end())) {
          continue;
        }
        Map<String, String> attrs = new TreeMap<>();
        if (relative) {
          attrs.put("relative", "true");
        }
        if (r.kind.equals("MID")) {
          attrs.put("approximate", "true");
        }
        int s = m.start();
        int e = m.end();
        if (r.kind.equals("WEEKDAY") && text.startsWith("on ", s)) {
          s += 3;
        }
        mark(used, s - from, e - from);
        out.add(
            new Mention(
                MentionType.DATE,
                s,
                e,
                text.substring(s, e),
                value.map(PartialDate::toString).orElse(""),
                attrs));
      }
    }
    return out;
  }

  /** "May" is also a verb: accept it as a month only before a year, an event or punctuation. */
  private static boolean isMonthMay(String text, int end) {
    String rest = text.substring(end, Math.min(text.length(), end + 12));
    return rest.matches("(?s)^(\\s*[,.;)]|\\s+(attack|bombing|blast|\\d)).*");
  }

  private static Optional<PartialDate> resolve(String kind, Matcher m, Optional<LocalDate> pub) {
    try {
      switch (kind) {
        case "MDY":
          return Optional.of(date(y(m.group(3)), month(m.group(1)), d(m.group(2))));
        case "DMY":
          return Optional.of(date(y(m.group(3)), month(m.group(2)), d(m.group(1))));
        case "MID":
          return Optional.of(new PartialDate(y(m.group(1)), 0, 0, 0, true));
        case "MY":
          return Optional.of(new PartialDate(y(m.group(2)), month(m.group(1)), 0, 0, false));
        case "MREL":
          if (pub.isEmpty()) {
            return Optional.empty();
          }
          int shift = m.group(2).equals("last") ? -1 : m.group(2).equals("next") ? 1 : 0;
          return Optional.of(
              new PartialDate(pub.get().getYear() + shift, month(m.group(1)), 0, 0, false));
        case "DM":
          return pub.map(p -> date(p.getYear(), month(m.group(2)), d(m.group(1))));
        case "MD":
          return pub.map(p -> date(p.getYear(), month(m.group(1)), d(m.group(2))));
        case "M":
          return pub.map(p -> new PartialDate(p.getYear(), month(m.group(1)), 0, 0, false));
        case "REL":
          return pub.map(
              p ->
                  relative(
                      p, m.group(1).toLowerCase(Locale.ROOT), m.group(2).toLowerCase(Locale.ROOT)));
        case "DAYREL":
          return pub.map(
              p -> PartialDate.of(m.group(1).equalsIgnoreCase("yesterday") ? p.minusDays(1) : p));
        case "WEEKDAY":
          return pub.map(
              p ->
                  PartialDate.of(
                      p.with(
                          TemporalAdjusters.previous(
                              DayOfWeek.valueOf(m.group(1).toUpperCase(Locale.ROOT))))));
        case "Y":
          return Optional.of(PartialDate.ofYear(y(m.group(1))));
        default:
          return Optional.empty();
      }
    } catch (RuntimeException e) {
      return Optional.empty(); // "February 30": not a date, keep the mention without a value
    }
  }

  private static PartialDate relative(LocalDate p, String which, String unit) {
    int k = which.equals("last") || which.equals("past") ? -1 : which.equals("next") ? 1 : 0;
    switch (unit) {
      case "year":
        return PartialDate.ofYear(p.getYear() + k);
      case "month":
        LocalDate d = p.plusMonths(k);
        return new PartialDate(d.getYear(), d.getMonthValue(), 0, 0, false);
      default:
        LocalDate w = p.plusWeeks(k);
        return new PartialDate(w.getYear(), w.getMonthValue(), 0, 0, true);
    }
  }

  private static PartialDate date(int y, int mo, int d) {
    return new PartialDate(y, mo, d, 0, false);
  }

  private static int y(String s) {
    return Integer.parseInt(s);
  }

  private static int d(String s) {
    return Integer.parseInt(s);
  }

  static int month(String name) {
    String k = name.toLowerCase(Locale.ROOT).substring(0, 3);
    return "janfebmaraprmayjunjulaugsepoctnovdec".indexOf(k) / 3 + 1;
  }

  private static boolean taken(boolean[] used, int s, int e) {
    for (int i = s; i < e; i++) {
      if (used[i]) {
        return true;
      }
    }
    return false;
  }

  private static void mark(boolean[] used, int s, int e) {
    for (int i = s; i < e; i++) {
      used[i] = true;
    }
  }
}
