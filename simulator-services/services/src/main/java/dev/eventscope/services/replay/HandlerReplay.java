package dev.eventscope.services.replay;

import dev.eventscope.runtime.projection.Projection;
import dev.eventscope.runtime.replay.ReplayJob;
import dev.eventscope.runtime.replay.ReplaySelection;
import dev.eventscope.runtime.replay.ReplaySpeed;
import dev.eventscope.runtime.replay.ReplayTarget;
import dev.eventscope.runtime.replay.SubscriberTarget;
import dev.eventscope.runtime.store.CheckpointStore;
import dev.eventscope.runtime.subscriber.Subscriber;
import java.util.ArrayList;
import java.util.List;

/**
 * A replay into named handlers (sagas, event handlers) of a running host. Handlers with outside
 * effects skip the replayed events and the report lists them as skipped with that reason.
 */
public final class HandlerReplay {
  private HandlerReplay() {}

  /** The names a handler target may use: every subscriber that is not a projection. */
  public static List<String> handlerNames(ReplayHost host) {
    return host.subscribers().stream().filter(s -> !(s instanceof Projection)).map(Subscriber::name).toList();
  }

  /** @throws IllegalArgumentException for a name no handler has, or no names at all */
  public static ReplayJob job(ReplayHost host, List<String> names, ReplaySelection selection, ReplaySpeed speed,
      CheckpointStore checkpoints, String jobId) {
    if (names.isEmpty()) throw new IllegalArgumentException("name the handlers: " + String.join(", ", handlerNames(host)));
    List<ReplayTarget> targets = new ArrayList<>();
    for (String name : names) {
      Subscriber handler = host.subscribers().stream().filter(s -> !(s instanceof Projection) && s.name().equals(name))
          .findFirst().orElseThrow(() -> new IllegalArgumentException(
              "no handler named '" + name + "': there are " + String.join(", ", handlerNames(host))));
      targets.add(new SubscriberTarget("handler", handler));
    }
    return new ReplayJob(jobId, host.system().backend().events(), selection, targets, speed, checkpoints);
  }
}
