package org.crosspoint.intake.document;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A report after cleaning: the main text only, page furniture dropped and repeated paragraphs kept
 * once. All character offsets produced by intake index {@link #text()}.
 *
 * @param sha256 hex digest of the original file's bytes (the storage key: re-ingesting is a no-op)
 * @param name file name as given
 * @param text cleaned text, paragraphs separated by a blank line
 * @param paragraphs start offsets of each paragraph in {@code text}
 * @param title the page's title, when found
 * @param outlet the publishing outlet, when found
 * @param author the byline, when found
 * @param published publication date, when the page gives it (relative dates resolve against it)
 * @param dropped paragraphs removed as furniture or repetition (kept for the analyst's review)
 */
public record Document(
    String sha256,
    String name,
    String text,
    List<Integer> paragraphs,
    Optional<String> title,
    Optional<String> outlet,
    Optional<String> author,
    Optional<LocalDate> published,
    List<String> dropped) {

  public Document {
    paragraphs = List.copyOf(paragraphs);
    dropped = List.copyOf(dropped);
  }
}
