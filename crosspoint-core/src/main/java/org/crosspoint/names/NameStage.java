package org.crosspoint.names;

import java.util.List;

/**
 * One small step of name normalisation, in the manner of a Lucene token filter: tokens in, tokens
 * out. Text-level stages see the whole name as a single token; later stages see words. Every stage
 * is stateless and thread-safe.
 */
interface NameStage {
  List<String> apply(List<String> tokens);
}
