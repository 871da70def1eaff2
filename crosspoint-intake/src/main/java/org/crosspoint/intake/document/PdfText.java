package org.crosspoint.intake.document;

import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Calendar;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Text of a PDF report with Apache PDFBox (Apache-2.0): lines of a paragraph joined, paragraphs
 * separated by a blank line, the document information's title, author and creation date as page
 * metadata. Bounded: files over {@link DocumentReader#MAX_BYTES} are refused before parsing,
 * documents of more than {@link #MAX_PAGES} pages and text longer than {@link #MAX_CHARS} are
 * refused with a clear error rather than half-read; password-protected files are refused.
 */
final class PdfText {
  /** A long report is tens of pages; 1,000 leaves room for annexes. */
  static final int MAX_PAGES = 1000;

  /** About 2 million words. */
  static final int MAX_CHARS = 10_000_000;

  private PdfText() {}

  static boolean isPdf(byte[] bytes) {
    return bytes.length >= 5
        && bytes[0] == '%'
        && bytes[1] == 'P'
        && bytes[2] == 'D'
        && bytes[3] == 'F'
        && bytes[4] == '-';
  }

  static Document read(String sha256, String name, byte[] bytes) throws IOException {
    try (PDDocument pdf = Loader.loadPDF(bytes)) {
      int pages = pdf.getNumberOfPages();
      if (pages > MAX_PAGES) {
        throw new IllegalArgumentException(
            name + ": " + pages + " pages; PDF reports above " + MAX_PAGES + " pages are refused");
      }
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setSortByPosition(true);
      stripper.setLineSeparator(" ");
      stripper.setParagraphStart("");
      stripper.setParagraphEnd("\n\n");
      stripper.setPageEnd("\n\n");
      String text = stripper.getText(pdf);
      if (text.length() > MAX_CHARS) {
        throw new IllegalArgumentException(
            name
                + ": "
                + text.length()
                + " characters of text; PDF reports above "
                + MAX_CHARS
                + " are refused");
      }
      PDDocumentInformation info = pdf.getDocumentInformation();
      PageMetadata meta =
          new PageMetadata(
              nonBlank(info.getTitle()),
              Optional.empty(),
              nonBlank(info.getAuthor()),
              date(info.getCreationDate()));
      return Cleaner.clean(sha256, name, text, meta);
    } catch (InvalidPasswordException e) {
      throw new IllegalArgumentException(name + ": the PDF is password-protected", e);
    }
  }

  private static Optional<String> nonBlank(String s) {
    return s == null || s.isBlank() ? Optional.empty() : Optional.of(s.strip());
  }

  private static Optional<LocalDate> date(Calendar c) {
    return c == null
        ? Optional.empty()
        : Optional.of(c.toInstant().atZone(ZoneOffset.UTC).toLocalDate());
  }
}
