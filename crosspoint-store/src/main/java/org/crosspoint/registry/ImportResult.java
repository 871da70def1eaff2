package org.crosspoint.registry;

import java.time.Instant;
import java.util.List;

/**
 * What an import changed. Same file again: every list empty and {@code changeId} 0.
 *
 * @param added ids newly listed (or listed again after a delisting)
 * @param changed ids whose content changed
 * @param removed ids delisted because the new file no longer has them
 * @param unchanged how many entries were already exactly as in the file
 * @param changeId the registry change recorded, or 0 when nothing changed
 */
public record ImportResult(
    String listId,
    String source,
    List<String> added,
    List<String> changed,
    List<String> removed,
    int unchanged,
    long changeId,
    Instant at) {
  public ImportResult {
    added = List.copyOf(added);
    changed = List.copyOf(changed);
    removed = List.copyOf(removed);
  }

  public boolean isEmpty() {
    return added.isEmpty() && changed.isEmpty() && removed.isEmpty();
  }
}
