package dev.eventscope.runtime.store.mongo;

import dev.eventscope.runtime.store.AsciiUuid;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.UUID;
import org.bson.types.Decimal128;

/**
 * Reads BSON straight from its bytes: the elements of a document one by one (type, name, where
 * the value lies), and a sub-document as JSON text, mapped as {@link BsonJson#toJson} maps values.
 * The driver's readers take a byte at a time through a buffer; this reads the array. Anything it
 * does not know (a BSON kind other tools write rarely) it reports as unreadable rather than guess:
 * callers then take the driver's way.
 */
final class BsonBytes {
  static final byte DOUBLE = 0x01;
  static final byte STRING = 0x02;
  static final byte DOCUMENT = 0x03;
  static final byte ARRAY = 0x04;
  static final byte BINARY = 0x05;
  static final byte UNDEFINED = 0x06;
  static final byte OBJECT_ID = 0x07;
  static final byte BOOLEAN = 0x08;
  static final byte DATE_TIME = 0x09;
  static final byte NULL = 0x0A;
  static final byte INT32 = 0x10;
  static final byte TIMESTAMP = 0x11;
  static final byte INT64 = 0x12;
  static final byte DECIMAL128 = 0x13;

  /** Thrown for bytes this reader does not take; never leaves the fast path. */
  static final class Unreadable extends RuntimeException {
    Unreadable(String why) {
      super(why, null, false, false);
    }
  }

  private final byte[] bytes;
  private final int end;
  private int at;
  /** The current element: its kind, where its name lies, where its value starts. */
  private byte kind;
  private int nameStart;
  private int nameLength;

  /** A reader over the document that starts at {@code offset}. */
  BsonBytes(byte[] bytes, int offset) {
    this.bytes = bytes;
    this.end = offset + int32(bytes, offset) - 1; // the document's closing 0
    this.at = offset + 4;
    if (end >= bytes.length || end < at - 1) throw new Unreadable("document length out of range");
  }

  /** Moves to the next element (after skipping the value of this one, if it was not read); false at the end. */
  boolean next() {
    if (at >= end) return false;
    kind = bytes[at++];
    nameStart = at;
    while (bytes[at] != 0) at++;
    nameLength = at - nameStart;
    at++;
    return true;
  }

  byte kind() {
    return kind;
  }

  /** True when the current element's name is {@code name} (ASCII). */
  boolean named(byte[] name) {
    return nameLength == name.length && Arrays.equals(bytes, nameStart, nameStart + nameLength, name, 0, name.length);
  }

  String string() {
    int length = int32(bytes, at);
    String value = new String(bytes, at + 4, length - 1, StandardCharsets.UTF_8);
    at += 4 + length;
    return value;
  }

  /** A string value in canonical UUID form as the UUID; null (the value still read) when it is not one. */
  UUID uuid() {
    int length = int32(bytes, at);
    UUID value = AsciiUuid.parse(bytes, at + 4, length - 1);
    at += 4 + length;
    return value;
  }

  int int32() {
    int value = int32(bytes, at);
    at += 4;
    return value;
  }

  long int64() {
    long value = int64(bytes, at);
    at += 8;
    return value;
  }

  /** Steps over the current element's value. */
  void skip() {
    at = valueEnd(kind, at);
  }

  /** The current element's value, a document, as JSON text (UTF-8). */
  byte[] documentAsJson() {
    JsonText json = new JsonText(int32(bytes, at) + 64);
    at = writeDocument(json, at, false);
    return json.bytes();
  }

  private int writeDocument(JsonText json, int start, boolean array) {
    int last = start + int32(bytes, start) - 1;
    int position = start + 4;
    json.raw(array ? '[' : '{');
    boolean first = true;
    while (position < last) {
      byte type = bytes[position++];
      int name = position;
      while (bytes[position] != 0) position++;
      if (!first) json.raw(',');
      first = false;
      if (!array) {
        json.string(bytes, name, position - name);
        json.raw(':');
      }
      position = writeValue(json, type, position + 1);
    }
    json.raw(array ? ']' : '}');
    return last + 1;
  }

