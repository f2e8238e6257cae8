package dev.eventscope.services.replay;

import dev.eventscope.runtime.replay.ReplayReport;
import dev.eventscope.runtime.replay.ReplaySelection;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The lines of the replay audit log. Keys: {@code at}, {@code event} ({@code started} or
 * {@code ended}), {@code id}, {@code origin}, {@code store}, {@code source} (read-only source mode
 * only), {@code selection} (only the criteria set; {@code {}} = every event), {@code targets},
 * {@code speed}, {@code dryRun}, and on {@code ended} lines {@code result} ({@code outcome}
 * completed|cancelled|dry-run|failed, {@code selected}, {@code replayed}, {@code skipped},
 * {@code durationMs}, {@code rebuiltEqualsOriginal}, {@code error} when failed).
 */
final class AuditLines {
  // scheme :// userinfo @ anywhere in a text (an error message may quote a connection string).
  private static final Pattern USER_INFO = Pattern.compile("([A-Za-z][A-Za-z0-9+.-]*://)[^/\\s\"'<>]*@");

  private AuditLines() {}

  static Map<String, Object> started(String id, AuditedReplay what) {
    return head("started", id, what);
  }

  static Map<String, Object> ended(String id, AuditedReplay what, ReplayReport report) {
    Map<String, Object> line = head("ended", id == null ? report.id() : id, what);
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("outcome", report.state());
    result.put("selected", report.selected());
    result.put("replayed", report.replayed());
    result.put("skipped", report.skipped() == null ? 0 : report.skipped().stream().mapToLong(ReplayReport.Skip::count).sum());
    result.put("durationMs", report.durationMs());
    result.put("rebuiltEqualsOriginal", report.rebuiltEqualsOriginal());
    line.put("result", result);
    return line;
  }

  static Map<String, Object> failed(String id, AuditedReplay what, Throwable error) {
    Map<String, Object> line = head("ended", id, what);
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("outcome", "failed");
    String message = error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
    result.put("error", mask(message.lines().findFirst().orElse("")));
    line.put("result", result);
    return line;
  }

  private static Map<String, Object> head(String event, String id, AuditedReplay what) {
    Map<String, Object> line = new LinkedHashMap<>();
    line.put("at", Instant.now().toString());
    line.put("event", event);
    line.put("id", id);
    line.put("origin", what.origin());
    line.put("store", mask(what.store()));
    if (what.source() != null) line.put("source", mask(what.source()));
    line.put("selection", selection(what.selection()));
    line.put("targets", what.targets());
    line.put("speed", what.speed());
    line.put("dryRun", what.dryRun());
    return line;
  }

  static Map<String, Object> selection(ReplaySelection selection) {
    Map<String, Object> criteria = new LinkedHashMap<>();
    if (selection == null) return criteria;
    if (selection.fromPosition() > 1) criteria.put("fromPosition", selection.fromPosition());
    if (selection.toPosition() != null) criteria.put("toPosition", selection.toPosition());
    if (selection.from() != null) criteria.put("from", selection.from().toString());
    if (selection.to() != null) criteria.put("to", selection.to().toString());
    if (!selection.types().isEmpty()) criteria.put("types", new TreeSet<>(selection.types()));
    if (!selection.aggregateIds().isEmpty()) criteria.put("aggregateIds", new TreeSet<>(selection.aggregateIds()));
    if (selection.correlationId() != null) criteria.put("correlationId", selection.correlationId().toString());
    if (!selection.contexts().isEmpty()) criteria.put("contexts", new TreeSet<>(selection.contexts()));
    return criteria;
  }

  static String mask(String text) {
    if (text == null || text.indexOf('@') < 0) return text;
    Matcher matcher = USER_INFO.matcher(text);
    return matcher.replaceAll(result -> Matcher.quoteReplacement(result.group(1) + "***@"));
  }
}
