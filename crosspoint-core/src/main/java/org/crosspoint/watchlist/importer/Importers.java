package org.crosspoint.watchlist.importer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.crosspoint.watchlist.Entry;

/**
 * Reads official and national list files into registry entries. Pure parsing: nothing is stored
 * here, so a file that fails anywhere yields an {@link ImportException} and no entries at all.
 *
 * <p>Formats ({@code --format}): {@code un-xml} (UN Security Council consolidated list), {@code
 * ofac-csv} (the path of OFAC's legacy {@code sdn.csv}; {@code alt.csv}, {@code add.csv} and {@code
 * sdn_comments.csv} are read from beside it when present), {@code ftm} (OpenSanctions
 * FollowTheMoney JSON lines), {@code csv} and {@code json} (the national list format, see
 * docs/national-list-format.md).
 */
public final class Importers {
  /** Formats accepted by {@link #read}. */
  public static final List<String> FORMATS = List.of("un-xml", "ofac-csv", "ftm", "csv", "json");

  /** No list file we accept comes near this; the UN list is 2 MB, OFAC's sdn.csv 2 MB. */
  static final long MAX_FILE_BYTES = 200L * 1024 * 1024;

  private Importers() {}

  /** The entries of a list file, each with {@code listId} and the id {@code listId:externalId}. */
  public static List<Entry> read(String format, Path file, String listId) throws ImportException {
    return readWithNotes(format, file, listId).entries();
  }

  /** Entries plus notes on what was skipped and why (e.g. FtM relationship records). */
  public static Imported readWithNotes(String format, Path file, String listId)
      throws ImportException {
    String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
    if (listId == null || !listId.matches("[a-z0-9][a-z0-9._-]{0,63}")) {
      throw new IllegalArgumentException(
          "list id '" + listId + "' must be 1-64 lower-case letters, digits, '.', '_' or '-'");
    }
    checkFile(file, name);
    return switch (format == null ? "" : format.toLowerCase(Locale.ROOT)) {
      case "un-xml" -> new UnXmlImporter(file, name, listId).read();
      case "ofac-csv" -> new OfacCsvImporter(file, listId).read();
      case "ftm" -> new FtmImporter(file, name, listId).read();
      case "csv" -> NationalListFormat.readCsv(file, name, listId);
      case "json" -> NationalListFormat.readJson(file, name, listId);
      default ->
          throw new IllegalArgumentException(
              "unknown format '" + format + "'; use one of " + String.join(", ", FORMATS));
    };
  }

  static void checkFile(Path file, String name) {
    if (!Files.isRegularFile(file)) {
      throw new ImportException(name, 0, "", "", "no such file: " + file);
    }
    try {
      long size = Files.size(file);
      if (size > MAX_FILE_BYTES) {
        throw new ImportException(
            name, 0, "", "", "file has " + size + " bytes; the limit is " + MAX_FILE_BYTES);
      }
    } catch (IOException e) {
      throw new ImportException(name, 0, "", "", "cannot read: " + e.getMessage(), e);
    }
  }

  /** What a file gave: the entries, and notes for the operator. */
  public record Imported(List<Entry> entries, List<String> notes) {
    public Imported {
      entries = List.copyOf(entries);
      notes = List.copyOf(notes);
    }
  }
}
