package org.crosspoint.app;

import java.io.PrintWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.crosspoint.audit.AuditChain;
import org.crosspoint.registry.EntryVersion;
import org.crosspoint.store.Store;
import org.crosspoint.watchlist.Entry;
import org.crosspoint.watchlist.EntryStatus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code crosspoint audit ...}: the auditor's questions. */
@Command(
    name = "audit",
    mixinStandardHelpOptions = true,
    description = "Verify the audit trail and answer \"was X on list L on date D, and why\".",
    subcommands = {
      AuditCommand.Verify.class,
      AuditCommand.WhoWasListed.class,
      AuditCommand.Log.class
    })
public final class AuditCommand extends GroupCommand {

  @Command(
      name = "verify",
      mixinStandardHelpOptions = true,
      description = "Walk the hash chain; report the first broken record. Exit 1 when broken.")
  static final class Verify extends StoreCommand {
    @Override
    protected int run(Store store, PrintWriter out) {
      AuditChain.Verification v = store.verifyAudit();
      show(out, v, (o, x) -> o.println(x.describe()));
      return v.intact() ? 0 : 1;
    }
  }

  @Command(
      name = "who-was-listed",
      mixinStandardHelpOptions = true,
      description = "Was this entry listed at that date or instant, on which list, and why.")
  static final class WhoWasListed extends StoreCommand {
    @Option(names = "--entry", required = true, description = "Entry id, e.g. un-sc:6908555.")
    String entryId;

    @Option(
        names = "--at",
        required = true,
        description = "A date (YYYY-MM-DD, end of that day UTC) or an ISO 8601 instant.")
    String at;

    @Override
    protected int run(Store store, PrintWriter p) {
      Instant when = instant(at);
      Optional<Entry> e = store.registry().entryAsOf(entryId, when);
      List<EntryVersion> history = store.registry().history(entryId);
      if (history.isEmpty()) {
        throw new IllegalArgumentException("no entry with id " + entryId);
      }
      boolean listed = e.isPresent() && e.get().status() == EntryStatus.ACTIVE;
      EntryVersion version =
          history.stream()
              .filter(
                  v ->
                      !v.validFrom().isAfter(when)
                          && (v.validTo() == null || v.validTo().isAfter(when)))
              .findFirst()
              .orElse(null);
      Map<String, Object> out = new LinkedHashMap<>();
      out.put("entry_id", entryId);
      out.put("at", when.toString());
      out.put("listed", listed);
      if (e.isPresent()) {
        Entry x = e.get();
        out.put("list_id", x.listId());
        out.put("name", x.displayName());
        out.put("status", x.status().name());
        out.put("reason", x.reason());
        out.put("legal_basis", x.legalBasis());
        out.put("source_reference", x.sourceReference());
        out.put("listed_on", x.listedOn() == null ? null : x.listedOn().toString());
      }
      if (version != null) {
        out.put("version", version.version());
        out.put("version_valid_from", version.validFrom().toString());
        out.put(
            "version_valid_to", version.validTo() == null ? null : version.validTo().toString());
        out.put("changed_by", version.actor());
        out.put("change", version.action() + " " + version.detail());
      }
      if (json) {
        Json.print(p, out);
      } else if (e.isEmpty()) {
        p.printf(
            Locale.ROOT,
            "%s was not on any list at %s (not yet in the registry then)%n",
            entryId,
            when);
      } else {
        Entry x = e.get();
        p.printf(
            Locale.ROOT,
            "%s (%s) %s on list %s at %s%n",
            entryId,
            x.displayName(),
            listed ? "WAS listed" : "was NOT listed (status " + x.status() + ")",
            x.listId(),
            when);
        p.printf(
            Locale.ROOT,
            "  reason:           %s%n",
            x.reason().isEmpty() ? "-" : oneLine(x.reason()));
        p.printf(
            Locale.ROOT,
            "  legal basis:      %s%n",
            x.legalBasis().isEmpty() ? "-" : x.legalBasis());
        p.printf(
            Locale.ROOT,
            "  source reference: %s%n",
            x.sourceReference().isEmpty() ? "-" : x.sourceReference());
        p.printf(
            Locale.ROOT, "  listed on:        %s%n", x.listedOn() == null ? "-" : x.listedOn());
        if (version != null) {
          p.printf(
              Locale.ROOT,
              "  version %d, valid from %s to %s, written by %s (%s %s)%n",
              version.version(),
              version.validFrom(),
              version.validTo() == null ? "now" : version.validTo(),
              version.actor(),
              version.action(),
              version.detail());
        }
      }
      return 0;
    }

    private static String oneLine(String s) {
      String t = s.replaceAll("\\s+", " ").strip();
      return t.length() > 200 ? t.substring(0, 197) + "..." : t;
    }
  }

  @Command(
      name = "log",
      mixinStandardHelpOptions = true,
      description = "The audit records about one subject (an encounter id or an entry id).")
  static final class Log extends StoreCommand {
    @Option(names = "--subject", required = true, description = "Encounter or entry id.")
    String subject;

    @Option(names = "--limit", defaultValue = "100", description = "At most this many records.")
    int limit;

    @Override
    protected int run(Store store, PrintWriter out) {
      List<AuditChain.Record> records =
          store.database().read(c -> store.audit().about(c, subject, limit));
      show(
          out,
          records,
          (p, rs) ->
              rs.forEach(
                  r ->
                      p.printf(
                          Locale.ROOT,
                          "#%d %s %s by %s: %s%n",
                          r.seq(),
                          r.at(),
                          r.kind(),
                          r.actor(),
                          r.payload())));
      return 0;
    }
  }

  /** A date (the end of that day, UTC) or an instant. */
  static Instant instant(String text) {
    try {
      if (text.length() == 10) {
        return LocalDate.parse(text)
            .plusDays(1)
            .atStartOfDay(ZoneOffset.UTC)
            .toInstant()
            .minusNanos(1000);
      }
      return Instant.parse(text);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          "--at: '" + text + "' is neither YYYY-MM-DD nor an ISO 8601 instant", e);
    }
  }
}
