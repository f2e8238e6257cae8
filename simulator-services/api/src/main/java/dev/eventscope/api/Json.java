package dev.eventscope.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;

/** Writes JSON answers with the one shared mapper's output. */
final class Json {
  private Json() {}

  static void ok(Context ctx, JsonNode body) {
    ctx.status(200);
    ctx.contentType("application/json");
    ctx.result(body.toString());
  }
}
