package org.crosspoint.app;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.crosspoint.knowledge.KnowledgeBase;
import org.crosspoint.knowledge.StoredDocument;
import org.crosspoint.knowledge.StoredFact;
import org.crosspoint.knowledge.Subject;
import org.crosspoint.knowledge.SubjectLink;
import org.crosspoint.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code crosspoint stix}: the knowledge base as a STIX 2.1 bundle for partner cells (mission:
 * "STIX 2.1 bundles for sharing"). Subjects become identities (individual / organization), links
 * between subjects relationships, attacks incidents, claims notes, and every report a report that
 * refers to what it supports. Ids are derived from Crosspoint's own ids, so exporting twice gives
 * the same ids and a partner can update rather than duplicate. Provenance is kept: the evidence
 * sentence, the source's reliability (A–F, {@code x_crosspoint_reliability}) and the item's
 * credibility mapped to STIX confidence by the Admiralty scale of STIX 2.1 appendix A.
 */
@Command(
    name = "stix",
    mixinStandardHelpOptions = true,
    description = "Export the knowledge base as a STIX 2.1 bundle (JSON).")
public final class StixCommand implements Callable<Integer> {
  @Mixin HomeOption home;

  @Option(names = "--out", description = "Write the bundle here (default: standard output).")
  Path out;

  @Option(
      names = "--producer",
      defaultValue = "Crosspoint fusion cell",
      description = "The identity that produced the bundle (default: ${DEFAULT-VALUE}).")
  String producer;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  static String id(String type, String key) {
    return type
        + "--"
        + UUID.nameUUIDFromBytes((type + "|" + key).getBytes(StandardCharsets.UTF_8));
  }

  /** STIX 2.1 appendix A, Admiralty credibility 1–6 to confidence 0–100 (6: cannot be judged). */
  static Optional<Integer> confidence(int credibility) {
    return switch (credibility) {
      case 1 -> Optional.of(90);
      case 2 -> Optional.of(70);
      case 3 -> Optional.of(50);
      case 4 -> Optional.of(30);
      case 5 -> Optional.of(10);
      default -> Optional.empty();
    };
  }

