package org.crosspoint.knowledge;

import java.util.List;

/**
 * A person or organisation resolved across reports: its name, the spellings the reports use, the
 * documents that mention it, and the watchlist entries it was matched to (empty until matched).
 */
public record Subject(
    String id,
    String kind,
    String name,
    List<String> aliases,
    List<String> documents,
    List<String> watchlistEntries) {
  public Subject {
    aliases = List.copyOf(aliases);
    documents = List.copyOf(documents);
    watchlistEntries = List.copyOf(watchlistEntries);
  }
}
