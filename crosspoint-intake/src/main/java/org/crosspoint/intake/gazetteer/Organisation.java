package org.crosspoint.intake.gazetteer;

import java.util.List;
import java.util.Optional;

/**
 * An organisation known to the gazetteer. A branch ({@code parent} present, e.g. ISIS-K of the
 * Islamic State) is a separate organisation linked to its parent, never an alias of it.
 */
public record Organisation(
    String canonical, String kind, Optional<String> parent, List<String> aliases) {
  public Organisation {
    aliases = List.copyOf(aliases);
  }
}
