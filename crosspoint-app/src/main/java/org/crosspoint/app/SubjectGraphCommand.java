package org.crosspoint.app;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.crosspoint.knowledge.KnowledgeBase;
import org.crosspoint.knowledge.StoredFact;
import org.crosspoint.knowledge.Subject;
import org.crosspoint.knowledge.SubjectLink;
import org.crosspoint.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code crosspoint subjects graph}: the link analysis of mission S7 and S8 — who is a member or
 * leader of what, family, contact, allegiance between organisations, and "possibly the same" links
 * — as Graphviz DOT (render with {@code dot -Tsvg}) or JSON for a graph viewer. Every edge keeps
 * the sentence it rests on.
 */
@Command(
    name = "graph",
    mixinStandardHelpOptions = true,
    description =
        "Subjects and their relations (member-of, leader-of, family, contact, pledged-to,"
            + " possibly-same) as DOT or JSON, each edge with its evidence.")
final class SubjectGraphCommand implements Callable<Integer> {
  @Mixin HomeOption home;

  @Option(
      names = "--format",
      defaultValue = "dot",
      description = "dot or json (default: ${DEFAULT-VALUE}).")
  String format;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  /** A relation between two named things, with the sentence it rests on. */
  record Edge(String from, String to, String relation, String evidence) {}

  /** Fact types that are relations, and which arguments are the two ends. */
  private static final Map<String, String[]> RELATIONS =
      Map.of(
          "MEMBERSHIP", new String[] {"subject", "organisation", "member-of"},
          "LEADERSHIP", new String[] {"subject", "organisation", "leader-of"},
          "FAMILY", new String[] {"subject", "relative", "family"},
          "CONTACT", new String[] {"subject", "with", "contact"},
          "PLEDGE", new String[] {"subject", "organisation", "pledged-to"});

  @Override
  public Integer call() {
    if (!format.equals("dot") && !format.equals("json")) {
      throw new IllegalArgumentException("--format: '" + format + "' is neither dot nor json");
    }
    try (Store store = home.openStore()) {
      KnowledgeBase kb = KnowledgeBase.on(store.database());
      Map<String, String> nodeOfName = new LinkedHashMap<>();
      Map<String, String[]> nodes = new LinkedHashMap<>();
      for (Subject s : kb.subjects()) {
        nodes.put(s.id(), new String[] {s.name(), s.kind()});
        nodeOfName.put(key(s.name()), s.id());
        s.aliases().forEach(a -> nodeOfName.putIfAbsent(key(a), s.id()));
      }
      List<Edge> edges = new ArrayList<>();
      for (StoredFact f : kb.facts(Optional.empty())) {
        String[] r = RELATIONS.get(f.type());
        if (r == null) {
          continue;
        }
        Object a = f.arguments().get(r[0]);
        Object b = f.arguments().get(r[1]);
        if (!(a instanceof String) || !(b instanceof String)) {
          continue;
        }
        String relation =
            f.type().equals("FAMILY") && f.arguments().get("relation") instanceof String rel
                ? rel
                : r[2];
        edges.add(
            new Edge(
                node(nodes, nodeOfName, (String) a),
                node(nodes, nodeOfName, (String) b),
                relation,
                f.sentence()));
      }
      for (SubjectLink l : kb.links()) {
        edges.add(
            new Edge(
                l.subjectA(),
                l.subjectB(),
                l.relation().toLowerCase(Locale.ROOT).replace('_', '-')
                    + String.format(Locale.ROOT, " (%.2f)", l.confidence()),
                l.reason()));
      }
      PrintWriter out = spec.commandLine().getOut();
      if (format.equals("json")) {
        List<Map<String, String>> ns = new ArrayList<>();
        nodes.forEach((id, v) -> ns.add(Map.of("id", id, "name", v[0], "kind", v[1])));
        Json.print(out, Map.of("nodes", ns, "edges", edges));
      } else {
        out.println("digraph subjects {");
        out.println("  rankdir=LR; node [fontname=\"Noto Sans\"];");
        nodes.forEach(
            (id, v) ->
                out.printf(
                    Locale.ROOT,
                    "  %s [label=%s, shape=%s];%n",
                    quote(id),
                    quote(v[0]),
                    v[1].startsWith("PERSON") ? "ellipse" : "box"));
        for (Edge e : edges) {
          out.printf(
              Locale.ROOT,
              "  %s -> %s [label=%s, tooltip=%s];%n",
              quote(e.from()),
              quote(e.to()),
              quote(e.relation()),
              quote(e.evidence()));
        }
        out.println("}");
      }
      return 0;
    }
  }

  /** The subject a name resolves to, else a node of its own for the name. */
  private static String node(
      Map<String, String[]> nodes, Map<String, String> nodeOfName, String name) {
    String id = nodeOfName.get(key(name));
    if (id == null) {
      id = "name:" + name;
      nodes.putIfAbsent(id, new String[] {name, "UNRESOLVED"});
    }
    return id;
  }

  private static String key(String name) {
    return name.strip().toLowerCase(Locale.ROOT);
  }

  private static String quote(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", " ") + "\"";
  }
}
