package org.crosspoint.names;

import java.util.ArrayList;
import java.util.List;

/**
 * "SURNAME, Given" (the list and passport convention) becomes "Given SURNAME". Only a single comma
 * with words on both sides is read this way; anything else is left alone.
 */
final class CommaReorder implements NameStage {
  @Override
  public List<String> apply(List<String> tokens) {
    List<String> out = new ArrayList<>(tokens.size());
    for (String t : tokens) {
      int i = t.indexOf(',');
      if (i > 0 && i == t.lastIndexOf(',') && !t.substring(i + 1).isBlank()) {
        out.add(t.substring(i + 1).strip() + " " + t.substring(0, i).strip());
      } else {
        out.add(t);
      }
    }
    return out;
  }
}
