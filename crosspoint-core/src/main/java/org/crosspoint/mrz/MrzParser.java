package org.crosspoint.mrz;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.crosspoint.country.Countries;
import org.crosspoint.dates.Centuries;
import org.crosspoint.dates.PartialDate;
import org.crosspoint.mrz.Layout.Span;

/**
 * Reads ICAO Doc 9303 machine-readable zones: TD1, TD2, TD3, MRV-A and MRV-B.
 *
 * <h2>Implementation notes</h2>
 *
 * <ul>
 *   <li><b>Input.</b> {@link #parse} strips whitespace around each line, drops blank lines and
 *       upper-cases ASCII letters (scanners and people type lower case; case carries no meaning in
 *       an MRZ). Anything else is kept as given, so a stray character is reported with its line and
 *       position. A single line of 88, 72 or 90 characters is split into 2×44, 2×36 or 3×30 (some
 *       readers send the zone without line breaks). {@link #parseText} is for raw OCR text: it also
 *       removes spaces inside lines and drops junk lines (no filler and no MRZ length).
 *   <li><b>Format.</b> By line count and length; a two-line zone whose document code starts with V
 *       is a visa (Doc 9303 part 7), else TD2/TD3.
 *   <li><b>OCR confusions</b> (O/0, I/1, Z/2, S/5, G/6, B/8, ...) are corrected only where the
 *       field's character class and a check that covers it agree: dates and check digits must be
 *       digits and the field's check digit must then hold; a letter/digit swap in a document or
 *       personal number is accepted only when exactly one single swap makes the field's check digit
 *       hold <em>and</em> the composite check digit holds too (so never in visas, which have no
 *       composite); country codes only when the result is an ICAO code. Names carry no check digit
 *       but may hold only letters and fillers, so digits in a name are replaced by the letter they
 *       are usually misread for, and each such correction is reported as "unconfirmed".
 *   <li><b>Document number overflow</b> (TD1 part 5, TD2 part 6): a filler in the check digit
 *       position means the number continues at the start of the optional data, followed by its
 *       check digit. Issuers disagree on whether the filler counts in the check digit (Belgian
 *       specimens BEL-BO-03003 and BEL-BO-11005 do opposite things), so either form is accepted.
 *   <li><b>Centuries.</b> A date of birth is the latest date not after {@code today}; an expiry
 *       date is the latest date not more than 50 years after {@code today} (documents are not
 *       issued for longer).
 *   <li><b>Codes.</b> Issuing state and nationality must be ICAO codes ({@link Countries}),
 *       including D, XXA, XXB, XXC, XXX, UNO, UNA, UNK and the British GBD/GBN/GBO/GBP/GBS. UTO
 *       (Utopia, the specimen state of Doc 9303's examples) is reported as an error: no real
 *       document carries it.
 * </ul>
 *
 * <p>Thread-safe: every call works on its own state.
 */
public final class MrzParser {
  /** Raw OCR text longer than this is refused: an MRZ is at most 90 characters. */
  static final int MAX_TEXT = 10_000;

  private static final String LETTERS_READ_FOR_DIGITS = "OQDILZSGBT";
  private static final String DIGITS_FOR_THOSE_LETTERS = "0001125687";
  private static final String DIGITS_READ_FOR_LETTERS = "012568";
  private static final String LETTERS_FOR_THOSE_DIGITS = "OIZSGB";
  private static final String DOCUMENT_CODE_LETTERS = "ACIPV";
  private static final Pattern SPACES = Pattern.compile("[\\s\\p{Z}\\u200B-\\u200F\\uFEFF]+");
  private static final Pattern FRENCH_NATIONAL_ID = Pattern.compile("[I1]DFRA");
  private static final Pattern LINE_BREAK = Pattern.compile("\\R");

