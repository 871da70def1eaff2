package org.crosspoint.knowledge;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A proposal to list a name (never a listing): from an agency letter's annex or from a subject the
 * reports name, with the evidence sentences. Approved or rejected later by someone other than the
 * proposer.
 */
public record Proposal(
    String id,
    String listKind,
    String name,
    Map<String, String> details,
    Optional<String> subjectId,
    Optional<String> communicationId,
    List<String> evidence,
    Status status,
    String proposedBy,
    Instant proposedAt,
    Optional<String> decidedBy,
    Optional<Instant> decidedAt,
    Optional<String> reason) {

  public enum Status {
    PROPOSED,
    APPROVED,
    REJECTED
  }

  public Proposal {
    details = Map.copyOf(details);
    evidence = List.copyOf(evidence);
  }
}
