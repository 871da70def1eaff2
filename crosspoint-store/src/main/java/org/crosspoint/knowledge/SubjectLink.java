package org.crosspoint.knowledge;

/**
 * A link between two subjects that is not a merge: "POSSIBLY_SAME" with a confidence (0–1) and the
 * reason, or "BRANCH_OF" (ISIS-K of the Islamic State).
 */
public record SubjectLink(
    String subjectA, String subjectB, String relation, double confidence, String reason) {}
