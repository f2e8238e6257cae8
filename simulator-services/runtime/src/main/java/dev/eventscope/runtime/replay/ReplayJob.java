package dev.eventscope.runtime.replay;

import dev.eventscope.runtime.store.CheckpointStore;
import dev.eventscope.runtime.store.EventScan;
import dev.eventscope.runtime.store.EventStore;
import dev.eventscope.runtime.store.StoredEvent;
import dev.eventscope.runtime.trace.FlowTracer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.UUID;

/**
 * One replay: scans the store in position order, hands every selected event (as a replay) to each
 * target, and can be paused, resumed, single-stepped and cancelled from other threads while
 * {@link #run} works in its own. With a checkpoint store it records how far it got under
 * {@code replay:<id>}, so a job with the same id resumes there after a crash.
 */
public final class ReplayJob {
  /** Where a job is. */
  public enum State { READY, COUNTING, RUNNING, PAUSED, COMPLETED, CANCELLED }

  static final int PAGE = 5_000;
  static final int CHECKPOINT_EVERY = 1_000;
  /** A slowed-down replay also records how far it got at least this often, so a crash loses little. */
  static final long CHECKPOINT_NANOS = 500_000_000L;
  /** The skipped entry's target for selected events that no target reads. */
  public static final String NO_TARGET = "none";

  private final String id;
  private final EventStore store;
  private final ReplaySelection selection;
  private final List<ReplayTarget> targets;
  private final ReplaySpeed speed;
  private final CheckpointStore checkpoints;
  private final Object lock = new Object();
  private volatile FlowTracer tracer;

  private State state = State.READY;
  private boolean paused;
  private long steps;
  private boolean cancelled;
  private volatile long done;
  private volatile long total;
  private volatile long runningSince;
  private volatile long endedAt;
  private volatile long scannedTo;

  public ReplayJob(String id, EventStore store, ReplaySelection selection, List<ReplayTarget> targets, ReplaySpeed speed,
      CheckpointStore checkpoints) {
    this.id = id == null ? UUID.randomUUID().toString() : id;
    this.store = Objects.requireNonNull(store, "store");
    this.selection = Objects.requireNonNull(selection, "selection");
    this.targets = List.copyOf(targets);
    this.speed = Objects.requireNonNull(speed, "speed");
    this.checkpoints = checkpoints;
    if (this.targets.isEmpty()) throw new IllegalArgumentException("a replay needs at least one target");
  }

  public String id() {
    return id;
  }

  /** The targets' names as the report gives them. */
  public List<String> targetNames() {
    return targets.stream().map(ReplayTarget::name).toList();
  }

  /** Reports every delivery to a projection or handler as a replay hop (call before {@link #run}). */
  public ReplayJob tracedBy(FlowTracer flowTracer) {
    this.tracer = flowTracer;
    return this;
  }

  public static String checkpointName(String jobId) {
    return "replay:" + jobId;
  }

  /** Counts and lists what {@code selection} takes, reading only (the dry run). */
  public static ReplayReport dryRun(EventStore store, ReplaySelection selection, int listLimit) {
    long started = System.nanoTime();
    Map<String, Long> byType = new TreeMap<>();
    List<ReplayReport.Listed> listed = new ArrayList<>();
    long count = 0;
    try (EventScan scan = store.scan(selection.startAfter(), until(store, selection), PAGE)) {
      for (List<StoredEvent> page = scan.next(); !page.isEmpty(); page = scan.next()) {
        for (StoredEvent event : page) {
          if (!selection.matches(event)) continue;
          count++;
          byType.merge(event.type(), 1L, Long::sum);
          if (listed.size() < listLimit) {
            listed.add(new ReplayReport.Listed(event.position(), event.type(), event.aggregateId(), event.version(),
                event.context(), event.envelope().occurredAt()));
          }
        }
      }
    }
    long millis = (System.nanoTime() - started) / 1_000_000;
    return new ReplayReport("dry-run", "dry-run", count, 0, List.of(), Map.of(), millis, 0, null, List.of(), 0,
        null, byType, listed);
  }

  private static long until(EventStore store, ReplaySelection selection) {
    long last = store.lastPosition();
    return selection.toPosition() == null ? last : Math.min(last, selection.toPosition());
  }

