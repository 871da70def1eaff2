package org.crosspoint.app;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.crosspoint.bulletin.Bulletins;
import org.crosspoint.bulletin.Bulletins.Bulletin;
import org.crosspoint.bulletin.Bulletins.Recipient;
import org.crosspoint.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code crosspoint bulletins}: threat bulletins to agencies, with acknowledgement (S9). */
@Command(
    name = "bulletins",
    mixinStandardHelpOptions = true,
    description = "Threat bulletins sent to recipient agencies, and their acknowledgements.",
    subcommands = {
      BulletinsCommand.Issue.class,
      BulletinsCommand.Ack.class,
      BulletinsCommand.Show.class
    })
public final class BulletinsCommand extends StoreCommand {
  @Option(
      names = "--pending-for",
      paramLabel = "AGENCY",
      description = "Only bulletins this agency has not acknowledged.")
  String pendingFor;

  @Override
  protected int run(Store store, PrintWriter out) {
    List<Bulletin> all = store.bulletins().list(pendingFor);
    if (json) {
      Json.print(out, all);
    } else if (all.isEmpty()) {
      out.println(pendingFor == null ? "no bulletins" : "nothing pending for " + pendingFor);
    } else {
      for (Bulletin b : all) {
        out.printf(
            Locale.ROOT,
            "%s  %-8s %s  \"%s\"  %d/%d acknowledged%n",
            b.id(),
            b.severity(),
            b.issuedAt(),
            b.title(),
            b.recipients().size() - b.pending(),
            b.recipients().size());
      }
    }
    return 0;
  }

  static void print(PrintWriter out, Bulletin b) {
    out.printf(Locale.ROOT, "%s  %s  %s%n", b.id(), b.severity(), b.title());
    out.printf(
        Locale.ROOT,
        "issued by %s at %s%s%n",
        b.issuedBy(),
        b.issuedAt(),
        b.reference().isEmpty() ? "" : ", ref " + b.reference());
    if (!b.body().isBlank()) {
      out.println();
      out.println(b.body().strip());
      out.println();
    }
    for (Recipient r : b.recipients()) {
      out.printf(
          Locale.ROOT,
          "  %-30s %s%n",
          r.agency(),
          r.acknowledged()
              ? "acknowledged " + r.acknowledgedAt() + " by " + r.acknowledgedBy()
              : "PENDING");
    }
  }

  @Command(name = "issue", mixinStandardHelpOptions = true, description = "Issue a bulletin.")
  static final class Issue extends StoreCommand {
    @Option(names = "--title", required = true, description = "Title.")
    String title;

    @Option(names = "--body", description = "Text of the bulletin.")
    String body;

    @Option(names = "--body-file", description = "Read the text from this UTF-8 file.")
    Path bodyFile;

    @Option(
        names = "--severity",
        defaultValue = "MEDIUM",
        description = "LOW, MEDIUM, HIGH or CRITICAL (default: ${DEFAULT-VALUE}).")
    Bulletins.Severity severity;

    @Option(names = "--reference", defaultValue = "", description = "Letter or file reference.")
    String reference;

    @Option(names = "--by", required = true, description = "Who issues it.")
    String by;

    @Option(
        names = "--to",
        required = true,
        split = ",",
        description = "Recipient agencies (repeat or comma-separate).")
    List<String> to;

    @Override
    protected int run(Store store, PrintWriter out) throws Exception {
      String text = body == null ? "" : body;
      if (bodyFile != null) {
        text = Files.readString(bodyFile, StandardCharsets.UTF_8);
      }
      Bulletin b = store.bulletins().issue(title, text, severity, reference, by, to, Instant.now());
      show(out, b, BulletinsCommand::print);
      return 0;
    }
  }

  @Command(
      name = "ack",
      mixinStandardHelpOptions = true,
      description = "Acknowledge a bulletin for an agency.")
  static final class Ack implements Callable<Integer> {
    @Mixin HomeOption home;

    @Parameters(paramLabel = "ID", description = "Bulletin id.")
    String id;

    @Option(
        names = "--agency",
        required = true,
        description = "The recipient agency acknowledging.")
    String agency;

    @Option(names = "--by", required = true, description = "Who acknowledges.")
    String by;

    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
      try (Store store = home.openStore()) {
        print(
            spec.commandLine().getOut(),
            store.bulletins().acknowledge(id, agency, by, Instant.now()));
        return 0;
      }
    }
  }

  @Command(
      name = "show",
      mixinStandardHelpOptions = true,
      description = "One bulletin with its recipients.")
  static final class Show extends StoreCommand {
    @Parameters(paramLabel = "ID", description = "Bulletin id.")
    String id;

    @Override
    protected int run(Store store, PrintWriter out) {
      Bulletin b =
          store
              .bulletins()
              .find(id)
              .orElseThrow(() -> new IllegalArgumentException("no bulletin with id " + id));
      show(out, b, BulletinsCommand::print);
      return 0;
    }
  }
}
