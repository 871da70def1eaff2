package org.crosspoint.intake.mentions;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Counts of people and things: "200 Daesh suspects", "687 militants from 26 countries", "between
 * 10,000 to 12,000 fighters", "(45 killed)", "hundreds of followers". Vague words take the values
 * ACLED uses: "dozens" = 12, "hundreds" = 100, "thousands" = 1000 (low bound, {@code vague=true}).
 */
final class QuantityFinder {
  private static final String NUM =
      "(\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|"
          + "eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred|dozens|hundreds|thousands|"
          + "several|scores)";
  private static final String NOUNS =
      "(militants?|fighters?|suspects?|terrorists?|people|persons?|Pakistanis|nationals?|"
          + "civilians?|soldiers?|policemen|police|students?|followers?|members?|commanders?|"
          + "countries|killed|dead|wounded|injured|arrested|recruits?|men|women|children|"
          + "individuals?|militiamen|troops|operatives?|workers?|names|accomplices|associates|"
          + "officials?|insurgents?|jihadists?|extremists?|attackers?|bombers?|victims|hostages|"
          + "casualties|deaths|refugees|families|sympathizers|cells?|groups?|organi[sz]ations|"
          + "madressah students|foreigners|vehicles|weapons|strikes|airstrikes|targets|"
          + "buildings|positions|tanks|boats|aircraft|days|years|months|weeks|hours)";
  private static final Pattern Q =
      Pattern.compile(
          "(?i)(?:\\b(between|over|more than|around|about|nearly|at least|almost|some|up to|"
              + "less than|approximately|roughly)\\s+)?\\b"
              + NUM
              + "(?:\\s*(?:to|-|–|and)\\s*"
              + NUM
              + ")?(%|\\s+percent)?(?:\\s+of)?((?:\\s+(?!(?:to|and|of|in|on|at)\\b)[\\p{L}'-]+){0,2}?)\\s+"
              + NOUNS
              + "\\b");
  private static final Pattern BARE_PERCENT =
      Pattern.compile("\\b(\\d+(?:\\.\\d+)?)(%|\\s+percent)");

  private QuantityFinder() {}

  static List<Mention> find(String text, int from, int to) {
    List<Mention> out = new ArrayList<>();
    Matcher m = Q.matcher(text).region(from, to);
    while (m.find()) {
      String low = m.group(2);
      String high = m.group(3);
      if (low.matches("(?i)one|several|scores")
          && m.group(1) == null
          && high == null
          && !m.group(6).matches("(?i)killed|dead|wounded|injured")) {
        continue; // "one of the", "several attacks": not a count worth keeping
      }
      if (low.matches("(19|20)\\d\\d") && high == null && m.group(5).isBlank()) {
        continue; // "2014 attacks" is a year before a noun
      }
      int s = m.start(1) >= 0 ? m.start(1) : m.start(2);
      Map<String, String> a = new TreeMap<>();
      long lo = value(low);
      a.put("low", Long.toString(lo));
      a.put("high", Long.toString(high == null ? lo : value(high)));
      a.put("unit", m.group(6).toLowerCase(Locale.ROOT));
      String head = m.group(5).strip();
      if (!head.isEmpty()) {
        a.put("of", head);
      }
      if (m.group(1) != null) {
        a.put("qualifier", m.group(1).toLowerCase(Locale.ROOT));
      }
      if (m.group(4) != null) {
        a.put("percent", "true");
      }
      if (low.matches("(?i)dozens|hundreds|thousands|several|scores")) {
        a.put("vague", "true");
      }
      String canonical = high == null ? a.get("low") : a.get("low") + "-" + a.get("high");
      out.add(
          new Mention(MentionType.QUANTITY, s, m.end(), text.substring(s, m.end()), canonical, a));
    }
    Matcher p = BARE_PERCENT.matcher(text).region(from, to);
    while (p.find()) {
      int s = p.start();
      if (out.stream().noneMatch(q -> q.start() <= s && s < q.end())) {
        out.add(
            new Mention(
                MentionType.QUANTITY,
                s,
                p.end(),
                p.group(),
                p.group(1) + "%",
                Map.of("percent", "true")));
      }
    }
    return out;
  }

  static long value(String s) {
    String k = s.toLowerCase(Locale.ROOT).replace(",", "");
    switch (k) {
      case "one":
        return 1;
      case "two":
        return 2;
      case "three":
        return 3;
      case "four":
        return 4;
      case "five":
        return 5;
      case "six":
        return 6;
      case "seven":
        return 7;
      case "eight":
        return 8;
      case "nine":
        return 9;
      case "ten":
        return 10;
      case "eleven":
        return 11;
      case "twelve":
      case "dozens":
        return 12;
      case "fifteen":
        return 15;
      case "twenty":
        return 20;
      case "thirty":
        return 30;
      case "forty":
        return 40;
      case "fifty":
        return 50;
      case "hundred":
      case "hundreds":
        return 100;
      case "thousands":
        return 1000;
      case "several":
      case "scores":
        return 3;
      default:
        return Math.round(Double.parseDouble(k));
    }
  }
}
