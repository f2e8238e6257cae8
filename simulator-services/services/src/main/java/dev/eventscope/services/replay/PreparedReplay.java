package dev.eventscope.services.replay;

import dev.eventscope.runtime.replay.BusTarget;
import dev.eventscope.runtime.replay.ReplayJob;
import dev.eventscope.runtime.replay.ReplayReport;
import dev.eventscope.runtime.replay.ReplaySelection;
import dev.eventscope.runtime.replay.ReplaySpeed;
import dev.eventscope.runtime.store.CheckpointStore;
import dev.eventscope.runtime.store.EventStore;
import java.util.List;
import java.util.function.Supplier;

/**
 * A replay built from a target choice, a selection and a speed, ready to run: the job (for
 * progress, pause, resume, step, cancel) and how to run it (a projection rebuild compares and swaps
 * its copies in at the end; other targets just run the job).
 */
public final class PreparedReplay {
  private final ReplayJob job;
  private final Supplier<ReplayReport> runner;

  private PreparedReplay(ReplayJob job, Supplier<ReplayReport> runner) {
    this.job = job;
    this.runner = runner;
  }

  /**
   * @param checkpoints where the job keeps its checkpoint; null = none (not resumable)
   * @param jobId null = a fresh id
   * @throws IllegalArgumentException for names no projection or handler has
   */
  public static PreparedReplay on(ReplayHost host, ReplayTargetChoice target, ReplaySelection selection, ReplaySpeed speed,
      CheckpointStore checkpoints, String jobId) {
    return switch (target.kind()) {
      case PROJECTIONS -> {
        ProjectionRebuild rebuild = new ProjectionRebuild(host, target.names(), selection, speed, checkpoints, jobId);
        yield new PreparedReplay(rebuild.job(), rebuild::run);
      }
      case HANDLERS -> {
        ReplayJob job = HandlerReplay.job(host, target.names(), selection, speed, checkpoints, jobId);
        yield new PreparedReplay(job, job::run);
      }
      case BUS -> {
        ReplayJob job = new ReplayJob(jobId, host.system().backend().events(), selection,
            List.of(new BusTarget(host.system().bus())), speed, checkpoints);
        yield new PreparedReplay(job, job::run);
      }
    };
  }

  /**
   * Read-only source mode: rebuilds {@code host}'s projections from the events of another store,
   * which is only read.
   *
   * @throws IllegalArgumentException for a target other than projections, or names no projection has
   */
  public static PreparedReplay fromSource(ReplayHost host, EventStore source, ReplayTargetChoice target, ReplaySelection selection,
      ReplaySpeed speed) {
    if (target.kind() != ReplayTargetChoice.Kind.PROJECTIONS) {
      throw new IllegalArgumentException("a replay from another store rebuilds projections only (--target projections[:a,b])");
    }
    ProjectionRebuild rebuild = ProjectionRebuild.fromSource(host, source, target.names(), selection, speed);
    return new PreparedReplay(rebuild.job(), rebuild::run);
  }

  public ReplayJob job() {
    return job;
  }

  /** Runs in the calling thread to the end or a cancel. */
  public ReplayReport run() {
    return runner.get();
  }
}
