package org.crosspoint.mrz;

import java.util.List;

/**
 * Where each field sits in each format (0-based line and [start, end) columns), from Doc 9303 part
 * 4 §4.2 (TD3), part 5 §4.2 (TD1), part 6 §4.2 (TD2) and part 7 §4.2 (MRV-A, MRV-B).
 */
record Layout(
    Span code,
    Span issuing,
    Span name,
    Span number,
    Span numberCheck,
    Span nationality,
    Span birth,
    Span birthCheck,
    Span sex,
    Span expiry,
    Span expiryCheck,
    Span optional,
    Span optionalCheck,
    Span optional2,
    Span composite,
    List<Span> compositeInput) {

  record Span(int line, int start, int end) {
    boolean contains(int l, int col) {
      return l == line && col >= start && col < end;
    }
  }

  private static Span s(int line, int start, int end) {
    return new Span(line, start, end);
  }

  static Layout of(MrzFormat f) {
    return switch (f) {
      case TD1 ->
          new Layout(
              s(0, 0, 2),
              s(0, 2, 5),
              s(2, 0, 30),
              s(0, 5, 14),
              s(0, 14, 15),
              s(1, 15, 18),
              s(1, 0, 6),
              s(1, 6, 7),
              s(1, 7, 8),
              s(1, 8, 14),
              s(1, 14, 15),
              s(0, 15, 30),
              null,
              s(1, 18, 29),
              s(1, 29, 30),
              List.of(s(0, 5, 30), s(1, 0, 7), s(1, 8, 15), s(1, 18, 29)));
      case TD2, MRVB -> twoLine(f, 36);
      case TD3, MRVA -> twoLine(f, 44);
    };
  }

  /** TD2, TD3 and both visas share line 1 and the first 28 columns of line 2. */
  private static Layout twoLine(MrzFormat f, int len) {
    boolean td3 = f == MrzFormat.TD3;
    boolean composite = f.hasComposite();
    int optEnd = td3 ? 42 : composite ? len - 1 : len;
    return new Layout(
        s(0, 0, 2),
        s(0, 2, 5),
        s(0, 5, len),
        s(1, 0, 9),
        s(1, 9, 10),
        s(1, 10, 13),
        s(1, 13, 19),
        s(1, 19, 20),
        s(1, 20, 21),
        s(1, 21, 27),
        s(1, 27, 28),
        s(1, 28, optEnd),
        td3 ? s(1, 42, 43) : null,
        null,
        composite ? s(1, len - 1, len) : null,
        composite ? List.of(s(1, 0, 10), s(1, 13, 20), s(1, 21, len - 1)) : List.of());
  }
}
