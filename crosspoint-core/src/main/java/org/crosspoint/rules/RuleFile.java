package org.crosspoint.rules;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.crosspoint.country.Countries;
import org.crosspoint.screening.CrossingKind;
import org.crosspoint.screening.DocumentType;
import org.crosspoint.screening.Encounter;
import org.crosspoint.screening.RuleOutcome;
import org.crosspoint.screening.TravelDocument;
import org.crosspoint.watchlist.Direction;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads a rule file. The format (YAML):
 *
 * <pre>
 * version: 1
 * rules:
 *   - id: s3-syrian-travel-documents
 *     description: optional, for people reading the file
 *     when:                     # every condition must hold; a list means "any of these"
 *       issuing_state: SYR
 *     outcome: REFER            # or DENY
 *     reason: the text the officer sees
 * </pre>
 *
 * Conditions: {@code issuing_state}, {@code nationality}, {@code crossing_country}, {@code
 * route_from}, {@code route_to}, {@code route_via}, {@code route_country} (any country of the
 * route) take ICAO codes or country names; {@code document_type} (passport, travel_document,
 * emergency_document, id_card, visa, other), {@code document_code} (MRZ code such as PT), {@code
 * crossing_kind} (AIR, LAND, SEA), {@code crossing_point} (ids), {@code direction} (ENTRY, EXIT,
 * TRANSIT); {@code age: {min: N, max: N}} (holds when the traveller's possible ages overlap the
 * range; an unknown date of birth never matches); {@code document_expired} and {@code mrz_valid}
 * (true/false); and the combinators {@code any_of} and {@code all_of} (lists of condition maps) and
 * {@code not} (a condition map).
 *
 * <p>The YAML is composed into nodes only: nothing is instantiated from tags, aliases are capped
 * (billion-laughs) and the file is limited to {@link #MAX_CHARS} characters.
 */
final class RuleFile {
  static final int MAX_CHARS = 1_000_000;

  private final String source;

  private RuleFile(String source) {
    this.source = source;
  }

  static List<Rule> parse(String text, String source) {
    return new RuleFile(source).read(text);
  }

  private RuleFileException error(Node n, String problem) {
    return new RuleFileException(source, n == null ? 0 : n.getStartMark().getLine() + 1, problem);
  }

  private List<Rule> read(String text) {
    if (text.length() > MAX_CHARS) {
      throw new RuleFileException(
          source, 0, "the file has " + text.length() + " characters; at most " + MAX_CHARS);
    }
    LoaderOptions options = new LoaderOptions();
    options.setMaxAliasesForCollections(20);
    options.setNestingDepthLimit(40);
    options.setCodePointLimit(MAX_CHARS);
    options.setAllowDuplicateKeys(false);
    Node root;
    try {
      root = new Yaml(options).compose(new java.io.StringReader(text));
    } catch (MarkedYAMLException e) {
      int line = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1;
      throw new RuleFileException(source, line, "not valid YAML: " + e.getProblem());
    } catch (YAMLException e) {
      throw new RuleFileException(source, 0, "not valid YAML: " + e.getMessage());
    }
    if (root == null) {
      throw new RuleFileException(source, 0, "the file is empty; it needs a 'rules:' list");
    }
    MappingNode top = mapping(root, "the file");
    Node rulesNode = null;
    for (NodeTuple t : unique(top)) {
      String key = key(t);
      switch (key) {
        case "version" -> {
          if (!scalar(t.getValueNode(), "version").equals("1")) {
            throw error(t.getValueNode(), "only rule file version 1 is known");
          }
        }
        case "rules" -> rulesNode = t.getValueNode();
        default ->
            throw error(t.getKeyNode(), "unknown key '" + key + "' (expected version, rules)");
      }
    }
    if (rulesNode == null) {
      throw error(top, "no 'rules:' list");
    }
    if (!(rulesNode instanceof SequenceNode seq)) {
      throw error(rulesNode, "'rules' must be a list of rules");
    }
    List<Rule> rules = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (Node r : seq.getValue()) {
      Rule rule = rule(r);
      if (!ids.add(rule.id())) {
        throw error(r, "rule id '" + rule.id() + "' is used twice");
      }
      rules.add(rule);
    }
    return rules;
  }

  private Rule rule(Node n) {
    MappingNode m = mapping(n, "a rule");
    String id = null;
    String description = "";
    String reason = null;
    RuleOutcome.Action action = null;
    Predicate<Encounter> when = null;
    for (NodeTuple t : unique(m)) {
      String key = key(t);
      Node v = t.getValueNode();
      switch (key) {
        case "id" -> {
          id = scalar(v, "id");
          if (!id.matches("[A-Za-z0-9][A-Za-z0-9_.:-]{0,99}")) {
            throw error(v, "rule id '" + id + "' must be letters, digits, - _ . : (at most 100)");
          }
        }
        case "description" -> description = scalar(v, "description");
        case "reason" -> reason = scalar(v, "reason");
        case "outcome" -> {
          String o = scalar(v, "outcome").toUpperCase(Locale.ROOT);
          try {
            action = RuleOutcome.Action.valueOf(o);
          } catch (IllegalArgumentException e) {
            throw error(v, "outcome '" + scalar(v, "outcome") + "' must be REFER or DENY");
          }
        }
        case "when" -> {
          MappingNode w = mapping(v, "'when'");
          if (w.getValue().isEmpty()) {
            throw error(v, "'when' has no conditions; a rule must not apply to everyone");
          }
          when = conditions(w);
        }
        default ->
            throw error(
                t.getKeyNode(),
                "unknown rule key '" + key + "' (expected id, description, when, outcome, reason)");
      }
    }
    if (id == null) {
      throw error(n, "rule without 'id'");
    }
    if (when == null) {
      throw error(n, "rule '" + id + "' has no 'when' conditions");
    }
    if (action == null) {
      throw error(n, "rule '" + id + "' has no 'outcome' (REFER or DENY)");
    }
    if (reason == null || reason.isBlank()) {
      throw error(n, "rule '" + id + "' has no 'reason'; the officer must be told why");
    }
    return new Rule(id, description, action, reason.strip(), n.getStartMark().getLine() + 1, when);
  }

  /** Every condition of a mapping must hold. */
  private Predicate<Encounter> conditions(MappingNode m) {
    Predicate<Encounter> all = e -> true;
    for (NodeTuple t : unique(m)) {
      all = all.and(condition(key(t), t.getKeyNode(), t.getValueNode()));
    }
    return all;
  }

  private Predicate<Encounter> condition(String key, Node keyNode, Node v) {
    switch (key) {
      case "issuing_state":
        {
          Set<String> codes = countries(v);
          return e -> codes.contains(canon(e.document().issuingState()));
        }
      case "nationality":
        {
          Set<String> codes = countries(v);
          return e -> codes.contains(canon(e.traveller().nationality()));
        }
      case "crossing_country":
        {
          Set<String> codes = countries(v);
          return e -> codes.contains(canon(e.crossingPoint().country()));
        }
      case "route_from":
        {
          Set<String> codes = countries(v);
          return e -> codes.contains(canon(e.route().from()));
        }
      case "route_to":
        {
          Set<String> codes = countries(v);
          return e -> codes.contains(canon(e.route().to()));
        }
      case "route_via":
        {
          Set<String> codes = countries(v);
          return e -> e.route().via().stream().anyMatch(c -> codes.contains(canon(c)));
        }
      case "route_country":
        {
          Set<String> codes = countries(v);
          return e -> e.route().countries().stream().anyMatch(c -> codes.contains(canon(c)));
        }
      case "document_type":
        {
          Set<DocumentType> types = new HashSet<>();
          for (ScalarNode s : scalars(v, key)) {
            try {
              types.add(DocumentType.parse(s.getValue()));
            } catch (IllegalArgumentException ex) {
              throw error(s, ex.getMessage());
            }
          }
          return e -> types.contains(e.document().type());
        }
      case "document_code":
        {
          Set<String> codes = upper(v, key);
          return e -> codes.contains(e.document().code().toUpperCase(Locale.ROOT));
        }
      case "crossing_kind":
        {
          Set<CrossingKind> kinds = enums(v, key, CrossingKind.class);
          return e -> kinds.contains(e.crossingPoint().kind());
        }
      case "direction":
        {
          Set<Direction> dirs = enums(v, key, Direction.class);
          return e -> dirs.contains(e.direction());
        }
      case "crossing_point":
        {
          Set<String> ids = new HashSet<>();
          for (ScalarNode s : scalars(v, key)) {
            ids.add(s.getValue().strip());
          }
          return e -> ids.contains(e.crossingPoint().id());
        }
      case "age":
        return age(v);
      case "document_expired":
        {
          boolean want = bool(v, key);
          return e -> e.document().expiredOn(e.date()) == want;
        }
      case "mrz_valid":
        {
          boolean want = bool(v, key);
          return e -> {
            TravelDocument d = e.document();
            return d.mrzValid() != null && d.mrzValid() == want;
          };
        }
      case "any_of":
        {
          List<Predicate<Encounter>> parts = conditionList(v, key);
          return e -> parts.stream().anyMatch(p -> p.test(e));
        }
      case "all_of":
        {
          List<Predicate<Encounter>> parts = conditionList(v, key);
          return e -> parts.stream().allMatch(p -> p.test(e));
        }
      case "not":
        return conditions(mapping(v, "'not'")).negate();
      default:
        throw error(
            keyNode,
            "unknown condition '"
                + key
                + "' (expected issuing_state, nationality, document_type, document_code,"
                + " crossing_kind, crossing_point, crossing_country, direction, route_from,"
                + " route_to, route_via, route_country, age, document_expired, mrz_valid, any_of,"
                + " all_of, not)");
    }
  }

  private Predicate<Encounter> age(Node v) {
    MappingNode m = mapping(v, "'age' (with min and/or max)");
    int min = 0;
    int max = Integer.MAX_VALUE;
    for (NodeTuple t : unique(m)) {
      String k = key(t);
      int n;
      try {
        n = Integer.parseInt(scalar(t.getValueNode(), k));
      } catch (NumberFormatException ex) {
        throw error(t.getValueNode(), "age " + k + " must be a whole number of years");
      }
      switch (k) {
        case "min" -> min = n;
        case "max" -> max = n;
        default -> throw error(t.getKeyNode(), "unknown age key '" + k + "' (expected min, max)");
      }
    }
    if (min > max) {
      throw error(v, "age min " + min + " is above max " + max);
    }
    int lo = min;
    int hi = max;
    return e -> e.ageRange().map(r -> r[1] >= lo && r[0] <= hi).orElse(false);
  }

  private List<Predicate<Encounter>> conditionList(Node v, String key) {
    if (!(v instanceof SequenceNode seq) || seq.getValue().isEmpty()) {
      throw error(v, "'" + key + "' must be a non-empty list of condition maps");
    }
    List<Predicate<Encounter>> parts = new ArrayList<>();
    for (Node n : seq.getValue()) {
      parts.add(conditions(mapping(n, "each item of '" + key + "'")));
    }
    return parts;
  }

  /** Both sides of a country comparison go through {@link Countries} ("D" and "DEU" agree). */
  static String canon(String code) {
    if (code == null || code.isBlank()) {
      return "";
    }
    Optional<String> c = Countries.resolve(code);
    return c.orElse(code.strip().toUpperCase(Locale.ROOT));
  }

  private Set<String> countries(Node v) {
    Set<String> out = new LinkedHashSet<>();
    for (ScalarNode s : scalars(v, "country")) {
      Optional<String> c = Countries.resolve(s.getValue());
      if (c.isEmpty()) {
        throw error(s, "'" + s.getValue() + "' is not a country code or name");
      }
      out.add(c.get());
    }
    return out;
  }

  private Set<String> upper(Node v, String key) {
    Set<String> out = new HashSet<>();
    for (ScalarNode s : scalars(v, key)) {
      out.add(s.getValue().strip().toUpperCase(Locale.ROOT));
    }
    return out;
  }

  private <E extends Enum<E>> Set<E> enums(Node v, String key, Class<E> type) {
    Set<E> out = new HashSet<>();
    for (ScalarNode s : scalars(v, key)) {
      try {
        out.add(Enum.valueOf(type, s.getValue().strip().toUpperCase(Locale.ROOT)));
      } catch (IllegalArgumentException ex) {
        List<String> names = new ArrayList<>();
        for (E c : type.getEnumConstants()) {
          names.add(c.name());
        }
        throw error(s, key + " '" + s.getValue() + "' must be one of " + String.join(", ", names));
      }
    }
    return out;
  }

  private boolean bool(Node v, String key) {
    String s = scalar(v, key).toLowerCase(Locale.ROOT);
    return switch (s) {
      case "true", "yes" -> true;
      case "false", "no" -> false;
      default -> throw error(v, key + " must be true or false, not '" + s + "'");
    };
  }

  private List<ScalarNode> scalars(Node v, String key) {
    List<ScalarNode> out = new ArrayList<>();
    if (v instanceof ScalarNode s) {
      out.add(s);
    } else if (v instanceof SequenceNode seq && !seq.getValue().isEmpty()) {
      for (Node n : seq.getValue()) {
        if (!(n instanceof ScalarNode s)) {
          throw error(n, "each value of '" + key + "' must be a plain value");
        }
        out.add(s);
      }
    } else {
      throw error(v, "'" + key + "' must be a value or a non-empty list of values");
    }
    for (ScalarNode s : out) {
      if (s.getValue().isBlank()) {
        throw error(s, "empty value in '" + key + "'");
      }
    }
    return out;
  }

  private MappingNode mapping(Node n, String what) {
    if (!(n instanceof MappingNode m)) {
      throw error(n, what + " must be a mapping of keys to values");
    }
    return m;
  }

  private String scalar(Node n, String what) {
    if (!(n instanceof ScalarNode s)) {
      throw error(n, "'" + what + "' must be a plain value");
    }
    return s.getValue();
  }

  private String key(NodeTuple t) {
    return scalar(t.getKeyNode(), "key");
  }

  /** The mapping's entries; a repeated key is an error (YAML would silently keep the last). */
  private List<NodeTuple> unique(MappingNode m) {
    Set<String> seen = new HashSet<>();
    for (NodeTuple t : m.getValue()) {
      String k = key(t);
      if (!seen.add(k)) {
        throw error(t.getKeyNode(), "key '" + k + "' appears twice");
      }
    }
    return m.getValue();
  }
}
