package org.crosspoint.mrz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.crosspoint.dates.PartialDate;

/**
 * Runs the MRZ test vectors of two peer libraries against {@link MrzParser}, field by field: the
 * cheminfo/mrz (npm) vectors and the PassportEye (Python) vectors, as staged in {@code
 * ../shared/data/mrz-cheminfo} and {@code ../shared/data/mrz-passporteye}.
 *
 * <h2>How their fields map to ours</h2>
 *
 * <ul>
 *   <li>cheminfo's overall {@code valid} means "no invalid detail", i.e. our {@code valid} and no
 *       {@code errors}; its {@code invalid_detail_count} must equal our number of errors; a field
 *       it gives as {@code null} (e.g. the specimen state UTO) must be a field we report an error
 *       on.
 *   <li>PassportEye's {@code valid} means every check digit holds: our {@code valid}. Its raw
 *       values keep fillers ("10000999&lt;", "I&lt;"); they are compared with fillers removed
 *       (codes, numbers) or as spaces (optional data).
 *   <li>Check digit fields are compared with the character the parser used for that check.
 *   <li>Autocorrect cases: the noisy zone must read to exactly the clean zone's lines and fields.
 *   <li>cheminfo also tests French driving licences, Swiss driving licences and the French national
 *       ID card of 1988–2021. They are not ICAO 9303 layouts; the parser must refuse them with a
 *       clear reason, and they are counted apart as "refused".
 * </ul>
 */
public final class MrzConformance {

  /**
   * The outcome for one vector file.
   *
   * @param passed ICAO cases (and check-digit vectors) that matched on every field compared
   * @param refused non-ICAO documents the parser refused with a reason, as it should
   * @param failures one line per failed case saying which field differed
   */
  public record Result(String file, int passed, int refused, List<String> failures) {
    public Result {
      failures = List.copyOf(failures);
    }

    public int failed() {
      return failures.size();
    }

    public int total() {
      return passed + refused + failures.size();
    }
  }

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern NOT_ICAO =
      Pattern.compile("FRENCH_DRIVING_LICENSE|SWISS_DRIVING_LICENSE|FRENCH_NATIONAL_ID");
  private static final Map<String, String> CHEMINFO_CHECKS =
      Map.of(
          "documentNumberCheckDigit", "document_number",
          "birthDateCheckDigit", "birth_date",
          "expirationDateCheckDigit", "expiry_date",
          "personalNumberCheckDigit", "optional_data",
          "compositeCheckDigit", "composite");
  private static final Map<String, String> CHEMINFO_FIELDS =
      Map.ofEntries(
          Map.entry("issuingState", "issuing_state"),
          Map.entry("nationality", "nationality"),
          Map.entry("documentNumber", "document_number"),
          Map.entry("birthDate", "birth_date"),
          Map.entry("expirationDate", "expiry_date"));
  private static final Map<String, String> PASSPORTEYE_CHECKS =
      Map.of(
          "check_number", "document_number",
          "check_date_of_birth", "birth_date",
          "check_expiration_date", "expiry_date",
          "check_personal_number", "optional_data",
          "check_composite", "composite");
  private static final List<String> PASSPORTEYE_CHECK_ORDER =
      List.of("document_number", "birth_date", "expiry_date", "composite");

  private MrzConformance() {}

  /** Runs every case of one vector file (cheminfo or PassportEye, told apart by content). */
  public static Result run(Path file, LocalDate today) throws IOException {
    JsonNode root;
    try (InputStream in = Files.newInputStream(file)) {
      root = JSON.readTree(in);
    }
    Tally t = new Tally();
    boolean passportEye = root.path("source").asText().contains("PassportEye");
    int i = 0;
    for (JsonNode c : root.path("cases")) {
      i++;
      String name = "case " + i + " " + c.path("test").asText(c.path("note").asText(""));
      List<String> diffs = new ArrayList<>();
      try {
        if (passportEye) {
          passportEyeCase(c, today, diffs);
        } else if (cheminfoCase(c, today, diffs)) {
          t.refused++;
          continue;
        }
      } catch (MrzFormatException e) {
        diffs.add("refused: " + e.getMessage());
      } catch (RuntimeException e) {
        diffs.add("crashed: " + e);
      }
      t.record(name.strip(), diffs);
    }
    i = 0;
    for (JsonNode v : root.path("check_digit_vectors")) {
      i++;
      List<String> diffs = new ArrayList<>();
      int computed = CheckDigit.compute(v.path("input").asText());
      if (v.has("computed") && computed != v.path("computed").asInt()) {
        diffs.add("computed " + computed + ", expected " + v.path("computed").asInt());
      }
      if (v.has("check")) {
        boolean holds =
            CheckDigit.holds(v.path("input").asText(), v.path("check").asText().charAt(0));
        if (holds != v.path("valid").asBoolean()) {
          diffs.add("check " + v.path("check").asText() + " holds=" + holds);
        }
      }
      t.record("check digit vector " + i + " " + v.path("input").asText(), diffs);
    }
    return new Result(file.getFileName().toString(), t.passed, t.refused, t.failures);
  }

