package dev.eventscope.api;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;

/** Reading what a client sent, refusing early and clearly: body size and type, paging numbers, ids. */
final class Requests {
  private Requests() {}

  /** The JSON body: 415 unless application/json, 413 past 1 MiB (counted, so chunked bodies cannot dodge it). */
  static byte[] jsonBody(Context ctx) {
    String type = ctx.contentType();
    String media = type == null ? "" : type.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    if (!media.equals("application/json")) {
      throw new ApiProblem(415, "Unsupported media type",
          "send the body as application/json" + (type == null ? "" : ", not " + media), "Content-Type");
    }
    if (ctx.req().getContentLengthLong() > ApiSettings.MAX_BODY_BYTES) throw tooLarge();
    byte[] buffer = new byte[8192];
    int size = 0;
    try (InputStream in = ctx.req().getInputStream()) {
      int read;
      while ((read = in.read(buffer, size, buffer.length - size)) != -1) {
        size += read;
        if (size > ApiSettings.MAX_BODY_BYTES) throw tooLarge();
        if (size == buffer.length) buffer = Arrays.copyOf(buffer, Math.min(buffer.length * 2, ApiSettings.MAX_BODY_BYTES + 1));
      }
    } catch (IOException e) {
      throw ApiProblem.badRequest("the request body could not be read", null);
    }
    if (size == 0) throw ApiProblem.badRequest("the request body is empty; send a JSON object", null);
    return Arrays.copyOf(buffer, size);
  }

  static ApiProblem tooLarge() {
    return new ApiProblem(413, "Request body too large",
        "request bodies are limited to " + ApiSettings.MAX_BODY_BYTES + " bytes (1 MiB)", null);
  }

  static long longParam(Context ctx, String name, long defaultValue, long min, long max) {
    String text = ctx.queryParam(name);
    if (text == null || text.isEmpty()) return defaultValue;
    long value;
    try {
      value = Long.parseLong(text.strip());
    } catch (NumberFormatException e) {
      throw ApiProblem.badRequest(name + " must be a whole number, not '" + shorten(text) + "'", name);
    }
    if (value < min || value > max) {
      throw ApiProblem.badRequest(name + " must be between " + min + " and " + max + ", not " + value, name);
    }
    return value;
  }

  static UUID uuid(String text, String name) {
    try {
      return UUID.fromString(text.strip());
    } catch (IllegalArgumentException e) {
      throw ApiProblem.badRequest(name + " must be a UUID, not '" + shorten(text) + "'", name);
    }
  }

  static String shorten(String text) {
    return text.length() <= 80 ? text : text.substring(0, 80) + "…";
  }
}
