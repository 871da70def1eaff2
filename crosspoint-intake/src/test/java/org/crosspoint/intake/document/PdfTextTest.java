package org.crosspoint.intake.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdfTextTest {
  @TempDir Path tmp;

  private Path writePdf(String name, String... lines) throws Exception {
    // PDFBox maps the standard fonts to system fonts and caches that map; keep it out of $HOME.
    System.setProperty("pdfbox.fontcache", tmp.toString());
    Path p = tmp.resolve(name);
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage();
      doc.addPage(page);
      PDDocumentInformation info = new PDDocumentInformation();
      info.setTitle("Attack report");
      info.setAuthor("Jane Analyst");
      doc.setDocumentInformation(info);
      try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
        cs.beginText();
        cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
        cs.setLeading(14);
        cs.newLineAtOffset(50, 700);
        for (String l : lines) {
          cs.showText(l);
          cs.newLine();
        }
        cs.endText();
      }
      doc.save(p.toFile());
    }
    return p;
  }

  @Test
  void aPdfReportIsReadWithItsTextAndInformation() throws Exception {
    Path p =
        writePdf(
            "report.pdf",
            "Gunmen shot dead Mayor Jose Perez in Lahore on Monday.",
            "Jundullah claimed responsibility for the attack.");
    Document d = DocumentReader.read(p);
    assertTrue(d.text().contains("Gunmen shot dead Mayor Jose Perez in Lahore"), d.text());
    assertTrue(d.text().contains("Jundullah claimed responsibility"), d.text());
    assertEquals("Attack report", d.title().orElseThrow());
    assertEquals(64, d.sha256().length());
  }

  @Test
  void oversizedAndFakePdfsAreRefusedWithAClearError() throws Exception {
    Path big = tmp.resolve("big.pdf");
    try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
      f.write("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII));
      f.setLength(DocumentReader.MAX_BYTES + 1);
    }
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> DocumentReader.read(big));
    assertTrue(e.getMessage().contains("refused"), e.getMessage());
    Path fake = tmp.resolve("fake.pdf");
    Files.writeString(fake, "not a pdf at all", StandardCharsets.UTF_8);
    e = assertThrows(IllegalArgumentException.class, () -> DocumentReader.read(fake));
    assertTrue(e.getMessage().contains("%PDF-"), e.getMessage());
  }
}
