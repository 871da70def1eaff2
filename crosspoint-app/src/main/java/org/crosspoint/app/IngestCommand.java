package org.crosspoint.app;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.crosspoint.intake.Extraction;
import org.crosspoint.intake.Ingestion;
import org.crosspoint.intake.Intake;
import org.crosspoint.intake.document.Document;
import org.crosspoint.intake.document.DocumentReader;
import org.crosspoint.intake.facts.Fact;
import org.crosspoint.intake.mentions.Mention;
import org.crosspoint.knowledge.KnowledgeBase;
import org.crosspoint.knowledge.SourceGrades;
import org.crosspoint.matching.Candidate;
import org.crosspoint.matching.MatchIndex;
import org.crosspoint.matching.Query;
import org.crosspoint.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "ingest",
    mixinStandardHelpOptions = true,
    description = {
      "Reads reports (.txt, .html, .pdf), keeps the main text, finds persons, organisations, places,",
      "dates and quantities, and extracts facts (attacks, arrests, pledges, memberships, claims,",
      "listings, crossings) with the sentence each rests on. Stores each file by content hash in",
      "the knowledge base; ingesting the same file again changes nothing.",
      "--json prints, per file, the cleaned text and every mention and fact with offsets."
    })
final class IngestCommand implements Callable<Integer> {
  @Mixin HomeOption home;

  @Option(names = "--json", description = "Print mentions and facts as JSON (one object per file).")
  boolean json;

  @Option(names = "--dry-run", description = "Extract only; store nothing.")
  boolean dryRun;

