package dev.eventscope.services.replay;

import dev.eventscope.runtime.replay.ReplayProgress;
import dev.eventscope.runtime.replay.ReplayReport;
import dev.eventscope.runtime.replay.ReplaySelection;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/** One replay started on a running system: its job to steer and watch, and its report once it ends. */
public final class ReplayRun {
  private final ReplayTargetChoice target;
  private final ReplaySelection selection;
  private final PreparedReplay prepared;
  private final ReplayAudit audit;
  private final AuditedReplay audited;
  private final Instant startedAt = Instant.now();
  private final CompletableFuture<ReplayReport> result = new CompletableFuture<>();

  ReplayRun(ReplayTargetChoice target, ReplaySelection selection, PreparedReplay prepared, ReplayAudit audit,
      AuditedReplay audited) {
    this.target = target;
    this.selection = selection;
    this.prepared = prepared;
    this.audit = audit;
    this.audited = audited;
  }

  /** Runs in the calling thread between its audit lines; the outcome lands in {@link #result}. */
  void run() {
    try {
      result.complete(audit.around(id(), audited, prepared::run));
    } catch (RuntimeException e) {
      result.completeExceptionally(e);
    }
  }

  public String id() {
    return prepared.job().id();
  }

  public ReplayTargetChoice target() {
    return target;
  }

  public ReplaySelection selection() {
    return selection;
  }

  /** The targets as the report names them ({@code projection:order-summary}, {@code bus:memory}). */
  public List<String> targetNames() {
    return prepared.job().targetNames();
  }

  public Instant startedAt() {
    return startedAt;
  }

  public ReplayProgress progress() {
    return prepared.job().progress();
  }

  public boolean finished() {
    return result.isDone();
  }

  /** The report once the replay completed or was cancelled. */
  public Optional<ReplayReport> report() {
    return result.isDone() && !result.isCompletedExceptionally() ? Optional.of(result.join()) : Optional.empty();
  }

  /** Why the replay stopped with an error, if it did. */
  public Optional<String> failure() {
    if (!result.isCompletedExceptionally()) return Optional.empty();
    return Optional.of(result.handle((report, error) -> {
      Throwable cause = error.getCause() == null ? error : error.getCause();
      return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    }).join());
  }

  public CompletableFuture<ReplayReport> result() {
    return result;
  }

  public void pause() {
    prepared.job().pause();
  }

  public void resume() {
    prepared.job().resume();
  }

  public void step() {
    prepared.job().step();
  }

  public void cancel() {
    prepared.job().cancel();
  }
}
