package org.crosspoint.knowledge;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.crosspoint.country.Countries;
import org.crosspoint.dates.PartialDate;
import org.crosspoint.registry.Registry;
import org.crosspoint.watchlist.Entry;
import org.crosspoint.watchlist.EntryName;
import org.crosspoint.watchlist.EntryStatus;
import org.crosspoint.watchlist.IdentityDocument;
import org.crosspoint.watchlist.ListKind;
import org.crosspoint.watchlist.NameKind;
import org.crosspoint.watchlist.SubjectType;
import org.crosspoint.watchlist.Watchlist;

/**
 * Due process from proposal to listing (mission S4, "nothing is ever auto-listed"): an approver who
 * is not the proposer approves a proposal, sets the legal basis and the review date, and only then
 * does the name go on the list, as a registry entry that cites the letter (or the report) it rests
 * on. Everything is checked before anything is written, so a refused approval changes nothing.
 */
public final class ProposalListing {
  private ProposalListing() {}

  /** The national list a proposal goes on when the approver names none. */
  public static String defaultListFor(String listKind) {
    String k = listKind == null ? "" : listKind.strip().toUpperCase(Locale.ROOT);
    return switch (k) {
      case "ECL", "EXIT_CONTROL" -> "ecl";
      case "WATCH" -> "watch";
      case "PROSCRIBED", "PROSCRIBED_ORGANISATIONS" -> "proscribed";
      default -> "red-alert";
    };
  }

  /**
   * Approves and lists.
   *
   * @param listId the list to put the name on, or null for the proposal's default
   * @param legalBasis the order or statute the listing rests on (required)
   * @param reviewBy when the listing must be reviewed (required, after today)
   * @return the entry as listed
   * @throws IllegalArgumentException naming what is wrong; nothing is written then
   */
  public static Entry approve(
      Registry registry,
      KnowledgeBase kb,
      String proposalId,
      String approver,
      String listId,
      String legalBasis,
      LocalDate reviewBy,
      LocalDate today) {
    if (legalBasis == null || legalBasis.isBlank()) {
      throw new IllegalArgumentException("a listing needs its legal basis (--legal-basis TEXT)");
    }
    if (reviewBy == null || !reviewBy.isAfter(today)) {
      throw new IllegalArgumentException("a listing needs a review date after today (--review-by)");
    }
    Proposal p =
        kb.proposals(Optional.empty()).stream()
            .filter(x -> x.id().equals(proposalId))
            .findFirst()
            .orElseThrow(() -> new IllegalArgumentException("no proposal " + proposalId));
    if (p.status() != Proposal.Status.PROPOSED) {
      throw new IllegalArgumentException("proposal " + proposalId + " is already " + p.status());
    }
    if (approver == null || p.proposedBy().strip().equalsIgnoreCase(approver.strip())) {
      throw new IllegalArgumentException(
          "proposal "
              + proposalId
              + " was proposed by "
              + p.proposedBy()
              + "; someone else must approve it");
    }
    String target = listId != null ? listId : defaultListFor(p.listKind());
    Watchlist list =
        registry
            .list(target)
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "no list '" + target + "' (see crosspoint lists)"));
    Optional<Communication> letter =
        p.communicationId()
            .flatMap(id -> kb.communications().stream().filter(c -> c.id().equals(id)).findFirst());
    Entry entry = entryFor(p, letter, list, legalBasis.strip(), reviewBy, today);
    kb.decide(proposalId, true, approver, legalBasis.strip());
    return registry.putEntry(entry, approver.strip(), "approved proposal " + proposalId);
  }

  static Entry entryFor(
      Proposal p,
      Optional<Communication> letter,
      Watchlist list,
      String legalBasis,
      LocalDate reviewBy,
      LocalDate today) {
    Map<String, String> d = p.details();
    List<PartialDate> dobs = new ArrayList<>();
    String dob = first(d, "date_of_birth", "dob");
    if (!dob.isEmpty()) {
      try {
        dobs.add(PartialDate.parse(dob));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            "proposal " + p.id() + ": date_of_birth: " + e.getMessage(), e);
      }
    }
    List<String> nationalities = new ArrayList<>();
    String nat = first(d, "nationality");
    for (String n : nat.split("[/,;]")) {
      if (!n.isBlank()) {
        nationalities.add(Countries.codeOrText(n));
      }
    }
    List<IdentityDocument> docs = new ArrayList<>();
    String doc = first(d, "document", "document_number", "passport");
    if (!doc.isEmpty()) {
      docs.add(
          new IdentityDocument(
              first(d, "document_type"),
              doc,
              Countries.codeOrText(first(d, "document_country")),
              ""));
    }
    List<EntryName> names = new ArrayList<>();
    names.add(EntryName.of(p.name(), NameKind.PRIMARY));
    for (String a : first(d, "aliases", "alias").split("\\|")) {
      if (!a.isBlank()) {
        names.add(EntryName.of(a.strip(), NameKind.ALIAS_STRONG));
      }
    }
    String reference =
        letter
            .map(
                l ->
                    "Letter "
                        + l.reference().orElse(l.id())
                        + " from "
                        + l.sender()
                        + ", annex row "
                        + annexRow(p))
            .orElse("Proposal " + p.id());
    StringBuilder reason = new StringBuilder();
    String remarks = first(d, "remarks", "reason");
    if (!remarks.isEmpty()) {
      reason.append(remarks).append(". ");
    }
    if (!p.evidence().isEmpty()) {
      reason.append("Evidence: ").append(String.join(" / ", p.evidence()));
    }
    SubjectType type =
        list.kind() == ListKind.PROSCRIBED_ORGANISATIONS
            ? SubjectType.ORGANISATION
            : SubjectType.PERSON;
    return new Entry(
        Entry.idOf(list.id(), "P-" + p.id()),
        list.id(),
        "P-" + p.id(),
        type,
        names,
        dobs,
        List.of(),
        nationalities,
        genderOf(first(d, "gender", "sex")),
        docs,
        List.of(),
        List.of(),
        reason.toString().strip(),
        legalBasis,
        reference,
        today,
        reviewBy,
        EntryStatus.ACTIVE);
  }

  /** Letter proposals are numbered LETTER-ROW ("L-43014382aa-1"): the row of the annex. */
  private static String annexRow(Proposal p) {
    String item = first(p.details(), "item", "no", "number");
    return item.isEmpty() ? p.id().substring(p.id().lastIndexOf('-') + 1) : item;
  }

  private static String genderOf(String g) {
    String s = g.strip().toUpperCase(Locale.ROOT);
    return s.startsWith("M") ? "M" : s.startsWith("F") ? "F" : "";
  }

  private static String first(Map<String, String> d, String... keys) {
    for (String k : keys) {
      for (Map.Entry<String, String> e : d.entrySet()) {
        if (e.getKey().strip().equalsIgnoreCase(k)
            && e.getValue() != null
            && !e.getValue().isBlank()) {
          return e.getValue().strip();
        }
      }
    }
    return "";
  }
}