  private static final class Tally {
    int passed;
    int refused;
    final List<String> failures = new ArrayList<>();

    void record(String name, List<String> diffs) {
      if (diffs.isEmpty()) {
        passed++;
      } else {
        failures.add(name + ": " + String.join("; ", diffs));
      }
    }
  }

  private static List<String> lines(JsonNode mrz) {
    List<String> out = new ArrayList<>();
    if (mrz.isArray()) {
      mrz.forEach(n -> out.add(n.asText()));
    } else {
      out.add(mrz.asText());
    }
    return out;
  }

  /** Returns true when the case is a non-ICAO document that was refused as it should be. */
  private static boolean cheminfoCase(JsonNode c, LocalDate today, List<String> diffs) {
    List<String> lines = lines(c.path("mrz"));
    if (c.has("expect_error")) {
      expectRefusal(lines, today, diffs);
      return false;
    }
    if (NOT_ICAO.matcher(c.path("format").asText()).matches()
        || (c.has("ocr_noisy_mrz") && looksNonIcao(lines))) {
      expectRefusal(lines, today, diffs);
      if (c.has("ocr_noisy_mrz")) {
        expectRefusal(lines(c.path("ocr_noisy_mrz")), today, diffs);
      }
      return diffs.isEmpty();
    }
    MrzParser.Reading r = MrzParser.reading(lines, today);
    Mrz m = r.mrz();
    if (c.has("ocr_noisy_mrz")) {
      sameAsClean(r, MrzParser.reading(lines(c.path("ocr_noisy_mrz")), today), diffs);
      return false;
    }
    if (c.has("format") && !c.path("format").asText().equals(m.format().name())) {
      diffs.add("format " + m.format() + ", expected " + c.path("format").asText());
    }
    if (c.has("valid")) {
      boolean ours = m.valid() && m.errors().isEmpty();
      if (ours != c.path("valid").asBoolean()) {
        diffs.add("valid " + ours + " (errors " + m.errors() + "), expected " + c.path("valid"));
      }
    }
    if (c.has("invalid_detail_count")
        && m.errors().size() != c.path("invalid_detail_count").asInt()) {
      diffs.add(
          m.errors().size()
              + " errors "
              + m.errors()
              + ", expected "
              + c.path("invalid_detail_count").asInt());
    }
    JsonNode fields = c.has("fields") ? c.path("fields") : c.path("fields_partial");
    for (Iterator<Map.Entry<String, JsonNode>> it = fields.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> f = it.next();
      cheminfoField(f.getKey(), f.getValue(), r, diffs);
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = c.path("details").fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> d = it.next();
      String ours = CHEMINFO_CHECKS.getOrDefault(d.getKey(), CHEMINFO_FIELDS.get(d.getKey()));
      if (ours == null) {
        diffs.add("unmapped detail " + d.getKey());
        continue;
      }
      boolean invalid =
          !d.getValue().path("valid").asBoolean(true)
              || d.getValue().has("error")
              || d.getValue().path("present").asBoolean(false);
      if (invalid && !m.hasError(ours)) {
        diffs.add("no error on " + ours);
      }
      if (CHEMINFO_CHECKS.containsKey(d.getKey()) && d.getValue().has("value")) {
        equal(d.getKey(), d.getValue().path("value").asText(), r.checkDigits().get(ours), diffs);
      }
    }
    return false;
  }

  private static boolean looksNonIcao(List<String> lines) {
    try {
      MrzParser.detect(lines);
      return false;
    } catch (MrzFormatException e) {
      return true;
    }
  }

  private static void expectRefusal(List<String> lines, LocalDate today, List<String> diffs) {
    try {
      Mrz m = MrzParser.parse(lines, today);
      diffs.add("read as " + m.format() + " but should be refused");
    } catch (MrzFormatException expected) {
      // refused with a reason, as it should be
    }
  }

  private static void sameAsClean(
      MrzParser.Reading clean, MrzParser.Reading noisy, List<String> diffs) {
    Mrz a = clean.mrz();
    Mrz b = noisy.mrz();
    equal("lines", a.lines().toString(), b.lines().toString(), diffs);
    Mrz bWithout =
        new Mrz(
            b.format(),
            b.documentCode(),
            b.issuingState(),
            b.documentNumber(),
            b.surname(),
            b.givenNames(),
            b.nationality(),
            b.birthDate(),
            b.birthDatePartial(),
            b.expiryDate(),
            b.sex(),
            b.optionalData(),
            b.optionalData2(),
            b.valid(),
            a.corrected(),
            b.errors(),
            b.lines());
    if (!a.equals(bWithout)) {
      diffs.add("noisy zone read as " + b + ", clean as " + a);
    }
    if (b.corrected().isEmpty()) {
      diffs.add("no correction recorded");
    }
  }

