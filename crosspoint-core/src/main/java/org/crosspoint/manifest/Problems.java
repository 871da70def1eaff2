package org.crosspoint.manifest;

import java.util.ArrayList;
import java.util.List;

/** Collects manifest errors, keeping at most {@link ManifestReader#MAX_ERRORS} (hostile files). */
final class Problems {
  private final List<ManifestError> kept = new ArrayList<>();
  private int count;

  void add(String where, String message) {
    count++;
    if (kept.size() < ManifestReader.MAX_ERRORS) {
      kept.add(new ManifestError(where, message));
    }
  }

  List<ManifestError> kept() {
    return kept;
  }

  int count() {
    return count;
  }
}
