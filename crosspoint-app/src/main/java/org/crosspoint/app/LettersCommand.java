package org.crosspoint.app;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.crosspoint.intake.document.DocumentReader;
import org.crosspoint.intake.letters.AgencyLetter;
import org.crosspoint.knowledge.Communication;
import org.crosspoint.knowledge.KnowledgeBase;
import org.crosspoint.knowledge.Proposal;
import org.crosspoint.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "letters",
    mixinStandardHelpOptions = true,
    description = "Inter-agency letters (docs/agency-letter-format.md).",
    subcommands = {LettersCommand.Ingest.class, LettersCommand.ListLetters.class})
final class LettersCommand implements Runnable {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  @Command(
      name = "ingest",
      mixinStandardHelpOptions = true,
      description = {
        "Records a letter as a communication and makes one listing PROPOSAL per annexed name,",
        "linked to the letter. Nothing is listed until someone other than the proposer approves.",
        "The same letter ingested twice is a no-op."
      })
  static final class Ingest extends StoreCommand {
    @Parameters(paramLabel = "FILE")
    Path file;

    @Option(
        names = "--by",
        required = true,
        paramLabel = "NAME",
        description = "Who records the letter (the proposer).")
    String by;

    @Override
    protected int run(Store store, PrintWriter out) throws Exception {
      if (!Files.isRegularFile(file)) {
        throw new IllegalArgumentException(file + ": no such file");
      }
      if (Files.size(file) > DocumentReader.MAX_BYTES) {
        throw new IllegalArgumentException(file + ": too large for a letter");
      }
      byte[] bytes = Files.readAllBytes(file);
      AgencyLetter letter =
          AgencyLetter.parse(file.toString(), new String(bytes, StandardCharsets.UTF_8));
      String sha = DocumentReader.sha256(bytes);
      String letterId = "L-" + sha.substring(0, 10);
      Communication c =
          new Communication(
              letterId,
              sha,
              letter.sender(),
              letter.recipient(),
              letter.reference(),
              letter.date(),
              letter.subject(),
              letter.body(),
              file.getFileName().toString());
      List<Proposal> proposals = new ArrayList<>();
      int n = 0;
      for (Map<String, String> row : letter.names()) {
        n++;
        Map<String, String> details = new LinkedHashMap<>(row);
        String name = details.remove("name");
        List<String> evidence =
            List.of(
                "Annex ("
                    + letter.annex()
                    + ") row "
                    + n
                    + " of letter "
                    + letter.reference().orElse(letterId)
                    + " from "
                    + letter.sender()
                    + " to "
                    + letter.recipient()
                    + letter.date().map(d -> " dated " + d).orElse(""));
        proposals.add(
            new Proposal(
                letterId + "-" + n,
                letter.listKind(),
                name,
                details,
                Optional.empty(),
                Optional.of(letterId),
                evidence,
                Proposal.Status.PROPOSED,
                by.strip(),
                Instant.now(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty()));
      }
      KnowledgeBase kb = KnowledgeBase.on(store.database());
      // An annexed name that the reports already name becomes linked to that subject.
      List<Proposal> linked = new ArrayList<>();
      for (Proposal p : proposals) {
        Optional<String> subject =
            kb.subjects().stream()
                .filter(
                    s ->
                        s.kind().equals("PERSON")
                            && (s.name().equalsIgnoreCase(p.name())
                                || s.aliases().contains(p.name())))
                .map(s -> s.id())
                .findFirst();
        linked.add(
            new Proposal(
                p.id(),
                p.listKind(),
                p.name(),
                p.details(),
                subject,
                p.communicationId(),
                p.evidence(),
                p.status(),
                p.proposedBy(),
                p.proposedAt(),
                p.decidedBy(),
                p.decidedAt(),
                p.reason()));
      }
      proposals = linked;
      Optional<Communication> stored = kb.receiveLetter(c, proposals, by.strip());
      if (stored.isEmpty()) {
        out.println(
            file + ": already recorded as " + letterId + " (same content); nothing changed");
        return 0;
      }
      if (json) {
        Json.print(out, Map.of("communication", c, "proposals", proposals));
        return 0;
      }
      out.println(
          "letter "
              + letterId
              + " from "
              + c.sender()
              + " to "
              + c.recipient()
              + c.reference().map(r -> " ref " + r).orElse(""));
      out.println(
          proposals.size()
              + " listing proposal(s) for "
              + letter.listKind()
              + ", awaiting approval by someone other than "
              + by.strip()
              + ":");
      for (Proposal p : proposals) {
        ProposalsCommand.print(out, p);
      }

      return 0;
    }
  }

  @Command(name = "list", mixinStandardHelpOptions = true, description = "Recorded letters.")
  static final class ListLetters extends StoreCommand {
    @Override
    protected int run(Store store, PrintWriter out) {
      List<Communication> all = KnowledgeBase.on(store.database()).communications();
      show(
          out,
          all,
          (o, letters) -> {
            if (letters.isEmpty()) {
              o.println("no letters recorded (crosspoint letters ingest LETTER.txt --by NAME)");
            }
            for (Communication c : letters) {
              o.println(
                  c.id()
                      + "  "
                      + c.sentOn().map(Object::toString).orElse("----------")
                      + "  "
                      + c.sender()
                      + " → "
                      + c.recipient()
                      + "  "
                      + c.subject().orElse(""));
            }
          });
      return 0;
    }
  }
}