  private final MrzFormat format;
  private final Layout layout;
  private final char[][] rows;
  private final LocalDate today;
  private final List<MrzCorrection> corrections = new ArrayList<>();
  private final List<MrzError> errors = new ArrayList<>();
  private final Set<String> fieldsWithBadCharacters = new HashSet<>();
  private final Map<String, Span> checkDigitSpans = new LinkedHashMap<>();
  private boolean valid = true;

  private MrzParser(MrzFormat format, List<String> lines, LocalDate today) {
    this.format = format;
    this.layout = Layout.of(format);
    this.rows = new char[lines.size()][];
    for (int i = 0; i < rows.length; i++) {
      rows[i] = lines.get(i).toCharArray();
    }
    this.today = today;
  }

  /**
   * Reads the lines of a zone.
   *
   * @param lines the zone's lines, top to bottom; surrounding whitespace and lower case tolerated
   * @param today the date against which two-digit years are placed in a century
   * @throws MrzFormatException when the lines cannot be read as an MRZ (count, lengths)
   */
  public static Mrz parse(List<String> lines, LocalDate today) {
    return reading(lines, today).mrz();
  }

  /**
   * Reads raw OCR or pasted text: line breaks separate the lines, spaces inside lines are removed,
   * and lines that cannot belong to the zone (no filler, no MRZ length) are dropped.
   *
   * @throws MrzFormatException when no MRZ can be read from the text
   */
  public static Mrz parseText(String text, LocalDate today) {
    return readingText(text, today).mrz();
  }

  /** A reading with the raw check digits, for conformance tests against other libraries. */
  record Reading(Mrz mrz, Map<String, String> checkDigits) {}

  static Reading readingText(String text, LocalDate today) {
    if (text == null || text.isBlank()) {
      throw new MrzFormatException("no MRZ text given");
    }
    if (text.length() > MAX_TEXT) {
      throw new MrzFormatException(
          "MRZ text has " + text.length() + " characters; at most " + MAX_TEXT + " are read");
    }
    List<String> lines = new ArrayList<>();
    for (String l : LINE_BREAK.split(text)) {
      String t = SPACES.matcher(l).replaceAll("");
      if (!t.isEmpty()) {
        lines.add(t);
      }
    }
    List<String> kept = new ArrayList<>();
    for (String l : lines) {
      int n = l.length();
      if (l.indexOf('<') >= 0 || n == 30 || n == 36 || n == 44) {
        kept.add(l);
      }
    }
    return reading(kept.size() >= 2 && kept.size() <= 3 ? kept : lines, today);
  }

  static Reading reading(List<String> lines, LocalDate today) {
    Objects.requireNonNull(lines, "lines");
    Objects.requireNonNull(today, "today");
    List<String> clean = new ArrayList<>();
    for (String l : lines) {
      if (l != null && !l.isBlank()) {
        clean.add(upperAscii(l.strip()));
      }
    }
    clean = splitSingleLine(clean);
    MrzFormat format = detect(clean);
    MrzParser p = new MrzParser(format, clean, today);
    Mrz mrz = p.read();
    Map<String, String> checks = new LinkedHashMap<>();
    p.checkDigitSpans.forEach((field, span) -> checks.put(field, p.text(span)));
    return new Reading(mrz, checks);
  }