  private int writeValue(JsonText json, byte type, int start) {
    switch (type) {
      case STRING -> json.string(bytes, start + 4, int32(bytes, start) - 1);
      case DOCUMENT, ARRAY -> {
        return writeDocument(json, start, type == ARRAY);
      }
      case INT32 -> json.ascii(Integer.toString(int32(bytes, start)));
      case INT64 -> json.ascii(Long.toString(int64(bytes, start)));
      case DOUBLE -> {
        double value = Double.longBitsToDouble(int64(bytes, start));
        if (!Double.isFinite(value)) throw new Unreadable("a double that JSON cannot hold");
        json.ascii(Double.toString(value));
      }
      case BOOLEAN -> json.ascii(bytes[start] != 0 ? "true" : "false");
      case NULL, UNDEFINED -> json.ascii("null");
      case DECIMAL128 -> {
        Decimal128 value = Decimal128.fromIEEE754BIDEncoding(int64(bytes, start + 8), int64(bytes, start));
        if (value.isNaN() || value.isInfinite()) throw new Unreadable("a decimal that JSON cannot hold");
        BigDecimal decimal = value.bigDecimalValue();
        json.ascii(decimal.toString());
      }
      case DATE_TIME -> json.quoted(Instant.ofEpochMilli(int64(bytes, start)).toString());
      case OBJECT_ID -> json.quoted(HexFormat.of().formatHex(bytes, start, start + 12));
      case BINARY -> json.quoted(Base64.getEncoder().encodeToString(Arrays.copyOfRange(bytes, start + 5, start + 5 + int32(bytes, start))));
      default -> throw new Unreadable("BSON type " + type);
    }
    return valueEnd(type, start);
  }

  private int valueEnd(byte type, int start) {
    return switch (type) {
      case DOUBLE, DATE_TIME, TIMESTAMP, INT64 -> start + 8;
      case STRING -> start + 4 + int32(bytes, start);
      case DOCUMENT, ARRAY -> start + int32(bytes, start);
      case BINARY -> start + 5 + int32(bytes, start);
      case UNDEFINED, NULL -> start;
      case OBJECT_ID -> start + 12;
      case BOOLEAN -> start + 1;
      case INT32 -> start + 4;
      case DECIMAL128 -> start + 16;
      default -> throw new Unreadable("BSON type " + type);
    };
  }

  static int int32(byte[] bytes, int at) {
    return (bytes[at] & 0xff) | (bytes[at + 1] & 0xff) << 8 | (bytes[at + 2] & 0xff) << 16 | (bytes[at + 3] & 0xff) << 24;
  }

  static long int64(byte[] bytes, int at) {
    return (int32(bytes, at) & 0xffffffffL) | (long) int32(bytes, at + 4) << 32;
  }

  /** A growing UTF-8 buffer with JSON string escaping. */
  private static final class JsonText {
    private byte[] out;
    private int size;

    JsonText(int capacity) {
      out = new byte[capacity];
    }

    void raw(char c) {
      room(1);
      out[size++] = (byte) c;
    }

    void ascii(String text) {
      room(text.length());
      for (int i = 0; i < text.length(); i++) out[size++] = (byte) text.charAt(i);
    }

    void quoted(String ascii) {
      raw('"');
      ascii(ascii);
      raw('"');
    }

    /** UTF-8 text as a JSON string: quotes, backslashes and control characters escaped, the rest as it is. */
    void string(byte[] text, int from, int length) {
      room(length * 6 + 2);
      out[size++] = '"';
      for (int i = from; i < from + length; i++) {
        byte b = text[i];
        if (b == '"' || b == '\\') {
          out[size++] = '\\';
          out[size++] = b;
        } else if (b >= 0 && b < 0x20) {
          out[size++] = '\\';
          out[size++] = 'u';
          out[size++] = '0';
          out[size++] = '0';
          out[size++] = (byte) Character.forDigit(b >> 4, 16);
          out[size++] = (byte) Character.forDigit(b & 0xf, 16);
        } else {
          out[size++] = b;
        }
      }
      out[size++] = '"';
    }

    private void room(int more) {
      if (size + more > out.length) out = Arrays.copyOf(out, Math.max(out.length * 2, size + more));
    }

    byte[] bytes() {
      return size == out.length ? out : Arrays.copyOf(out, size);
    }
  }
}
