package org.crosspoint.intake.mentions;

import java.util.Map;
import java.util.TreeMap;
import org.crosspoint.intake.text.Span;

/**
 * A mention in a document: offsets into the cleaned text, the surface text, the canonical name it
 * resolves to (an organisation's canonical name, a person's fullest name in the document, a place's
 * GeoNames name, a date's ISO 8601 form, a quantity's number) and attributes such as "title",
 * "role", "nationality", "country", "parent", "low", "high", "unit", "approximate".
 */
public record Mention(
    MentionType type,
    int start,
    int end,
    String text,
    String canonical,
    Map<String, String> attributes) {
  public Mention {
    attributes = java.util.Collections.unmodifiableMap(new TreeMap<>(attributes));
  }

  public Span span() {
    return new Span(start, end);
  }

  public String attribute(String key) {
    return attributes.get(key);
  }

  /**
   * Whether this mention names no one in particular: a nation's people ("Syrians", an ORGANISATION
   * of kind PEOPLE), an office without a name ("the Prime Minister", a PERSON of kind ROLE) or
   * several holders of one ("the Foreign Ministers", an ORGANISATION of kind ROLE), all marked for
   * re3d's convention. They are no argument of a fact and no subject.
   */
  public boolean nameless() {
    return nameless(type.name(), attributes);
  }

  /** {@link #nameless()} for a mention stored by type name and attributes. */
  public static boolean nameless(String type, Map<String, String> attributes) {
    String kind = attributes.get("kind");
    return type.equals("ORGANISATION") && ("PEOPLE".equals(kind) || "ROLE".equals(kind))
        || type.equals("PERSON") && "ROLE".equals(kind);
  }

  Mention withCanonical(String c) {
    return new Mention(type, start, end, text, c, attributes);
  }

  Mention spanning(int s, String surface) {
    return new Mention(type, s, s + surface.length(), surface, canonical, attributes);
  }

  Mention with(String key, String value) {
    Map<String, String> a = new TreeMap<>(attributes);
    a.put(key, value);
    return new Mention(type, start, end, text, canonical, a);
  }
}
