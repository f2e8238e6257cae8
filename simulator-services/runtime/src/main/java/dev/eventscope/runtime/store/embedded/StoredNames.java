package dev.eventscope.runtime.store.embedded;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The few texts a column repeats on every row (event types, contexts), each made a string once:
 * a small table of the latest distinct values, looked up by their bytes. Several readers may share
 * it without locks: an entry is immutable, so a reader sees a whole one or none, and at worst two
 * readers make the same string twice.
 */
final class StoredNames {
  private static final int SIZE = 64;

  private record Name(byte[] utf8, String text) {}

  private final Name[] table = new Name[SIZE];

  String of(byte[] utf8) {
    if (utf8 == null) return null;
    int slot = (Arrays.hashCode(utf8) & 0x7fffffff) % SIZE;
    Name known = table[slot];
    if (known != null && Arrays.equals(known.utf8(), utf8)) return known.text();
    Name made = new Name(utf8, new String(utf8, StandardCharsets.UTF_8));
    table[slot] = made;
    return made.text();
  }
}
