package dev.eventscope.runtime.trace.channel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.eventscope.runtime.trace.FlowTracer;
import dev.eventscope.runtime.trace.Hop;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TraceRelayTest {
  private static final Duration QUIET = Duration.ofMillis(300);

  private final InMemoryTraceChannel.Hub hub = new InMemoryTraceChannel.Hub();
  private final List<AutoCloseable> opened = new ArrayList<>();
  private final FlowTracer tracerA = tracer();
  private final FlowTracer tracerB = tracer();
  private final List<Hop> seenOnA = watch(tracerA);
  private final List<Hop> seenOnB = watch(tracerB);
  private final Publishes channelA = new Publishes(hub.join("a"));
  private final Publishes channelB = new Publishes(hub.join("b"));

  @AfterEach
  void closeAll() throws Exception {
    for (AutoCloseable c : opened) c.close();
  }

  @Test
  void a_hop_recorded_on_a_reaches_b_once_and_is_not_echoed_back() {
    relay(tracerA, channelA);
    relay(tracerB, channelB);
    Hop hop = TraceHops.hop("mediator");

    tracerA.record(hop);

    await().atMost(Duration.ofSeconds(5)).until(() -> seenOnB.contains(hop));
    await().during(QUIET).atMost(QUIET.multipliedBy(3)).until(() -> seenOnB.size() == 1 && seenOnA.size() == 1);
    assertThat(seenOnB).containsExactly(hop);
    assertThat(seenOnA).containsExactly(hop);
    assertThat(channelA.published).containsExactly(hop);
    assertThat(channelB.published).as("b does not send on what it heard").isEmpty();
  }

  @Test
  void a_hop_recorded_on_b_reaches_a() {
    relay(tracerA, channelA);
    relay(tracerB, channelB);
    Hop hop = TraceHops.rejected("handler:CancelOrder", "already shipped");

    tracerB.record(hop);

    await().atMost(Duration.ofSeconds(5)).until(() -> seenOnA.contains(hop));
    await().during(QUIET).atMost(QUIET.multipliedBy(3)).until(() -> seenOnA.size() == 1 && seenOnB.size() == 1);
    assertThat(channelA.published).isEmpty();
  }

  @Test
  void a_local_hop_equal_to_one_heard_from_the_fleet_is_still_sent() {
    relay(tracerA, channelA);
    TraceRelay relayB = relay(tracerB, channelB);
    Hop hop = TraceHops.hop("mediator");
    tracerA.record(hop);
    await().atMost(Duration.ofSeconds(5)).until(() -> seenOnB.contains(hop));
    await().atMost(Duration.ofSeconds(5)).until(() -> relayB.remoteInFlight() == 0);

    // An equal record, but B's own: only identity tells them apart.
    Hop same = new Hop(hop.from(), hop.to(), hop.messageId(), hop.messageType(), hop.correlationId(), hop.causationId(),
        hop.startedAtMicros(), hop.durationMicros(), hop.outcome(), hop.detail(), hop.replay());
    tracerB.record(same);

    await().atMost(Duration.ofSeconds(5)).until(() -> channelB.published.size() == 1);
    await().atMost(Duration.ofSeconds(5)).until(() -> seenOnA.size() == 2);
  }

  @Test
  void a_closed_relay_neither_sends_nor_records() {
    relay(tracerA, channelA);
    TraceRelay relayB = relay(tracerB, channelB);

    relayB.close();
    tracerA.record(TraceHops.hop("mediator"));
    tracerB.record(TraceHops.hop("outbox"));

    await().atMost(Duration.ofSeconds(5)).until(() -> seenOnA.size() == 1);
    await().during(QUIET).atMost(QUIET.multipliedBy(3)).until(() -> seenOnB.size() == 1 && seenOnA.size() == 1);
    assertThat(channelA.published).hasSize(1);
    assertThat(channelB.published).isEmpty();
    assertThat(seenOnB).extracting(Hop::from).containsExactly("outbox");
    assertThat(seenOnA).extracting(Hop::from).containsExactly("mediator");
  }

  @Test
  void a_channel_with_no_peers_hears_nothing() {
    TraceChannel alone = TraceChannels.open("memory", dev.eventscope.runtime.bus.BusSettings.defaults(), "solo");
    opened.add(alone);
    List<Hop> heard = new CopyOnWriteArrayList<>();
    alone.subscribe(heard::addAll);

    alone.publish(List.of(TraceHops.hop("mediator")));

    assertThat(alone.strategy()).isEqualTo("memory");
    assertThat(heard).isEmpty();
    assertThat(alone.dropped()).isZero();
  }

  private FlowTracer tracer() {
    FlowTracer tracer = new FlowTracer(1_024, true);
    opened.add(tracer);
    return tracer;
  }

  private static List<Hop> watch(FlowTracer tracer) {
    List<Hop> seen = new CopyOnWriteArrayList<>();
    tracer.addListener(seen::addAll);
    return seen;
  }

  private TraceRelay relay(FlowTracer tracer, TraceChannel channel) {
    TraceRelay relay = TraceRelay.start(tracer, channel);
    opened.add(0, relay);
    return relay;
  }

  /** A channel that also keeps what was published on it. */
  private static final class Publishes implements TraceChannel {
    final List<Hop> published = new CopyOnWriteArrayList<>();
    private final TraceChannel inner;

    Publishes(TraceChannel inner) {
      this.inner = inner;
    }

    @Override
    public String strategy() {
      return inner.strategy();
    }

    @Override
    public void publish(List<Hop> hops) {
      published.addAll(hops);
      inner.publish(hops);
    }

    @Override
    public void subscribe(Consumer<List<Hop>> listener) {
      inner.subscribe(listener);
    }

    @Override
    public long dropped() {
      return inner.dropped();
    }

    @Override
    public void close() {
      inner.close();
    }
  }
}
