package dev.eventscope.services.replay;

import dev.eventscope.contracts.OrderFulfilmentContracts;
import dev.eventscope.runtime.mediator.Mediator;
import dev.eventscope.runtime.metrics.Metrics;
import dev.eventscope.runtime.projection.Projection;
import dev.eventscope.runtime.projection.memory.InMemoryReadModelStore;
import dev.eventscope.runtime.replay.ReplayJob;
import dev.eventscope.runtime.replay.ReplayReport;
import dev.eventscope.runtime.replay.ReplaySelection;
import dev.eventscope.runtime.replay.ReplaySpeed;
import dev.eventscope.runtime.replay.ReplayTarget;
import dev.eventscope.runtime.replay.ShadowReadModels;
import dev.eventscope.runtime.replay.SubscriberTarget;
import dev.eventscope.runtime.replay.SwappableReadModels;
import dev.eventscope.runtime.store.CheckpointStore;
import dev.eventscope.runtime.store.EventStore;
import dev.eventscope.runtime.store.StoredEvent;
import dev.eventscope.runtime.system.Wiring;
import dev.eventscope.runtime.trace.FlowTracer;
import dev.eventscope.services.system.OrderFulfilmentSystem;
import dev.eventscope.services.system.SystemSettings;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

/**
 * Rebuilds named projections safely. With a selection of every event, each projection is rebuilt
 * into a shadow copy while queries keep answering from the live one; when the replay completes the
 * copy is compared with the live model (the report's {@code rebuiltEqualsOriginal}) and swapped in.
 * Events stored while the replay ran are applied to the copy before the swap, with delivery to the
 * live projections held still for the last few, so a rebuild under live traffic loses none.
 * A cancelled or failed rebuild drops the copy and leaves the live model untouched. A narrower
 * selection cannot rebuild a whole model, so its events are applied to the live projections in
 * place (they ignore versions they have already applied) and nothing is compared.
 */
public final class ProjectionRebuild {
  private static final int MAX_MISMATCHES = 20;
  private static final int CATCH_UP_PAGE = 1_000;

  private final List<Projection> live;
  private final SwappableReadModels liveStores;
  private final ShadowReadModels shadows = new ShadowReadModels();
  private final List<Projection> shadowProjections;
  private final boolean whole;
  private final boolean fromAnotherStore;
  private final List<SubscriberTarget> shadowTargets = new ArrayList<>();
  private final EventStore store;
  private final LiveFeed feed;
  private final ReplayJob job;

  /**
   * @param names projections to rebuild; empty = every projection
   * @throws IllegalArgumentException for a name no projection has
   */
  public ProjectionRebuild(ReplayHost host, List<String> names, ReplaySelection selection, ReplaySpeed speed,
      CheckpointStore checkpoints, String jobId) {
    this(host.system().backend().events(), false, LiveFeed.of(host.system().backend().events(), host.system().dispatcher()),
        host.projections(), host.backend().readModels(), names, selection, speed, checkpoints, jobId);
  }

  /**
   * Read-only source mode: rebuilds the target host's projections from the events of another store
   * ({@code source}, which is only read). The rebuilt copies are compared with what the target's
   * read models held before; when they held nothing, there is nothing to compare with and
   * {@code rebuiltEqualsOriginal} is null. A source that gives no events swaps nothing in.
   */
  public static ProjectionRebuild fromSource(ReplayHost target, EventStore source, List<String> names, ReplaySelection selection,
      ReplaySpeed speed) {
    return new ProjectionRebuild(source, true, LiveFeed.none(source), target.projections(), target.backend().readModels(), names,
        selection, speed, null, null);
  }

  ProjectionRebuild(EventStore store, List<Projection> allLive, SwappableReadModels liveStores, List<String> names,
      ReplaySelection selection, ReplaySpeed speed, CheckpointStore checkpoints, String jobId) {
    this(store, false, LiveFeed.none(store), allLive, liveStores, names, selection, speed, checkpoints, jobId);
  }

  private ProjectionRebuild(EventStore store, boolean fromAnotherStore, LiveFeed feed, List<Projection> allLive,
      SwappableReadModels liveStores, List<String> names, ReplaySelection selection, ReplaySpeed speed, CheckpointStore checkpoints,
      String jobId) {
    this.store = store;
    this.feed = feed;
    this.live = pick(allLive, names);
    this.liveStores = liveStores;
    this.fromAnotherStore = fromAnotherStore;
    this.whole = selection.everything();
    this.shadowProjections = whole ? pick(freshProjections(store, shadows), names(live)) : List.of();
    List<ReplayTarget> targets = new ArrayList<>();
    if (whole) {
      for (Projection shadow : shadowProjections) {
        if (!liveStores.has(shadow.name())) {
          throw new IllegalStateException("projection " + shadow.name() + " keeps no read model of its own name; it cannot be swapped");
        }
        shadowTargets.add(SubscriberTarget.shadow(shadow));
      }
      targets.addAll(shadowTargets);
    } else {
      live.forEach(projection -> targets.add(new SubscriberTarget("projection", projection)));
    }
    this.job = new ReplayJob(jobId, store, selection, targets, speed, checkpoints);
  }