  private static void cheminfoField(
      String key, JsonNode expected, MrzParser.Reading r, List<String> diffs) {
    Mrz m = r.mrz();
    String want = expected.isNull() ? null : expected.asText();
    if (CHEMINFO_CHECKS.containsKey(key)) {
      equal(key, want, r.checkDigits().get(CHEMINFO_CHECKS.get(key)), diffs);
      return;
    }
    if (want == null) {
      String field = CHEMINFO_FIELDS.get(key);
      if (field == null || !m.hasError(field)) {
        diffs.add(key + " expected unreadable, but no error on " + field);
      }
      return;
    }
    String ours =
        switch (key) {
          case "documentCode" -> m.documentCode();
          case "issuingState" -> m.issuingState();
          case "nationality" -> m.nationality();
          case "documentNumber" -> m.documentNumber();
          case "birthDate" -> yymmdd(m.birthDatePartial());
          case "expirationDate" ->
              m.expiryDate() == null ? null : yymmdd(PartialDate.of(m.expiryDate()));
          case "sex" -> sexWord(m.sex());
          case "optional1", "optional", "personalNumber" -> m.optionalData();
          case "optional2" -> m.optionalData2();
          case "lastName" -> m.surname();
          case "firstName" -> m.givenNames();
          default -> "(unmapped field " + key + ")";
        };
    equal(key, want, ours, diffs);
  }

  private static String sexWord(String sex) {
    return switch (sex) {
      case "M" -> "male";
      case "F" -> "female";
      default -> "nonspecified";
    };
  }

  private static String yymmdd(PartialDate p) {
    if (p == null) {
      return null;
    }
    return String.format(Locale.ROOT, "%02d%02d%02d", p.year() % 100, p.month(), p.day());
  }

  private static void passportEyeCase(JsonNode c, LocalDate today, List<String> diffs) {
    MrzParser.Reading r =
        c.has("ocr_input")
            ? MrzParser.readingText(c.path("ocr_input").asText(), today)
            : MrzParser.reading(lines(c.path("mrz")), today);
    Mrz m = r.mrz();
    for (Iterator<Map.Entry<String, JsonNode>> it = c.path("expect").fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> f = it.next();
      String key = f.getKey();
      JsonNode v = f.getValue();
      switch (key) {
        case "valid" -> {
          if (m.valid() != v.asBoolean()) {
            diffs.add("valid " + m.valid() + " (errors " + m.errors() + ")");
          }
        }
        case "valid_score" -> {
          boolean full = v.isNumber() && v.asInt() == 100;
          if (m.valid() != full) {
            diffs.add("valid_score " + v + " but valid " + m.valid());
          }
        }
        case "valid_check_digits" -> {
          for (int i = 0; i < v.size(); i++) {
            String field = PASSPORTEYE_CHECK_ORDER.get(i);
            if (v.get(i).asBoolean() == m.hasError(field)) {
              diffs.add("check digit of " + field + " expected valid=" + v.get(i));
            }
          }
        }
        case "valid_number", "valid_date_of_birth", "valid_expiration_date", "valid_composite" -> {
          String field =
              Map.of(
                      "valid_number", "document_number",
                      "valid_date_of_birth", "birth_date",
                      "valid_expiration_date", "expiry_date",
                      "valid_composite", "composite")
                  .get(key);
          if (v.asBoolean() == m.hasError(field)) {
            diffs.add(key + " expected " + v);
          }
        }
        default -> {
          if (PASSPORTEYE_CHECKS.containsKey(key)) {
            equal(key, v.asText(), r.checkDigits().get(PASSPORTEYE_CHECKS.get(key)), diffs);
          } else {
            equal(key, passportEyeExpected(key, v.asText()), passportEyeOurs(key, m), diffs);
          }
        }
      }
    }
  }

  private static String passportEyeExpected(String key, String raw) {
    return switch (key) {
      case "type", "country", "nationality", "number" -> raw.replace("<", "");
      case "optional1", "optional2", "personal_number" ->
          raw.replace('<', ' ').strip().replaceAll(" +", " ");
      default -> raw;
    };
  }

  private static String passportEyeOurs(String key, Mrz m) {
    return switch (key) {
      case "mrz_type" -> m.format().name();
      case "type" -> m.documentCode();
      case "country" -> m.issuingState();
      case "number" -> m.documentNumber();
      case "date_of_birth" -> yymmdd(m.birthDatePartial());
      case "expiration_date" ->
          m.expiryDate() == null ? null : yymmdd(PartialDate.of(m.expiryDate()));
      case "sex" -> m.sex();
      case "nationality" -> m.nationality();
      case "names" -> m.givenNames();
      case "surname" -> m.surname();
      case "optional1", "personal_number" -> m.optionalData();
      case "optional2" -> m.optionalData2();
      default -> "(unmapped field " + key + ")";
    };
  }

  private static void equal(String key, String want, String ours, List<String> diffs) {
    if (!Objects.equals(want, ours)) {
      diffs.add(key + " '" + ours + "', expected '" + want + "'");
    }
  }
}
