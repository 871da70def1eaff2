package org.crosspoint.intake.document;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.jsoup.nodes.Element;

/** What an HTML page states about itself in its head: title, site, author, publication time. */
record PageMetadata(
    Optional<String> title,
    Optional<String> outlet,
    Optional<String> author,
    Optional<LocalDate> published) {

  static PageMetadata none() {
    return new PageMetadata(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
  }

  static PageMetadata of(org.jsoup.nodes.Document page) {
    Optional<String> title =
        first(page, "meta[property=og:title]", "content")
            .or(() -> page.title().isBlank() ? Optional.empty() : Optional.of(page.title()));
    Optional<String> outlet = first(page, "meta[property=og:site_name]", "content");
    Optional<String> author =
        first(page, "meta[name=author]", "content")
            .or(() -> first(page, "meta[property=article:author]", "content"));
    Optional<LocalDate> published =
        first(page, "meta[property=article:published_time]", "content")
            .or(() -> first(page, "time[datetime]", "datetime"))
            .flatMap(PageMetadata::isoDate);
    return new PageMetadata(title, outlet, author, published);
  }

  private static Optional<String> first(org.jsoup.nodes.Document page, String css, String attr) {
    Element e = page.selectFirst(css);
    if (e == null || e.attr(attr).isBlank()) {
      return Optional.empty();
    }
    return Optional.of(e.attr(attr).strip());
  }

  private static Optional<LocalDate> isoDate(String s) {
    try {
      return Optional.of(OffsetDateTime.parse(s).toLocalDate());
    } catch (DateTimeParseException e) {
      try {
        return Optional.of(LocalDate.parse(s.substring(0, Math.min(10, s.length()))));
      } catch (DateTimeParseException e2) {
        return Optional.empty();
      }
    }
  }
}