  @Parameters(
      arity = "1..*",
      paramLabel = "FILE",
      description = "Report files (.txt, .html, .pdf).")
  List<Path> files;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--by",
      paramLabel = "NAME",
      description = "Who ingests (recorded; default: the login name).")
  String by;

  @Override
  public Integer call() throws Exception {
    Intake intake = Intake.standard();
    for (Path f : files) {
      if (!Files.isRegularFile(f)) {
        throw new IllegalArgumentException(f + ": no such file");
      }
    }
    List<Object> out = new ArrayList<>();
    int stored = 0;
    int unchanged = 0;
    int mentions = 0;
    int facts = 0;
    PrintWriter err = spec.commandLine().getErr();
    if (dryRun) {
      for (int i = 0; i < files.size(); i++) {
        err.printf(Locale.ROOT, "[%d/%d] %s%n", i + 1, files.size(), files.get(i));
        Extraction x = intake.extract(DocumentReader.read(files.get(i)));
        mentions += x.mentions().size();
        facts += x.facts().size();
        if (json) {
          out.add(toJson(x));
        }
      }
    } else {
      try (Store store = home.openStore()) {
        String actor = by != null ? by : System.getProperty("user.name", "unknown");
        Totals t =
            ingestInto(store, home.dir(), intake, files, actor, err, json ? out::add : x -> {});
        stored = t.stored();
        unchanged = t.unchanged();
        mentions = t.mentions();
        facts = t.facts();
      }
    }
    if (json) {
      Json.print(spec.commandLine().getOut(), out.size() == 1 ? out.get(0) : out);
    } else {
      spec.commandLine()
          .getOut()
          .printf(
              Locale.ROOT,
              "%d file(s): %d stored, %d already known (same content); %d mentions, %d facts%n",
              files.size(),
              stored,
              unchanged,
              mentions,
              facts);
    }
    return 0;
  }

  /** What an ingestion run did. */
  record Totals(int stored, int unchanged, int mentions, int facts) {}

  /**
   * Ingests files into the knowledge base of {@code store}: each stored by content hash, its
   * subjects resolved across reports and screened against the active watchlist entries. Progress
   * goes to {@code err}; each extraction to {@code each} (for JSON output).
   */
  static Totals ingestInto(
      Store store,
      Path home,
      Intake intake,
      List<Path> files,
      String actor,
      PrintWriter err,
      java.util.function.Consumer<Object> each)
      throws java.io.IOException {
    KnowledgeBase kb = KnowledgeBase.on(store.database());
    // Subjects are matched against every active watchlist entry with the matcher's index.
    MatchIndex index = MatchIndex.build(store.registry().activeEntries());
    Ingestion ingestion =
        new Ingestion(intake, kb, SourceGrades.load(home), name -> watchlistEntries(index, name));
    int stored = 0;
    int unchanged = 0;
    int mentions = 0;
    int facts = 0;
    for (int i = 0; i < files.size(); i++) {
      Path f = files.get(i);
      Ingestion.Outcome o = ingestion.ingest(f, actor);
      err.printf(
          Locale.ROOT,
          "[%d/%d] %s: %s (source grade %s), %d mentions, %d facts%n",
          i + 1,
          files.size(),
          f,
          o.stored() ? "stored" : "already known",
          o.reliability(),
          o.extraction().mentions().size(),
          o.extraction().facts().size());
      if (o.stored()) {
        stored++;
      } else {
        unchanged++;
      }
      mentions += o.extraction().mentions().size();
      facts += o.extraction().facts().size();
      each.accept(toJson(o.extraction()));
    }
    if (stored > 0) {
      var r = ingestion.resolveSubjects();
      err.printf(
          Locale.ROOT, "subjects resolved: %d, links: %d%n", r.subjects().size(), r.links().size());
      err.println(
          "facts by credibility (1 confirmed ... 5 improbable): " + ingestion.assessCredibility());
    }
    return new Totals(stored, unchanged, mentions, facts);
  }

  /**
   * Watchlist entries the matcher alerts on for a subject's name, best first, as "ENTRY_ID
   * (score)". Only alerts count: a one-word or weak alias alone never links a subject to an entry.
   */
  static List<String> watchlistEntries(MatchIndex index, String name) {
    List<String> ids = new ArrayList<>();
    if (index.size() == 0) {
      return ids;
    }
    for (Candidate c : index.screen(Query.ofName(name), 5)) {
      if (c.alert()) {
        ids.add(String.format(Locale.ROOT, "%s (%.2f)", c.entry().id(), c.score()));
      }
    }
    return ids;
  }

  static Map<String, Object> toJson(Extraction x) {
    Document d = x.document();
    Map<String, Object> o = new LinkedHashMap<>();
    o.put("file", d.name());
    o.put("sha256", d.sha256());
    o.put("title", d.title().orElse(null));
    o.put("outlet", d.outlet().orElse(null));
    o.put("author", d.author().orElse(null));
    o.put("published", d.published().map(Object::toString).orElse(null));
    o.put("text", d.text());
    List<Object> ms = new ArrayList<>();
    for (Mention m : x.mentions()) {
      Map<String, Object> j = new LinkedHashMap<>();
      j.put("type", m.type().name());
      j.put("text", m.text());
      j.put("start", m.start());
      j.put("end", m.end());
      j.put("canonical", m.canonical());
      if (!m.attributes().isEmpty()) {
        j.put("attributes", m.attributes());
      }
      ms.add(j);
    }
    o.put("mentions", ms);
    List<Object> fs = new ArrayList<>();
    for (Fact f : x.facts()) {
      fs.add(factJson(f));
    }
    o.put("facts", fs);
    return o;
  }

  static Map<String, Object> factJson(Fact f) {
    Map<String, Object> j = new LinkedHashMap<>();
    j.put("type", f.type().name());
    j.putAll(f.arguments());
    j.put(
        "evidence",
        Map.of(
            "sentence",
            f.evidence().sentence(),
            "start",
            f.evidence().start(),
            "end",
            f.evidence().end()));
    if (!f.moreEvidence().isEmpty()) {
      List<Object> more = new ArrayList<>();
      for (var e : f.moreEvidence()) {
        more.add(Map.of("sentence", e.sentence(), "start", e.start(), "end", e.end()));
      }
      j.put("more_evidence", more);
    }
    j.put("extractor", f.extractor());
    return j;
  }
}
