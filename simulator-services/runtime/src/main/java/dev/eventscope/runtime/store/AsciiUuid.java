package dev.eventscope.runtime.store;

import java.util.Arrays;
import java.util.UUID;

/**
 * Reads a UUID in its canonical text form ({@code 8-4-4-4-12} hex digits, 36 ASCII bytes) straight
 * from stored bytes, without a string in between; anything else is not read here.
 */
public final class AsciiUuid {
  private static final int LENGTH = 36;
  /** Each byte's hex value, -1 for a byte that is not a hex digit. */
  private static final byte[] HEX = new byte[256];

  static {
    Arrays.fill(HEX, (byte) -1);
    for (int c = '0'; c <= '9'; c++) HEX[c] = (byte) (c - '0');
    for (int c = 'a'; c <= 'f'; c++) HEX[c] = (byte) (c - 'a' + 10);
    for (int c = 'A'; c <= 'F'; c++) HEX[c] = (byte) (c - 'A' + 10);
  }

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
      int digit = HEX[b & 0xff];
      if (digit < 0) return null;
      if (digits++ < 16) most = most << 4 | digit;
      else least = least << 4 | digit;
    }
    return new UUID(most, least);
  }
}