  @Override
  public Integer call() throws Exception {
    String now = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS).toString();
    try (Store store = home.openStore()) {
      KnowledgeBase kb = KnowledgeBase.on(store.database());
      ArrayNode objects = Json.MAPPER.createArrayNode();
      String producerId = id("identity", "producer|" + producer);
      ObjectNode me = sdo(objects, "identity", producerId, now, null);
      me.put("name", producer);
      me.put("identity_class", "organization");

      Map<String, String> subjectIds = new LinkedHashMap<>();
      Map<String, Set<String>> refsByDocument = new LinkedHashMap<>();
      for (Subject s : kb.subjects()) {
        String sid = id("identity", "subject|" + s.id());
        subjectIds.put(s.id(), sid);
        ObjectNode o = sdo(objects, "identity", sid, now, producerId);
        o.put("name", s.name());
        o.put("identity_class", s.kind().startsWith("PERSON") ? "individual" : "organization");
        if (!s.aliases().isEmpty()) {
          ArrayNode a = o.putArray("x_crosspoint_aliases");
          s.aliases().forEach(a::add);
        }
        if (!s.watchlistEntries().isEmpty()) {
          ArrayNode w = o.putArray("x_crosspoint_watchlist_candidates");
          s.watchlistEntries().forEach(w::add);
        }
        for (String d : s.documents()) {
          refsByDocument.computeIfAbsent(d, k -> new LinkedHashSet<>()).add(sid);
        }
      }
      for (SubjectLink l : kb.links()) {
        String a = subjectIds.get(l.subjectA());
        String b = subjectIds.get(l.subjectB());
        if (a == null || b == null) {
          continue;
        }
        ObjectNode r =
            sdo(
                objects,
                "relationship",
                id("relationship", l.subjectA() + "|" + l.relation() + "|" + l.subjectB()),
                now,
                producerId);
        r.put("relationship_type", l.relation().toLowerCase(Locale.ROOT).replace('_', '-'));
        r.put("source_ref", a);
        r.put("target_ref", b);
        r.put("confidence", (int) Math.round(Math.max(0, Math.min(1, l.confidence())) * 100));
        r.put("description", l.reason());
      }
      Map<String, StoredDocument> documents = new LinkedHashMap<>();
      for (StoredDocument d : kb.documents()) {
        documents.put(d.sha256(), d);
      }
      for (StoredFact f : kb.facts(Optional.empty())) {
        String type;
        switch (f.type()) {
          case "ATTACK" -> type = "incident";
          case "CLAIM" -> type = "note";
          default -> {
            continue;
          }
        }
        String fid = id(type, f.documentSha() + "|" + f.seq());
        ObjectNode o = sdo(objects, type, fid, now, producerId);
        if (type.equals("incident")) {
          o.put("name", String.valueOf(f.arguments().getOrDefault("name", "attack")));
          o.put("description", f.sentence());
        } else {
          o.put("content", f.sentence());
          o.put(
              "abstract",
              "claim: "
                  + f.arguments().getOrDefault("stance", "")
                  + " — "
                  + f.arguments().getOrDefault("speaker", ""));
          ArrayNode refs = o.putArray("object_refs");
          Set<String> docRefs =
              refsByDocument.getOrDefault(documentNameOf(documents, f.documentSha()), Set.of());
          if (docRefs.isEmpty()) {
            refs.add(producerId);
          } else {
            docRefs.forEach(refs::add);
          }
        }
        ObjectNode args = o.putObject("x_crosspoint_arguments");
        f.arguments().forEach((k, v) -> args.set(k, Json.MAPPER.valueToTree(v)));
        confidence(f.credibility()).ifPresent(c -> o.put("confidence", c));
        o.put("x_crosspoint_credibility", f.credibility());
        refsByDocument
            .computeIfAbsent(documentNameOf(documents, f.documentSha()), k -> new LinkedHashSet<>())
            .add(fid);
      }
      for (StoredDocument d : documents.values()) {
        Set<String> refs = refsByDocument.getOrDefault(d.name(), new LinkedHashSet<>());
        refs.addAll(refsByDocument.getOrDefault(d.sha256(), Set.of()));
        if (refs.isEmpty()) {
          refs.add(producerId);
        }
        String published =
            d.published()
                .map(p -> p.atStartOfDay(ZoneOffset.UTC).toInstant().toString())
                .orElse(now);
        ObjectNode r = sdo(objects, "report", id("report", d.sha256()), now, producerId);
        r.put("name", d.title().orElse(d.name()));
        r.put("published", published);
        ArrayNode types = r.putArray("report_types");
        types.add("threat-report");
        ArrayNode rr = r.putArray("object_refs");
        refs.forEach(rr::add);
        r.put("x_crosspoint_reliability", String.valueOf(d.reliability()));
        r.put("x_crosspoint_sha256", d.sha256());
        d.outlet().ifPresent(o -> r.put("x_crosspoint_outlet", o));
      }
      ObjectNode bundle = Json.MAPPER.createObjectNode();
      bundle.put("type", "bundle");
      bundle.put("id", "bundle--" + UUID.randomUUID());
      bundle.set("objects", objects);
      String text = Json.MAPPER.writeValueAsString(bundle);
      PrintWriter err = spec.commandLine().getErr();
      if (out == null) {
        spec.commandLine().getOut().println(text);
      } else {
        Files.writeString(out, text + "\n", StandardCharsets.UTF_8);
        err.printf(Locale.ROOT, "wrote %s: %d STIX objects%n", out, objects.size());
      }
      return 0;
    }
  }

  /** Subjects list the documents they appear in by name; facts by hash: one key for both. */
  private static String documentNameOf(Map<String, StoredDocument> docs, String sha) {
    StoredDocument d = docs.get(sha);
    return d == null ? sha : d.name();
  }

  private static ObjectNode sdo(
      ArrayNode objects, String type, String id, String now, String createdBy) {
    ObjectNode o = objects.addObject();
    o.put("type", type);
    o.put("spec_version", "2.1");
    o.put("id", id);
    if (createdBy != null) {
      o.put("created_by_ref", createdBy);
    }
    o.put("created", now);
    o.put("modified", now);
    return o;
  }
}
