package org.crosspoint.matching;

/**
 * The comparison of two names.
 *
 * @param score 0..1; 1 only for names identical after normalisation
 * @param match whether the score reaches {@link NameMatcher#defaultThreshold()}
 * @param explanation part by part
 */
public record MatchResult(double score, boolean match, Explanation explanation) {}
