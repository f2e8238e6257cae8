package dev.eventscope.runtime.store.mongo;

import java.nio.charset.StandardCharsets;

/** MongoDB's rules for database names and collection names, checked before a server says no. */
public final class MongoNames {
  /** MongoDB: database names are under 64 bytes. */
  static final int MAX_DATABASE_BYTES = 63;
  /** Leaves room in the 255-byte namespace ({@code database.collection}) for the longest read model name. */
  static final int MAX_PREFIX_BYTES = 120;
  private static final String DATABASE_FORBIDDEN = "/\\. \"$*<>:|?";

  private MongoNames() {}

  /** @throws IllegalArgumentException naming the rule a database name breaks; null passes (not set) */
  public static void checkDatabase(String name) {
    if (name == null) return;
    if (name.isEmpty()) throw new IllegalArgumentException("a MongoDB database name cannot be empty");
    for (char c : name.toCharArray()) {
      if (c == 0 || DATABASE_FORBIDDEN.indexOf(c) >= 0) {
        throw new IllegalArgumentException("MongoDB database name '" + printable(name) + "' holds '" + printable(String.valueOf(c))
            + "': database names cannot hold / \\ . space \" $ * < > : | ? or NUL");
      }
    }
    if (name.getBytes(StandardCharsets.UTF_8).length > MAX_DATABASE_BYTES) {
      throw new IllegalArgumentException("MongoDB database name '" + name + "' is longer than " + MAX_DATABASE_BYTES + " bytes");
    }
  }

  /** @throws IllegalArgumentException naming the rule a collection prefix breaks; null and empty pass (no prefix) */
  public static void checkPrefix(String prefix) {
    if (prefix == null || prefix.isEmpty()) return;
    if (prefix.indexOf('$') >= 0 || prefix.indexOf('\0') >= 0) {
      throw new IllegalArgumentException("collection prefix '" + printable(prefix) + "' holds '$' or NUL, which MongoDB "
          + "collection names cannot");
    }
    if (prefix.startsWith("system.")) {
      throw new IllegalArgumentException("collection prefix '" + prefix + "' starts with 'system.', which MongoDB reserves");
    }
    if (prefix.getBytes(StandardCharsets.UTF_8).length > MAX_PREFIX_BYTES) {
      throw new IllegalArgumentException("collection prefix '" + prefix + "' is longer than " + MAX_PREFIX_BYTES + " bytes");
    }
  }

  private static String printable(String text) {
    return text.replace("\0", "\\0");
  }
}