  private static String upperAscii(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      b.append(c >= 'a' && c <= 'z' ? (char) (c - 'a' + 'A') : c);
    }
    return b.toString();
  }

  private static List<String> splitSingleLine(List<String> lines) {
    if (lines.size() != 1) {
      return lines;
    }
    String l = lines.get(0);
    int per =
        switch (l.length()) {
          case 90 -> 30;
          case 88 -> 44;
          case 72 -> 36;
          default -> 0;
        };
    if (per == 0) {
      return lines;
    }
    List<String> out = new ArrayList<>();
    for (int i = 0; i < l.length(); i += per) {
      out.add(l.substring(i, i + per));
    }
    return out;
  }

  static MrzFormat detect(List<String> lines) {
    int n = lines.size();
    if (n == 0) {
      throw new MrzFormatException("no MRZ lines given");
    }
    if (n == 1 || n > 3) {
      throw new MrzFormatException(
          (n == 1 ? "1 line of " + lines.get(0).length() + " characters" : n + " lines")
              + " given; an MRZ has 2 lines (TD2, TD3, MRV-A, MRV-B) or 3 lines (TD1)");
    }
    if (n == 3) {
      requireLength(lines, MrzFormat.TD1);
      return MrzFormat.TD1;
    }
    int len = lines.get(0).length();
    if (len != 36 && len != 44) {
      len = lines.get(1).length();
      if (len != 36 && len != 44) {
        throw new MrzFormatException(
            "MRZ line 1 has "
                + lines.get(0).length()
                + " characters; a two-line MRZ needs 36 (TD2, MRV-B) or 44 (TD3, MRV-A)");
      }
    }
    boolean visa = lines.get(0).startsWith("V");
    if (len == 36 && FRENCH_NATIONAL_ID.matcher(lines.get(0)).lookingAt()) {
      // Same size as TD2, different fields: France's card of 1988-2021 predates ICAO's TD1 cards.
      throw new MrzFormatException(
          "this is the French national identity card of 1988-2021 (2x36, IDFRA), which does not"
              + " follow an ICAO 9303 layout; read its holder from the card");
    }
    MrzFormat f =
        len == 44
            ? (visa ? MrzFormat.MRVA : MrzFormat.TD3)
            : (visa ? MrzFormat.MRVB : MrzFormat.TD2);
    requireLength(lines, f);
    return f;
  }

  private static void requireLength(List<String> lines, MrzFormat f) {
    for (int i = 0; i < lines.size(); i++) {
      int len = lines.get(i).length();
      if (len != f.length()) {
        throw new MrzFormatException(
            "MRZ line "
                + (i + 1)
                + " has "
                + len
                + " characters; "
                + f.label()
                + " needs "
                + f.length());
      }
    }
  }

  // ---------------------------------------------------------------- reading the fields

  private Mrz read() {
    scanCharacters();
    String documentCode = documentCode();
    String issuing = countryCode(layout.issuing(), "issuing_state");
    String nationality = countryCode(layout.nationality(), "nationality");
    checkedDigits(layout.birth(), layout.birthCheck(), "birth_date");
    checkedDigits(layout.expiry(), layout.expiryCheck(), "expiry_date");
    List<MrzCorrection> tentative = new ArrayList<>();
    String number = documentNumber(tentative);
    if (layout.optionalCheck() != null) {
      personalNumber(tentative);
    }
    composite(tentative);
    String sex = sex();
    String[] names = names();
    PartialDate birthPartial = birthDate();
    LocalDate expiry = expiryDate();
    LocalDate birth = birthPartial != null && birthPartial.isExact() ? toLocal(birthPartial) : null;
    List<String> lines = new ArrayList<>();
    for (char[] r : rows) {
      lines.add(new String(r));
    }
    corrections.sort(
        (a, b) -> a.line() != b.line() ? a.line() - b.line() : a.position() - b.position());
    return new Mrz(
        format,
        documentCode,
        issuing,
        number,
        names[0],
        names[1],
        nationality,
        birth,
        birthPartial,
        expiry,
        sex,
        spaced(text(layout.optional())),
        layout.optional2() == null ? "" : spaced(text(layout.optional2())),
        valid,
        corrections,
        errors,
        lines);
  }

  private static LocalDate toLocal(PartialDate p) {
    return LocalDate.of(p.year(), p.month(), p.day());
  }

  /** Every character outside A–Z, 0–9 and the filler is an error of the field it sits in. */
  private void scanCharacters() {
    for (int l = 0; l < rows.length; l++) {
      for (int c = 0; c < rows[l].length; c++) {
        char ch = rows[l][c];
        if (CheckDigit.value(ch) < 0) {
          String field = fieldAt(l, c);
          fieldsWithBadCharacters.add(field);
          errors.add(
              new MrzError(
                  field,
                  "line "
                      + (l + 1)
                      + " position "
                      + (c + 1)
                      + ": "
                      + show(ch)
                      + " is not an MRZ character"));
        }
      }
    }
  }

  private static String show(char ch) {
    if (Character.isISOControl(ch) || Character.isWhitespace(ch) || ch > 0x7e) {
      return String.format(Locale.ROOT, "U+%04X", (int) ch);
    }
    return "'" + ch + "'";
  }

  private String fieldAt(int l, int c) {
    Object[][] fields = {
      {layout.code(), "document_code"},
      {layout.issuing(), "issuing_state"},
      {layout.name(), "name"},
      {layout.number(), "document_number"},
      {layout.numberCheck(), "document_number"},
      {layout.nationality(), "nationality"},
      {layout.birth(), "birth_date"},
      {layout.birthCheck(), "birth_date"},
      {layout.sex(), "sex"},
      {layout.expiry(), "expiry_date"},
      {layout.expiryCheck(), "expiry_date"},
      {layout.optional(), "optional_data"},
      {layout.optionalCheck(), "optional_data"},
      {layout.optional2(), "optional_data2"},
      {layout.composite(), "composite"},
    };
    for (Object[] f : fields) {
      if (f[0] != null && ((Span) f[0]).contains(l, c)) {
        return (String) f[1];
      }
    }
    return "line " + (l + 1);
  }

  String text(Span s) {
    return new String(rows[s.line()], s.start(), s.end() - s.start());
  }

  private char at(Span s) {
    return rows[s.line()][s.start()];
  }

  /** Fillers as single spaces, trimmed: "010195<112X<<<<" → "010195 112X". */
  private static String spaced(String raw) {
    return raw.replace('<', ' ').strip().replaceAll(" +", " ");
  }

  private static String withoutFillers(String raw) {
    return raw.replace("<", "");
  }

  private void correct(int line, int col, char to, String field, String confirmedBy) {
    char from = rows[line][col];
    rows[line][col] = to;
    corrections.add(
        new MrzCorrection(
            field, line + 1, col + 1, String.valueOf(from), String.valueOf(to), confirmedBy));
  }

  private static char digitFor(char letter) {
    int i = LETTERS_READ_FOR_DIGITS.indexOf(letter);
    return i < 0 ? 0 : DIGITS_FOR_THOSE_LETTERS.charAt(i);
  }

  private static char letterFor(char digit) {
    int i = DIGITS_READ_FOR_LETTERS.indexOf(digit);
    return i < 0 ? 0 : LETTERS_FOR_THOSE_DIGITS.charAt(i);
  }

  private String documentCode() {
    Span s = layout.code();
    char first = at(s);
    char letter = letterFor(first);
    if (letter != 0 && DOCUMENT_CODE_LETTERS.indexOf(letter) >= 0) {
      correct(s.line(), s.start(), letter, "document_code", "document codes start with a letter");
    }
    String code = withoutFillers(text(s));
    if (!fieldsWithBadCharacters.contains("document_code")
        && DOCUMENT_CODE_LETTERS.indexOf(at(s)) < 0) {
      errors.add(
          new MrzError(
              "document_code",
              "'" + code + "' is not a Doc 9303 document code (it starts with A, C, I, P or V)"));
    }
    return code;
  }

  private String countryCode(Span s, String field) {
    String raw = text(s);
    StringBuilder mapped = new StringBuilder(raw);
    boolean changed = false;
    for (int i = 0; i < mapped.length(); i++) {
      char l = letterFor(mapped.charAt(i));
      if (l != 0) {
        mapped.setCharAt(i, l);
        changed = true;
      }
    }
    if (changed && isIcaoCode(withoutFillers(mapped.toString()))) {
      for (int i = 0; i < raw.length(); i++) {
        if (raw.charAt(i) != mapped.charAt(i)) {
          correct(s.line(), s.start() + i, mapped.charAt(i), field, "ICAO code list");
        }
      }
    }
    String code = withoutFillers(text(s));
    if (fieldsWithBadCharacters.contains(field)) {
      return code;
    }
    if (code.isEmpty()) {
      errors.add(new MrzError(field, "no country code, only fillers"));
    } else if (code.equals("UTO")) {
      errors.add(
          new MrzError(
              field,
              "UTO is Utopia, the specimen state of ICAO Doc 9303's examples, not a real state"));
    } else if (!Countries.isKnownCode(code)) {
      errors.add(new MrzError(field, "'" + code + "' is not an ICAO country code"));
    }
    return code;
  }

  private static boolean isIcaoCode(String code) {
    return code.equals("UTO") || Countries.isKnownCode(code);
  }

  /**
   * A numeric field and its check digit (dates): letters read for digits are mapped back when the
   * check digit then holds.
   */
  private void checkedDigits(Span data, Span check, String field) {
    checkDigitSpans.put(field, check);
    String s = text(data);
    char c = at(check);
    String ms = mapLettersToDigits(s);
    char mc = digitFor(c) != 0 ? digitFor(c) : c;
    boolean holds = CheckDigit.holds(s, c);
    if (holds && ms.equals(s)) {
      return;
    }
    // Letters may hold the check digit by chance (G and 6 differ by 10), so map them even then.
    if ((!ms.equals(s) || mc != c) && CheckDigit.holds(ms, mc)) {
      String by = field + " check digit";
      for (int i = 0; i < s.length(); i++) {
        if (s.charAt(i) != ms.charAt(i)) {
          correct(data.line(), data.start() + i, ms.charAt(i), field, by);
        }
      }
      if (mc != c) {
        correct(check.line(), check.start(), mc, field, by);
      }
      return;
    }
    if (!holds) {
      checkDigitFails(field, s, c);
    }
  }

  private static String mapLettersToDigits(String s) {
    StringBuilder b = new StringBuilder(s);
    for (int i = 0; i < b.length(); i++) {
      char d = digitFor(b.charAt(i));
      if (d != 0) {
        b.setCharAt(i, d);
      }
    }
    return b.toString();
  }

  private void checkDigitFails(String field, String over, char check) {
    valid = false;
    if (fieldsWithBadCharacters.contains(field)) {
      return; // the bad character is already reported; the check digit cannot be computed
    }
    int computed = CheckDigit.compute(over);
    String msg =
        check >= '0' && check <= '9'
            ? "check digit "
                + check
                + " does not match "
                + computed
                + " computed over '"
                + over
                + "'"
            : "check digit position holds "
                + show(check)
                + ", not a digit ("
                + computed
                + " computed over '"
                + over
                + "')";
    errors.add(new MrzError(field, msg));
  }

  private String documentNumber(List<MrzCorrection> tentative) {
    Span number = layout.number();
    Span check = layout.numberCheck();
    String nine = text(number);
    boolean overflowLayout = format == MrzFormat.TD1 || format == MrzFormat.TD2;
    if (overflowLayout && at(check) == '<' && at(layout.optional()) != '<') {
      return overflowNumber(nine);
    }
    alphanumericCheck(number, check, "document_number", tentative);
    return withoutFillers(text(number));
  }

  /**
   * Doc 9303 part 5 §4.2.2 note j (TD1) and part 6 (TD2): the number continues in optional data.
   */
  private String overflowNumber(String nine) {
    Span opt = layout.optional();
    String o = text(opt);
    int end = o.indexOf('<');
    if (end < 0) {
      end = o.length();
    }
    String rest = o.substring(0, end - 1);
    Span check = new Span(opt.line(), opt.start() + end - 1, opt.start() + end);
    checkDigitSpans.put("document_number", check);
    char c = at(check);
    char mc = digitFor(c) != 0 ? digitFor(c) : c;
    if (holdsEitherOverflowForm(nine, rest, c)) {
      return nine + rest;
    }
    if (mc != c && holdsEitherOverflowForm(nine, rest, mc)) {
      correct(check.line(), check.start(), mc, "document_number", "document_number check digit");
      return nine + rest;
    }
    checkDigitFails("document_number", nine + "<" + rest, c);
    return nine + rest;
  }

  private static boolean holdsEitherOverflowForm(String nine, String rest, char c) {
    return CheckDigit.holds(nine + "<" + rest, c) || CheckDigit.holds(nine + rest, c);
  }

  private void personalNumber(List<MrzCorrection> tentative) {
    Span opt = layout.optional();
    Span check = layout.optionalCheck();
    checkDigitSpans.put("optional_data", check);
    // Doc 9303 part 4 §4.2.2: an unused personal number field may have < or 0 as check digit.
    if (withoutFillers(text(opt)).isEmpty() && (at(check) == '<' || at(check) == '0')) {
      return;
    }
    alphanumericCheck(opt, check, "optional_data", tentative);
  }

  /**
   * A field of letters and digits with a check digit: a letter in the check digit position is
   * mapped to its digit; failing that, a single letter/digit swap is tried, and kept (tentatively,
   * until the composite confirms it) only when exactly one swap makes the check digit hold.
   */
  private void alphanumericCheck(
      Span data, Span check, String field, List<MrzCorrection> tentative) {
    checkDigitSpans.putIfAbsent(field, check);
    String s = text(data);
    char c = at(check);
    if (CheckDigit.holds(s, c)) {
      return;
    }
    char mc = digitFor(c) != 0 ? digitFor(c) : c;
    if (mc != c && CheckDigit.holds(s, mc)) {
      correct(check.line(), check.start(), mc, field, field + " check digit");
      return;
    }
    if (format.hasComposite()) {
      int found = -1;
      char foundTo = 0;
      int count = 0;
      for (int i = 0; i < s.length(); i++) {
        char ch = s.charAt(i);
        char alt = Character.isDigit(ch) ? letterFor(ch) : digitFor(ch);
        if (alt == 0) {
          continue;
        }
        String t = s.substring(0, i) + alt + s.substring(i + 1);
        if (CheckDigit.holds(t, mc)) {
          count++;
          found = i;
          foundTo = alt;
        }
      }
      if (count == 1) {
        String by = field + " check digit and composite check digit";
        correct(data.line(), data.start() + found, foundTo, field, by);
        tentative.add(corrections.get(corrections.size() - 1));
        if (mc != c) {
          correct(check.line(), check.start(), mc, field, by);
          tentative.add(corrections.get(corrections.size() - 1));
        }
        return;
      }
    }
    checkDigitFails(field, s, c);
  }

  private void composite(List<MrzCorrection> tentative) {
    if (!format.hasComposite()) {
      for (MrzCorrection t : tentative) {
        undo(t);
      }
      return;
    }
    Span check = layout.composite();
    checkDigitSpans.put("composite", check);
    char c = at(check);
    char mc = digitFor(c) != 0 ? digitFor(c) : c;
    String over = compositeText();
    if (CheckDigit.holds(over, c)) {
      return;
    }
    if (mc != c && CheckDigit.holds(over, mc)) {
      correct(check.line(), check.start(), mc, "composite", "composite check digit");
      return;
    }
    // The composite does not confirm the tentative swaps: undo them and report the fields.
    for (MrzCorrection t : tentative) {
      undo(t);
    }
    if (!tentative.isEmpty()) {
      String field = tentative.get(0).field();
      Span data = field.equals("document_number") ? layout.number() : layout.optional();
      Span cs = checkDigitSpans.get(field);
      checkDigitFails(field, text(data), at(cs));
      over = compositeText();
    }
    checkDigitFails("composite", over, c);
  }

  private void undo(MrzCorrection t) {
    rows[t.line() - 1][t.position() - 1] = t.from().charAt(0);
    corrections.remove(t);
  }

  private String compositeText() {
    StringBuilder b = new StringBuilder();
    for (Span s : layout.compositeInput()) {
      b.append(text(s));
    }
    return b.toString();
  }

  private String sex() {
    char c = at(layout.sex());
    switch (c) {
      case 'M':
      case 'F':
      case 'X':
        return String.valueOf(c);
      case '<':
        return "X";
      default:
        if (!fieldsWithBadCharacters.contains("sex")) {
          errors.add(new MrzError("sex", "'" + c + "' is not a sex code (M, F, X or <)"));
        }
        return "X";
    }
  }

  /**
   * Doc 9303 part 3 §4.6: primary identifier, "<<", secondary identifier; fillers separate name
   * components. Digits cannot occur in names, so they are read back as the letters they resemble.
   */
  private String[] names() {
    Span s = layout.name();
    String raw = text(s);
    for (int i = 0; i < raw.length(); i++) {
      char l = letterFor(raw.charAt(i));
      if (l != 0) {
        correct(s.line(), s.start() + i, l, "name", "unconfirmed (no check digit covers names)");
      }
    }
    String name = text(s);
    int end = name.length();
    while (end > 0 && name.charAt(end - 1) == '<') {
      end--;
    }
    name = name.substring(0, end);
    int sep = name.indexOf("<<");
    String surname = sep < 0 ? name : name.substring(0, sep);
    String given = sep < 0 ? "" : name.substring(sep + 2);
    return new String[] {spaced(surname), spaced(given)};
  }

  private PartialDate birthDate() {
    String raw = text(layout.birth());
    if (fieldsWithBadCharacters.contains("birth_date")) {
      return null;
    }
    return date(raw, "birth_date", today);
  }

  private LocalDate expiryDate() {
    String raw = text(layout.expiry());
    if (fieldsWithBadCharacters.contains("expiry_date")) {
      return null;
    }
    PartialDate p = date(raw, "expiry_date", today.plusYears(50));
    if (p != null && !p.isExact()) {
      errors.add(new MrzError("expiry_date", "'" + raw + "' is not a full date (YYMMDD)"));
      return null;
    }
    return p == null ? null : toLocal(p);
  }

  /**
   * YYMMDD, where a filler marks an unknown part (Doc 9303 part 3: "YY<<<<" or "YYMM<<" when only
   * the year or month is known). The century is the one that puts the date not after {@code
   * latest}.
   */
  private PartialDate date(String raw, String field, LocalDate latest) {
    if (raw.equals("<<<<<<")) {
      return null;
    }
    boolean yearOnly = raw.substring(2).equals("<<<<");
    boolean yearMonth = !yearOnly && raw.substring(4).equals("<<");
    String digits = yearOnly ? raw.substring(0, 2) : yearMonth ? raw.substring(0, 4) : raw;
    if (!digits.chars().allMatch(ch -> ch >= '0' && ch <= '9')) {
      errors.add(new MrzError(field, "'" + raw + "' is not a date (YYMMDD)"));
      return null;
    }
    int yy = Integer.parseInt(raw.substring(0, 2));
    int mm = yearOnly ? 0 : Integer.parseInt(raw.substring(2, 4));
    int dd = yearOnly || yearMonth ? 0 : Integer.parseInt(raw.substring(4, 6));
    try {
      return new PartialDate(Centuries.resolve(yy, mm, dd, latest), mm, dd, 0, false);
    } catch (IllegalArgumentException | DateTimeException e) {
      errors.add(new MrzError(field, "'" + raw + "' is not a date (YYMMDD): " + e.getMessage()));
      return null;
    }
  }
}
