package org.crosspoint.knowledge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.crosspoint.names.PlainKey;

/**
 * Admiralty credibility (1–6) of each stored fact, from what the other reports say. The rule:
 *
 * <ol>
 *   <li>Facts state the same thing when they have the same type and the same identifying arguments
 *       (an attack: its name; a membership: subject and organisation; a claim: its proposition and
 *       figure; see {@link #key}), compared without case, accents, punctuation or spacing.
 *   <li>The <i>sources</i> of a statement are the distinct outlets of the documents that make it. A
 *       document whose outlet is unknown is no independent source: two copies of one unsigned
 *       report corroborate nothing.
 *   <li><b>1 confirmed</b>: two or more sources, one of them graded A.
 *   <li><b>2 probably true</b>: two or more sources.
 *   <li><b>5 improbable</b>: a claim whose opposite stance on the same proposition (affirm / deny)
 *       has more sources, or as many and a better best grade. This beats 1 and 2. When both sides
 *       are equal both stay 3, and {@code crosspoint claims --contradictions} shows them side by
 *       side. Disputed figures (45 or 47 killed) are no contradiction: they are kept per source.
 *   <li><b>3 possibly true</b> otherwise: one source, nothing confirms or contradicts it. 4
 *       (doubtful) and 6 (cannot be judged) are left to the analyst.
 * </ol>
 *
 * The rule is recomputed over all reports after each ingest, so a later report can raise or lower
 * an earlier item.
 */
public final class Credibility {
  public static final int CONFIRMED = 1;
  public static final int PROBABLY_TRUE = 2;
  public static final int POSSIBLY_TRUE = 3;
  public static final int IMPROBABLE = 5;

  private Credibility() {}

  /** A stored fact by its document and sequence number. */
  public record Ref(String documentSha, int seq) {}

  /** The Admiralty wording of a credibility grade. */
  public static String label(int credibility) {
    return switch (credibility) {
      case 1 -> "confirmed by other sources";
      case 2 -> "probably true";
      case 3 -> "possibly true";
      case 4 -> "doubtful";
      case 5 -> "improbable";
      case 6 -> "truth cannot be judged";
      default -> throw new IllegalArgumentException("credibility must be 1-6: " + credibility);
    };
  }

  /** The credibility of every fact, by the rule of the class comment. */
  public static Map<Ref, Integer> assess(
      List<StoredFact> facts, Map<String, StoredDocument> documents) {
    Map<String, List<StoredFact>> byStatement = new LinkedHashMap<>();
    for (StoredFact f : facts) {
      byStatement.computeIfAbsent(key(f) + "|" + stance(f), k -> new ArrayList<>()).add(f);
    }
    Map<String, Support> support = new HashMap<>();
    for (Map.Entry<String, List<StoredFact>> e : byStatement.entrySet()) {
      support.put(e.getKey(), Support.of(e.getValue(), documents));
    }
    Map<Ref, Integer> out = new LinkedHashMap<>();
    for (Map.Entry<String, List<StoredFact>> e : byStatement.entrySet()) {
      StoredFact first = e.getValue().get(0);
      Support mine = support.get(e.getKey());
      int grade = POSSIBLY_TRUE;
      if (mine.sources().size() >= 2) {
        grade = mine.best() == 'A' ? CONFIRMED : PROBABLY_TRUE;
      }
      String opposite = opposite(stance(first));
      if (opposite != null) {
        Support other = support.get(key(first) + "|" + opposite);
        if (other != null && other.beats(mine)) {
          grade = IMPROBABLE;
        }
      }
      for (StoredFact f : e.getValue()) {
        out.put(new Ref(f.documentSha(), f.seq()), grade);
      }
    }
    return out;
  }

  /** How many independent sources make a statement, and the best grade among its documents. */
  private record Support(Set<String> sources, char best) {
    static Support of(List<StoredFact> facts, Map<String, StoredDocument> documents) {
      Set<String> sources = new TreeSet<>();
      char best = 'F';
      for (StoredFact f : facts) {
        StoredDocument d = documents.get(f.documentSha());
        if (d == null) {
          continue;
        }
        Optional<String> outlet = d.outlet().map(PlainKey::of).filter(o -> !o.isEmpty());
        Optional<String> author = d.author().map(PlainKey::of).filter(o -> !o.isEmpty());
        if (outlet.isPresent()) {
          sources.add("outlet " + outlet.get());
        } else {
          author.ifPresent(a -> sources.add("author " + a));
        }
        if (d.reliability() < best) {
          best = d.reliability();
        }
      }
      return new Support(sources, best);
    }

    boolean beats(Support o) {
      if (sources.size() != o.sources.size()) {
        return sources.size() > o.sources.size();
      }
      return best < o.best;
    }
  }

  /** "affirm" or "deny" for a claim on a proposition (not a figure); otherwise empty. */
  static String stance(StoredFact f) {
    if (!f.type().equals("CLAIM") || f.arguments().containsKey("figure")) {
      return "";
    }
    return String.valueOf(f.arguments().getOrDefault("stance", ""));
  }

  private static String opposite(String stance) {
    return switch (stance) {
      case "affirm" -> "deny";
      case "deny" -> "affirm";
      default -> null;
    };
  }

  /** What identifies the statement a fact makes, by type. */
  static String key(StoredFact f) {
    List<String> roles =
        switch (f.type()) {
          case "ATTACK" -> List.of("name");
          case "MEMBERSHIP", "LEADERSHIP", "PLEDGE" -> List.of("subject", "organisation");
          case "FAMILY" -> List.of("subject", "relative", "relation");
          case "NATIONALITY" -> List.of("subject", "nationality");
          case "CONTACT" -> List.of("subject", "with");
          case "ARREST", "CROSSING" -> List.of("subject");
          case "LISTING" -> List.of("subject", "list");
          case "RECRUITMENT" -> List.of("organisation", "place");
          case "CLAIM" -> List.of("proposition", "figure");
          case "IDENTIFIER" -> List.of("subject", "handle");
          case "PROPAGANDA" -> List.of("material", "place");
          default -> new ArrayList<>(new TreeSet<>(f.arguments().keySet()));
        };
    StringBuilder sb = new StringBuilder(f.type());
    for (String r : roles) {
      Object v = f.arguments().get(r);
      sb.append('|').append(v == null ? "" : PlainKey.of(String.valueOf(v)));
    }
    return sb.toString();
  }
}
