package org.crosspoint.watchlist;

import java.util.List;
import java.util.Objects;
import org.crosspoint.names.Scripts;

/**
 * One name of a listed subject exactly as the source gives it.
 *
 * @param full the whole name as imported (never normalised: screening shows it to officers)
 * @param kind primary, strong or weak alias, or the name in its original script
 * @param script the ISO 15924 code of the dominant script ("Latn", "Arab", "Cyrl", ...)
 * @param parts structured parts where the source gives them, else empty
 */
public record EntryName(String full, NameKind kind, String script, List<NamePart> parts) {
  public EntryName {
    Objects.requireNonNull(full, "full");
    Objects.requireNonNull(kind, "kind");
    script = script == null ? Scripts.dominant(full) : script;
    parts = parts == null ? List.of() : List.copyOf(parts);
  }

  public static EntryName of(String full, NameKind kind) {
    return new EntryName(full, kind, null, List.of());
  }
}
