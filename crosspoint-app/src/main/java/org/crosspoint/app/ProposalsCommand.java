package org.crosspoint.app;

import java.io.PrintWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.crosspoint.knowledge.KnowledgeBase;
import org.crosspoint.knowledge.Proposal;
import org.crosspoint.knowledge.StoredDocument;
import org.crosspoint.knowledge.StoredFact;
import org.crosspoint.knowledge.Subject;
import org.crosspoint.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "proposals",
    mixinStandardHelpOptions = true,
    description = {
      "Listing proposals: from agency letters ('crosspoint letters ingest') or from subjects the",
      "reports name ('proposals propose SUBJECT_ID'), each with its evidence. Nothing is listed",
      "by a proposal: it is APPROVED or REJECTED later by someone other than its proposer."
    },
    subcommands = {
      ProposalsCommand.Propose.class,
      ProposalsCommand.Approve.class,
      ProposalsCommand.Reject.class
    })
final class ProposalsCommand extends StoreCommand {
  @Option(
      names = "--status",
      paramLabel = "STATUS",
      description = "PROPOSED, APPROVED or REJECTED.")
  Proposal.Status status;

  @Override
  protected int run(Store store, PrintWriter out) {
    List<Proposal> ps = KnowledgeBase.on(store.database()).proposals(Optional.ofNullable(status));
    if (json) {
      Json.print(out, ps);
      return 0;
    }
    if (ps.isEmpty()) {
      out.println("no proposals");
    }
    for (Proposal p : ps) {
      print(out, p);
    }

    return 0;
  }

  static void print(PrintWriter out, Proposal p) {
    out.printf(
        Locale.ROOT,
        "%s  %-9s %-9s %s%s  proposed by %s%s%n",
        p.id(),
        p.status(),
        p.listKind(),
        p.name(),
        p.details().isEmpty() ? "" : " " + p.details(),
        p.proposedBy(),
        p.decidedBy()
            .map(
                d ->
                    "; "
                        + p.status().name().toLowerCase(Locale.ROOT)
                        + " by "
                        + d
                        + p.reason().map(r -> " (" + r + ")").orElse(""))
            .orElse(""));
    p.communicationId().ifPresent(c -> out.println("      letter: " + c));
    p.subjectId().ifPresent(c -> out.println("      subject: " + c));
    for (String e : p.evidence()) {
      out.println("      evidence: " + e);
    }
  }

  @Command(
      name = "propose",
      mixinStandardHelpOptions = true,
      description =
          "Propose listing a subject the reports name, with the sentences about it as evidence.")
  static final class Propose implements Callable<Integer> {
    @Mixin HomeOption home;

    @Parameters(paramLabel = "SUBJECT_ID", description = "From 'crosspoint subjects'.")
    String subjectId;

    @Option(
        names = "--list",
        required = true,
        paramLabel = "LIST",
        description = "RED_ALERT, ECL or WATCH.")
    String list;

