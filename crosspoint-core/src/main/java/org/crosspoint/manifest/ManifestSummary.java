package org.crosspoint.manifest;

import java.util.List;

/**
 * What a manifest held.
 *
 * @param format CSV or PAXLST
 * @param passengers people read and handed on
 * @param rejected people left out because their record could not be read (no name)
 * @param declared the count the manifest declares (PAXLST CNT+42), or -1
 * @param errors every problem, in file order; at most {@link ManifestReader#MAX_ERRORS} kept
 * @param errorCount every problem, including those beyond the kept ones
 */
public record ManifestSummary(
    ManifestFormat format,
    int passengers,
    int rejected,
    int declared,
    List<ManifestError> errors,
    int errorCount) {
  public ManifestSummary {
    errors = List.copyOf(errors);
  }
}
