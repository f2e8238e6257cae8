package dev.eventscope.services.replay;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.eventscope.runtime.replay.ReplayReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The operators' record of every replay: one JSON line appended to {@value #FILE_NAME} in the
 * per-user state folder when a replay starts (so a crash still leaves a trace) and one when it
 * ends (completed, cancelled, failed). Never inside the data folder, which holds the store and
 * nothing else. A log that cannot be written is warned about, never a reason to fail a replay.
 */
public final class ReplayAudit {
  public static final String FILE_NAME = "replay-audit.jsonl";
  public static final String CLI = "cli";
  public static final String CONSOLE = "console";
  public static final String API = "api";

  private static final Logger LOG = LoggerFactory.getLogger(ReplayAudit.class);
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Object APPENDING = new Object();

  private final Path file;

  private ReplayAudit(Path file) {
    this.file = file;
  }

  /** An audit log in {@code file} (tests use a temporary folder). */
  public static ReplayAudit at(Path file) {
    return new ReplayAudit(file.toAbsolutePath());
  }

  /** The audit log of the user running this process: {@code $XDG_STATE_HOME/eventscope}, else {@code ~/.local/state/eventscope}. */
  public static ReplayAudit forUser() {
    return at(stateFolder(System.getenv(), Path.of(System.getProperty("user.home"))).resolve(FILE_NAME));
  }

  /** The per-user state folder after the XDG base directory spec (a relative value is ignored, as the spec says). */
  public static Path stateFolder(Map<String, String> env, Path home) {
    String value = env.get("XDG_STATE_HOME");
    Path base = value != null && !value.isBlank() && Path.of(value).isAbsolute() ? Path.of(value) : home.resolve(".local/state");
    return base.resolve("eventscope");
  }

  public Path file() {
    return file;
  }

  /**
   * Runs a replay between its two audit lines.
   *
   * @param id the replay's id (its job id)
   * @return what {@code run} returned; its exception, if it threw, after the {@code failed} line
   */
  public ReplayReport around(String id, AuditedReplay what, Supplier<ReplayReport> run) {
    append(AuditLines.started(id, what));
    ReplayReport report;
    try {
      report = run.get();
    } catch (RuntimeException | Error e) {
      append(AuditLines.failed(id, what, e));
      throw e;
    }
    append(AuditLines.ended(id, what, report));
    return report;
  }

  /** Records a replay that failed before it could start (its store out of reach): one {@code ended} line, outcome failed. */
  public void failedToStart(AuditedReplay what, Throwable error) {
    append(AuditLines.failed(null, what, error));
  }

  private void append(Map<String, Object> line) {
    try {
      byte[] bytes = (JSON.writeValueAsString(line) + "\n").getBytes(StandardCharsets.UTF_8);
      synchronized (APPENDING) {
        Files.createDirectories(file.getParent());
        Files.write(file, bytes, StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.WRITE);
      }
    } catch (JsonProcessingException e) {
      LOG.warn("replay audit line not written: {}", e.getMessage());
    } catch (IOException e) {
      LOG.warn("cannot append to the replay audit log {}: {}", file, e.toString());
    }
  }
}