  /** The job, for progress, pause, resume, step and cancel. */
  public ReplayJob job() {
    return job;
  }

  /** Runs the replay; on completion catches the copies up with what was stored meanwhile, compares and swaps them in. */
  public ReplayReport run() {
    ReplayReport report = job.run();
    if (!whole || !report.completed()) return report;
    // An empty source is far likelier a wrong name than a wish to empty the target's read models.
    if (fromAnotherStore && report.selected() == 0) return report;
    // Most of what arrived meanwhile while traffic goes on, the rest with delivery held still.
    long caughtUp = catchUp(job.scannedTo(), feed.position());
    try (LiveFeed.Held held = feed.hold()) {
      catchUp(caughtUp, feed.position());
      return compareAndSwap(report);
    }
  }

  private ReplayReport compareAndSwap(ReplayReport report) {
    boolean nothingBefore = fromAnotherStore && live.stream().allMatch(p -> p.rows().isEmpty());
    List<String> mismatches = new ArrayList<>();
    int[] total = {0};
    for (Projection shadow : shadowProjections) {
      Projection original = live.stream().filter(p -> p.name().equals(shadow.name())).findFirst().orElseThrow();
      compare(shadow, original, mismatches, total);
    }
    Map<String, InMemoryReadModelStore<?>> copies = shadows.opened();
    for (Projection shadow : shadowProjections) liveStores.swapIn(shadow.name(), copies.get(shadow.name()));
    if (nothingBefore) return report.withRebuild(null, List.of());
    if (total[0] > mismatches.size()) mismatches.add("… and " + (total[0] - mismatches.size()) + " more");
    return report.withRebuild(total[0] == 0, mismatches);
  }

  /** Applies the stored events after {@code after} up to {@code until} to the copies; answers how far it got. */
  private long catchUp(long after, long until) {
    long at = after;
    for (List<StoredEvent> page = store.readAll(at, CATCH_UP_PAGE); !page.isEmpty(); page = store.readAll(at, CATCH_UP_PAGE)) {
      for (StoredEvent event : page) {
        if (event.position() > until) return at;
        StoredEvent replayed = event.asReplay();
        for (SubscriberTarget target : shadowTargets) {
          try {
            if (!target.ignores(replayed)) target.apply(replayed);
          } catch (Exception e) {
            throw new IllegalStateException("catching " + target.name() + " up at position " + event.position() + " failed: " + e.getMessage(), e);
          }
        }
        at = event.position();
      }
    }
    return at;
  }

  private static void compare(Projection rebuilt, Projection original, List<String> mismatches, int[] total) {
    Map<String, ?> expected = rebuilt.rows();
    Map<String, ?> actual = original.rows();
    for (Map.Entry<String, ?> row : expected.entrySet()) {
      Object liveRow = actual.get(row.getKey());
      if (!Objects.equals(row.getValue(), liveRow)) {
        note(mismatches, total, rebuilt.name() + " row " + row.getKey() + ": live " + liveRow + ", rebuilt " + row.getValue());
      }
    }
    for (String key : actual.keySet()) {
      if (!expected.containsKey(key)) note(mismatches, total, rebuilt.name() + " row " + key + " has no events behind it");
    }
  }

  private static void note(List<String> mismatches, int[] total, String text) {
    total[0]++;
    if (mismatches.size() < MAX_MISMATCHES) mismatches.add(text);
  }

  private static List<String> names(List<Projection> projections) {
    return projections.stream().map(Projection::name).toList();
  }

  private static List<Projection> pick(List<Projection> projections, List<String> names) {
    if (names.isEmpty()) return projections;
    List<Projection> picked = new ArrayList<>();
    for (String name : names) {
      picked.add(projections.stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow(() ->
          new IllegalArgumentException("no projection named '" + name + "': there are " + String.join(", ", names(projections)))));
    }
    return picked;
  }

  /** Every projection of the system, wired afresh onto the shadow read models. */
  private static List<Projection> freshProjections(EventStore store, ShadowReadModels shadows) {
    ScheduledExecutorService idle = Executors.newSingleThreadScheduledExecutor();
    try {
      Wiring wiring = new Wiring(store, OrderFulfilmentContracts.registry(), FlowTracer.disabled(), new Metrics(), shadows, idle,
          Mediator.builder(OrderFulfilmentContracts.registry()));
      OrderFulfilmentSystem.contexts(SystemSettings.inMemory()).forEach(context -> context.register(wiring));
      return wiring.subscribers().stream().filter(Projection.class::isInstance).map(Projection.class::cast).toList();
    } finally {
      idle.shutdownNow();
    }
  }
}
