package org.crosspoint.manifest;

import java.util.Objects;

/**
 * One bad piece of a manifest. The passengers around it are still read.
 *
 * @param where the place: "segment 17 (DTM)" for PAXLST, "line 5" for CSV
 * @param message what is wrong, e.g. "DTM+329 '850332' is not a date (YYMMDD)"
 */
public record ManifestError(String where, String message) {
  public ManifestError {
    Objects.requireNonNull(where, "where");
    Objects.requireNonNull(message, "message");
  }

  @Override
  public String toString() {
    return where + ": " + message;
  }
}
