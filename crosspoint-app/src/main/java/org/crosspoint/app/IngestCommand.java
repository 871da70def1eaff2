package org.crosspoint.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.crosspoint.intake.Extraction;
import org.crosspoint.intake.Intake;
import org.crosspoint.intake.document.Document;
import org.crosspoint.intake.document.DocumentReader;
import org.crosspoint.intake.facts.Fact;
import org.crosspoint.intake.mentions.Mention;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "ingest",
    mixinStandardHelpOptions = true,
    description = {
      "Reads reports (.txt, .html), keeps the main text, finds persons, organisations, places,",
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

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Report files (.txt, .html).")
  List<Path> files;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    Intake intake = Intake.standard();
    Path kb = dryRun ? null : home.dir().resolve("intake");
    List<Object> out = new ArrayList<>();
    int stored = 0;
    int unchanged = 0;
    int mentions = 0;
    int facts = 0;
    for (int i = 0; i < files.size(); i++) {
      Path f = files.get(i);
      if (!f.toFile().isFile()) {
        throw new IllegalArgumentException(f + ": no such file");
      }
      spec.commandLine()
          .getErr()
          .printf(java.util.Locale.ROOT, "[%d/%d] %s%n", i + 1, files.size(), f);
      Document doc = DocumentReader.read(f);
      Extraction x = intake.extract(doc);
      mentions += x.mentions().size();
      facts += x.facts().size();
      if (kb != null) {
        // Stored by content hash: the same file ingested again is a no-op.
        java.nio.file.Files.createDirectories(kb);
        Path target = kb.resolve(doc.sha256() + ".json");
        if (java.nio.file.Files.exists(target)) {
          unchanged++;
        } else {
          Path tmp = kb.resolve(doc.sha256() + ".json.tmp");
          java.nio.file.Files.writeString(
              tmp,
              Json.MAPPER.writeValueAsString(toJson(x)),
              java.nio.charset.StandardCharsets.UTF_8);
          java.nio.file.Files.move(tmp, target, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
          stored++;
        }
      }
      if (json) {
        out.add(toJson(x));
      }
    }
    if (json) {
      Json.print(spec.commandLine().getOut(), out.size() == 1 ? out.get(0) : out);
    } else {
      spec.commandLine()
          .getOut()
          .printf(
              java.util.Locale.ROOT,
              "%d file(s): %d stored, %d already known (same content); %d mentions, %d facts%n",
              files.size(),
              stored,
              unchanged,
              mentions,
              facts);
    }
    return 0;
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
