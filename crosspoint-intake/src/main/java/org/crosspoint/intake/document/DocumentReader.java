package org.crosspoint.intake.document;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * Reads a report file (.txt, .html/.htm, .pdf) into a cleaned {@link Document}. A PDF (known by its
 * "%PDF-" signature) is read with PDFBox ({@link PdfText}). HTML is parsed with jsoup (no DTDs, no
 * external entities: jsoup never fetches), furniture elements are removed by tag and by class/id,
 * then the same line-level cleaning as plain text applies. Files larger than {@link #MAX_BYTES} are
 * refused rather than half-read.
 */
public final class DocumentReader {
  /** A long news report is under 100 kB of text; 20 MB leaves room for heavy HTML pages. */
  public static final long MAX_BYTES = 20L * 1024 * 1024;

  private DocumentReader() {}

  public static Document read(Path file) throws IOException {
    long size = Files.size(file);
    if (size > MAX_BYTES) {
      throw new IllegalArgumentException(
          file + ": " + size + " bytes; reports above " + MAX_BYTES + " bytes are refused");
    }
    byte[] bytes = Files.readAllBytes(file);
    String name = file.getFileName().toString();
    String lower = name.toLowerCase(Locale.ROOT);
    if (PdfText.isPdf(bytes)) {
      return PdfText.read(sha256(bytes), name, bytes);
    }
    if (lower.endsWith(".pdf")) {
      throw new IllegalArgumentException(file + ": named .pdf but does not start with %PDF-");
    }
    String raw = decode(bytes, file);
    if (lower.endsWith(".html") || lower.endsWith(".htm") || looksLikeHtml(raw)) {
      return fromHtml(sha256(bytes), name, raw);
    }
    return fromText(sha256(bytes), name, raw);
  }

  /** Cleans plain text; {@code sha256} identifies the original bytes. */
  public static Document fromText(String sha256, String name, String raw) {
    return Cleaner.clean(sha256, name, raw, PageMetadata.none());
  }

  public static Document fromHtml(String sha256, String name, String html) {
    org.jsoup.nodes.Document page = Jsoup.parse(html);
    PageMetadata meta = PageMetadata.of(page);
    page.select("script, style, noscript, nav, header, footer, aside, form, iframe, svg").remove();
    for (Element e : page.select("[class], [id]")) {
      String key = (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
      if (Cleaner.FURNITURE_CLASS.matcher(key).find()) {
        e.remove();
      }
    }
    StringBuilder sb = new StringBuilder();
    Element body = page.body();
    if (body != null) {
      for (Element block :
          body.select("h1, h2, h3, h4, h5, h6, p, li, blockquote, pre, td, div:not(:has(*))")) {
        if (!block.parents().is("p, li, blockquote, pre, td")) {
          String t = block.text().strip();
          if (!t.isEmpty()) {
            sb.append(block.is("li") ? "• " : "").append(t).append("\n\n");
          }
        }
      }
    }
    return Cleaner.clean(sha256, name, sb.toString(), meta);
  }

  public static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every JVM", e);
    }
  }

  private static boolean looksLikeHtml(String raw) {
    String head = raw.substring(0, Math.min(raw.length(), 512)).toLowerCase(Locale.ROOT);
    return head.contains("<html") || head.contains("<!doctype html");
  }

  private static String decode(byte[] bytes, Path file) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .decode(java.nio.ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      // Older pages are often Windows-1252; decoding as such never fails, so say we did.
      System.err.println(file + ": not valid UTF-8, read as windows-1252");
      return new String(bytes, java.nio.charset.Charset.forName("windows-1252"));
    }
  }

  static List<String> lines(String s) {
    return new ArrayList<>(List.of(s.split("\\R", -1)));
  }
}
