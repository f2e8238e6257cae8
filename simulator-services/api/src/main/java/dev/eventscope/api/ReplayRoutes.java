package dev.eventscope.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.eventscope.runtime.replay.ReplayProgress;
import dev.eventscope.services.replay.ReplayConfirmationRequired;
import dev.eventscope.services.replay.ReplayRun;
import dev.eventscope.services.replay.Replays;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * {@code /api/replays}: start a replay on the served system (the engine the console and
 * {@code eventscope replay} use), watch its progress and report, pause, resume, step, cancel.
 */
final class ReplayRoutes {
  private final Replays replays;
  private final ObjectMapper mapper;

  /** @param replays null when the served system cannot host replays (every route then answers 503) */
  ReplayRoutes(Replays replays, ObjectMapper mapper) {
    this.replays = replays;
    this.mapper = mapper;
  }

  void start(Context ctx) {
    JsonNode body;
    try {
      body = mapper.readTree(Requests.jsonBody(ctx));
    } catch (IOException e) {
      throw ApiProblem.badRequest("the body is not valid JSON; send {\"target\":\"projections\"}", null);
    }
    ReplayRequest request = ReplayRequest.read(body);
    ReplayRun run;
    try {
      run = replays().start(request.target(), request.selection(), request.speed(), request.confirm(), request.paused());
    } catch (ReplayConfirmationRequired e) {
      throw new ApiProblem(409, "Confirmation required", e.question() + " Send the request again with \"confirm\": true.", "confirm");
    } catch (IllegalStateException e) {
      throw new ApiProblem(409, "Replay already running", e.getMessage(), null);
    } catch (IllegalArgumentException e) {
      throw ApiProblem.badRequest(e.getMessage(), "target");
    }
    ctx.status(202);
    ctx.header("Location", "/api/replays/" + run.id());
    ctx.contentType("application/json");
    ctx.result(tree(run).toString());
  }

  void list(Context ctx) {
    ArrayNode list = mapper.createArrayNode();
    replays().all().forEach(run -> list.add(tree(run)));
    Json.ok(ctx, list);
  }

  void get(Context ctx) {
    Json.ok(ctx, tree(find(ctx)));
  }

  void pause(Context ctx) {
    act(ctx, ReplayRun::pause);
  }

  void resume(Context ctx) {
    act(ctx, ReplayRun::resume);
  }

  void step(Context ctx) {
    act(ctx, ReplayRun::step);
  }

  void cancel(Context ctx) {
    act(ctx, ReplayRun::cancel);
  }

  private void act(Context ctx, Consumer<ReplayRun> action) {
    ReplayRun run = find(ctx);
    if (run.finished()) throw new ApiProblem(409, "Replay finished", "replay " + run.id() + " has already ended", null);
    action.accept(run);
    Json.ok(ctx, tree(run));
  }

  private ReplayRun find(Context ctx) {
    String id = ctx.pathParam("id");
    return replays().find(id).orElseThrow(() -> ApiProblem.notFound("Replay not found", "no replay " + Requests.shorten(id)));
  }

  private Replays replays() {
    if (replays == null) throw new ApiProblem(503, "Replays unavailable", "this system was started without swappable read models", null);
    return replays;
  }

  private ObjectNode tree(ReplayRun run) {
    ObjectNode tree = mapper.createObjectNode();
    tree.put("id", run.id());
    tree.put("target", run.target().toString());
    ArrayNode targets = tree.putArray("targets");
    run.targetNames().forEach(targets::add);
    tree.put("startedAt", run.startedAt().toString());
    ReplayProgress progress = run.progress();
    String state = run.failure().isPresent() ? "failed" : progress.state().name().toLowerCase(Locale.ROOT);
    tree.put("state", state);
    ObjectNode figures = tree.putObject("progress");
    // Once ended, the report's rate: the live one keeps falling as time passes after the end.
    double rate = run.report().map(done -> done.eventsPerSecond()).orElse(Math.round(progress.eventsPerSecond() * 10) / 10.0);
    figures.put("done", progress.done()).put("total", progress.total()).put("fraction", progress.fraction())
        .put("eventsPerSecond", rate);
    if (progress.eta() == null) figures.putNull("etaMs");
    else figures.put("etaMs", progress.eta().toMillis());
    run.failure().ifPresent(why -> tree.put("error", why));
    tree.set("report", run.report().<JsonNode>map(mapper::valueToTree).orElse(mapper.nullNode()));
    return tree;
  }
}
