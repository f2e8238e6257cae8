package dev.eventscope.services.replay;

import dev.eventscope.runtime.replay.ReplayJob;
import dev.eventscope.runtime.replay.ReplaySelection;
import dev.eventscope.runtime.replay.ReplaySpeed;
import dev.eventscope.runtime.store.EventStore;
import dev.eventscope.runtime.system.EventSystem;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The replays of one running system (what the console's Replay panel and the API's
 * {@code /api/replays} drive): one at a time, each on its own thread, traced so the flow graph
 * draws its deliveries, and kept (the last {@link #KEPT}) so their reports can still be read.
 */
public final class Replays implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(Replays.class);
  static final int KEPT = 20;

  private final EventSystem system;
  private final ReplayHost host;
  private final ReplayAudit audit;
  private final String origin;
  private final Map<String, ReplayRun> runs = new LinkedHashMap<>();
  private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
    Thread thread = new Thread(runnable, "eventscope-replay");
    thread.setDaemon(true);
    return thread;
  });

  /**
   * The console's replays, audited in the user's {@value ReplayAudit#FILE_NAME}.
   *
   * @throws IllegalArgumentException when the system's read models cannot be swapped
   */
  public Replays(EventSystem system) {
    this(system, ReplayAudit.forUser(), ReplayAudit.CONSOLE);
  }

  /**
   * @param origin what started these replays, as the audit log names it ({@value ReplayAudit#CONSOLE}, {@value ReplayAudit#API})
   * @throws IllegalArgumentException when the system's read models cannot be swapped
   */
  public Replays(EventSystem system, ReplayAudit audit, String origin) {
    this.system = system;
    this.host = ReplayHost.attach(system);
    this.audit = audit;
    this.origin = origin;
  }

  public List<String> projectionNames() {
    return host.projections().stream().map(p -> p.name()).toList();
  }

  public List<String> handlerNames() {
    return HandlerReplay.handlerNames(host);
  }

  private EventStore store() {
    return system.backend().events();
  }

  /** The store's last position (what a count preview is as new as). */
  public long lastPosition() {
    return store().lastPosition();
  }

  /** How many stored events the selection takes (reads only; blocking: call off the UI thread). */
  public long count(ReplaySelection selection) {
    return ReplayJob.dryRun(store(), selection, 0).selected();
  }

  /** Starts a replay running; see {@link #start(ReplayTargetChoice, ReplaySelection, ReplaySpeed, boolean, boolean)}. */
  public ReplayRun start(ReplayTargetChoice target, ReplaySelection selection, ReplaySpeed speed, boolean confirmed) {
    return start(target, selection, speed, confirmed, false);
  }

  /**
   * Starts a replay on the worker thread.
   *
   * @param paused true to start it paused before its first event (to step through it from the start)
   * @param confirmed true once the operator answered yes to the guard's question
   * @throws ReplayConfirmationRequired when it must be confirmed first (the message says how many events and which targets)
   * @throws IllegalStateException while another replay is running
   * @throws IllegalArgumentException for names no projection or handler has
   */
  public synchronized ReplayRun start(ReplayTargetChoice target, ReplaySelection selection, ReplaySpeed speed, boolean confirmed,
      boolean paused) {
    Optional<ReplayRun> running = active();
    if (running.isPresent()) {
      throw new IllegalStateException("replay " + running.get().id() + " is still running: pause, cancel or wait for it first");
    }
    PreparedReplay prepared = PreparedReplay.on(host, target, selection, speed, null, null);
    prepared.job().tracedBy(system.tracer());
    boolean local = ReplayGuard.local(store());
    if (!confirmed && ReplayGuard.mayAsk(target, local)) {
      Optional<String> question = ReplayGuard.question(target, prepared.job().targetNames(), count(selection), local, store().describe());
      if (question.isPresent()) throw new ReplayConfirmationRequired(question.get());
    }
    if (paused) prepared.job().pause();
    AuditedReplay audited = new AuditedReplay(origin, store().describe(), null, selection, prepared.job().targetNames(),
        speed.toString(), false);
    ReplayRun run = new ReplayRun(target, selection, prepared, audit, audited);
    runs.put(run.id(), run);
    forgetOldest();
    LOG.info("replay {} started: {} at speed {}", run.id(), target, speed);
    worker.execute(() -> {
      run.run();
      LOG.info("replay {} ended: {}", run.id(), run.report().map(r -> r.state() + ", " + r.replayed() + " replayed")
          .orElseGet(() -> "failed: " + run.failure().orElse("?")));
    });
    return run;
  }

  private void forgetOldest() {
    List<String> finished = new ArrayList<>();
    runs.forEach((id, run) -> {
      if (run.finished()) finished.add(id);
    });
    for (int i = 0; runs.size() > KEPT && i < finished.size(); i++) runs.remove(finished.get(i));
  }

  /** The replay still running, if any. */
  public synchronized Optional<ReplayRun> active() {
    return runs.values().stream().filter(run -> !run.finished()).findFirst();
  }

  public synchronized Optional<ReplayRun> find(String id) {
    return Optional.ofNullable(runs.get(id));
  }

  /** Every kept replay, oldest first. */
  public synchronized List<ReplayRun> all() {
    return List.copyOf(runs.values());
  }

  /** Cancels what runs (a rebuild then leaves the live read models as they were) and stops the worker. */
  @Override
  public void close() {
    active().ifPresent(ReplayRun::cancel);
    worker.shutdown();
  }
}
