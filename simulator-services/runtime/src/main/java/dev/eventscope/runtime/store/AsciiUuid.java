package dev.eventscope.runtime.store;

import java.util.UUID;

/**
 * Reads a UUID in its canonical text form ({@code 8-4-4-4-12} hex digits, 36 ASCII bytes) straight
 * from stored bytes, without a string in between; anything else is not read here.
 */
public final class AsciiUuid {
  private static final int LENGTH = 36;

  private AsciiUuid() {}

  /** The UUID, or null when the bytes are not exactly one in canonical form. */
  public static UUID parse(byte[] text) {
    return text == null ? null : parse(text, 0, text.length);
  }

  /** The UUID in {@code length} bytes from {@code from}, or null when they are not exactly one in canonical form. */
  public static UUID parse(byte[] text, int from, int length) {
    if (length != LENGTH) return null;
    long most = 0;
    long least = 0;
    int digits = 0;
    for (int i = 0; i < LENGTH; i++) {
      byte b = text[from + i];
      if (i == 8 || i == 13 || i == 18 || i == 23) {
        if (b != '-') return null;
        continue;
      }
      int digit = Character.digit(b, 16);
      if (digit < 0) return null;
      if (digits++ < 16) most = most << 4 | digit;
      else least = least << 4 | digit;
    }
    return new UUID(most, least);
  }
}