    @Option(names = "--by", required = true, paramLabel = "NAME", description = "Proposer.")
    String by;

    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
      String l = list.toUpperCase(Locale.ROOT);
      if (!List.of("RED_ALERT", "ECL", "WATCH").contains(l)) {
        throw new IllegalArgumentException("--list must be RED_ALERT, ECL or WATCH, not " + list);
      }
      try (Store store = home.openStore()) {
        KnowledgeBase kb = KnowledgeBase.on(store.database());
        Subject s =
            kb.subject(subjectId)
                .orElseThrow(() -> new IllegalArgumentException("no subject " + subjectId));
        Map<String, StoredDocument> docs = new LinkedHashMap<>();
        kb.documents().forEach(d -> docs.put(d.sha256(), d));
        List<String> evidence = new ArrayList<>();
        for (StoredFact f : kb.facts(Optional.empty())) {
          if (s.documents().contains(f.documentSha())
              && f.arguments().values().stream()
                  .anyMatch(v -> String.valueOf(v).contains(s.name()))) {
            evidence.add(
                docs.get(f.documentSha()).name()
                    + " ["
                    + f.start()
                    + "-"
                    + f.end()
                    + "] "
                    + f.type()
                    + ": \""
                    + f.sentence()
                    + "\"");
          }
        }
        if (evidence.isEmpty()) {
          throw new IllegalArgumentException(
              "no fact names " + s.name() + "; a proposal needs evidence sentences");
        }
        Proposal p =
            kb.propose(
                new Proposal(
                    "PR-" + UUID.randomUUID().toString().substring(0, 8),
                    l,
                    s.name(),
                    Map.of("kind", s.kind()),
                    Optional.of(s.id()),
                    Optional.empty(),
                    evidence,
                    Proposal.Status.PROPOSED,
                    by.strip(),
                    Instant.now(),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty()));
        print(spec.commandLine().getOut(), p);
      }
      return 0;
    }
  }

  /** Approve and reject: the same decision, by someone other than the proposer. */
  abstract static class Decision implements Callable<Integer> {
    @Mixin HomeOption home;

    @Parameters(paramLabel = "ID", description = "Proposal id (from 'crosspoint proposals').")
    String id;

    @Option(
        names = "--by",
        required = true,
        paramLabel = "NAME",
        description = "Decider (must differ from the proposer).")
    String by;

    @Spec picocli.CommandLine.Model.CommandSpec spec;

    abstract boolean approve();

    abstract String reason();

    @Override
    public Integer call() {
      try (Store store = home.openStore()) {
        print(
            spec.commandLine().getOut(),
            KnowledgeBase.on(store.database()).decide(id, approve(), by, reason()));
      }
      return 0;
    }
  }

  @Command(
      name = "approve",
      mixinStandardHelpOptions = true,
      description = {
        "Approve a proposal (not your own) and list the name: the entry goes on the list with the"
            + " legal basis, the review date and the letter or report it rests on.",
        "Screening picks the new entry up within seconds."
      })
  static final class Approve extends Decision {
    @Option(
        names = {"--legal-basis", "--reason"},
        required = true,
        paramLabel = "TEXT",
        description = "The order or statute the listing rests on.")
    String reason;

    @Option(
        names = "--list",
        paramLabel = "LIST",
        description = "The list (default: the proposal's: red-alert, ecl, watch or proscribed).")
    String list;

    @Option(
        names = "--review-by",
        paramLabel = "YYYY-MM-DD",
        description = "When the listing must be reviewed (default: one year from today).")
    java.time.LocalDate reviewBy;

    @Override
    boolean approve() {
      return true;
    }

    @Override
    String reason() {
      return reason;
    }

    @Override
    public Integer call() {
      java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneOffset.UTC);
      try (Store store = home.openStore()) {
        KnowledgeBase kb = KnowledgeBase.on(store.database());
        org.crosspoint.watchlist.Entry e =
            org.crosspoint.knowledge.ProposalListing.approve(
                store.registry(),
                kb,
                id,
                by,
                list,
                reason,
                reviewBy != null ? reviewBy : today.plusYears(1),
                today);
        PrintWriter out = spec.commandLine().getOut();
        kb.proposals(Optional.empty()).stream()
            .filter(p -> p.id().equals(id))
            .findFirst()
            .ifPresent(p -> print(out, p));
        out.printf(
            Locale.ROOT,
            "listed as %s on %s (legal basis: %s; review by %s; source: %s)%n",
            e.id(),
            e.listId(),
            e.legalBasis(),
            e.reviewBy(),
            e.sourceReference());
      }
      return 0;
    }
  }

  @Command(
      name = "reject",
      mixinStandardHelpOptions = true,
      description = "Reject a proposal (not your own), with a reason.")
  static final class Reject extends Decision {
    @Option(names = "--reason", required = true, paramLabel = "TEXT", description = "Why.")
    String reason;

    @Override
    boolean approve() {
      return false;
    }

    @Override
    String reason() {
      return reason;
    }
  }
}