  /** Runs the replay in the calling thread to its end or its cancellation. */
  public ReplayReport run() {
    synchronized (lock) {
      if (state != State.READY) throw new IllegalStateException("replay " + id + " has already run");
      state = State.COUNTING;
    }
    long until = until(store, selection);
    long resumeAfter = resumePoint();
    long stored = store.countBetween(resumeAfter, until);
    total = selection.positionsOnly() ? stored : selected(resumeAfter, until);
    long started = System.nanoTime();
    runningSince = started;
    setState(State.RUNNING);
    ReplayTally tally = new ReplayTally(targets, tracer);
    long after = resumeAfter;
    long sinceCheckpoint = 0;
    long checkpointedAt = System.nanoTime();
    Instant previous = null;
    try (PageFeed feed = new PageFeed(store, resumeAfter, until, stored, PAGE, id)) {
      scan:
      for (List<StoredEvent> page = feed.next(); page != null; page = feed.next()) {
        for (StoredEvent event : page) {
          if (selection.matches(event)) {
            if (!awaitTurn()) break scan;
            if (!waitFor(speed.pause(previous, event.envelope().occurredAt()))) break scan;
            previous = event.envelope().occurredAt();
            tally.deliver(event.asReplay());
            done++;
          }
          after = event.position();
          if (++sinceCheckpoint >= CHECKPOINT_EVERY || System.nanoTime() - checkpointedAt >= CHECKPOINT_NANOS) {
            checkpoint(after);
            sinceCheckpoint = 0;
            checkpointedAt = System.nanoTime();
          }
        }
      }
    }
    checkpoint(after);
    scannedTo = after;
    endedAt = System.nanoTime();
    boolean wasCancelled;
    synchronized (lock) {
      if (Thread.currentThread().isInterrupted()) cancelled = true;
      wasCancelled = cancelled;
      state = wasCancelled ? State.CANCELLED : State.COMPLETED;
    }
    long nanos = endedAt - started;
    double perSecond = nanos == 0 ? 0 : done * 1e9 / nanos;
    return new ReplayReport(id, wasCancelled ? "cancelled" : "completed", done, tally.replayed(), tally.skips(),
        tally.counts(), nanos / 1_000_000, Math.round(perSecond * 10) / 10.0, null, List.of(), resumeAfter,
        speed.toString(), null, null);
  }

  private long resumePoint() {
    long start = selection.startAfter();
    if (checkpoints == null || !targets.stream().allMatch(ReplayTarget::resumable)) return start;
    return Math.max(start, checkpoints.read(checkpointName(id)).orElse(start));
  }

  private void checkpoint(long position) {
    if (checkpoints != null) checkpoints.write(checkpointName(id), position);
  }

  /** How many events a selection that is more than a range takes (a range alone the store counts without reading). */
  private long selected(long after, long until) {
    long count = 0;
    try (EventScan scan = store.scan(after, until, PAGE)) {
      for (List<StoredEvent> page = scan.next(); !page.isEmpty(); page = scan.next()) {
        for (StoredEvent event : page) {
          if (selection.matches(event)) count++;
        }
      }
    }
    return count;
  }

  /** Blocks while paused (letting single steps through); false once cancelled. */
  private boolean awaitTurn() {
    synchronized (lock) {
      while (paused && steps == 0 && !cancelled) {
        state = State.PAUSED;
        waitQuietly(0);
      }
      if (cancelled) return false;
      if (paused) steps--;
      state = paused ? State.PAUSED : State.RUNNING;
      return true;
    }
  }

  /** Waits out a speed gap; cancel cuts it short. */
  private boolean waitFor(Duration gap) {
    if (gap.isZero()) return !cancelledNow();
    long deadline = System.nanoTime() + gap.toNanos();
    synchronized (lock) {
      for (long left = gap.toNanos(); left > 0 && !cancelled; left = deadline - System.nanoTime()) {
        waitQuietly(Math.max(1, left / 1_000_000));
      }
      return !cancelled;
    }
  }

  private boolean cancelledNow() {
    synchronized (lock) {
      return cancelled;
    }
  }

  private void waitQuietly(long millis) {
    try {
      lock.wait(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      cancelled = true;
    }
  }

  private void setState(State next) {
    synchronized (lock) {
      state = next;
    }
  }

  /** The last position the finished run looked at (selected or not); 0 before it ran. */
  public long scannedTo() {
    return scannedTo;
  }

  public void pause() {
    synchronized (lock) {
      paused = true;
    }
  }

  /** Whether it was asked to pause (it holds before its next event). */
  public boolean paused() {
    synchronized (lock) {
      return paused;
    }
  }

  public void resume() {
    synchronized (lock) {
      paused = false;
      lock.notifyAll();
    }
  }

  /** While paused: lets exactly one more selected event through. */
  public void step() {
    synchronized (lock) {
      steps++;
      lock.notifyAll();
    }
  }

  /** Stops after the event in hand; targets keep what they applied, shadow copies are dropped by their owner. */
  public void cancel() {
    synchronized (lock) {
      cancelled = true;
      lock.notifyAll();
    }
  }

  public State state() {
    synchronized (lock) {
      return state;
    }
  }

  public ReplayProgress progress() {
    long handled = done;
    long all = total;
    long since = runningSince;
    long ended = endedAt;
    double seconds = since == 0 ? 0 : ((ended != 0 ? ended : System.nanoTime()) - since) / 1e9;
    double rate = seconds <= 0 ? 0 : handled / seconds;
    Duration eta = rate <= 0 ? null : Duration.ofMillis((long) ((all - handled) / rate * 1000));
    return new ReplayProgress(state(), handled, all, rate, eta);
  }
}
