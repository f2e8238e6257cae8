package dev.eventscope.runtime.trace.channel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.eventscope.runtime.bus.BusFixtures;
import dev.eventscope.runtime.bus.BusSettings;
import dev.eventscope.runtime.trace.Hop;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What every broker's trace channel must do, against the real broker: each strategy's test says
 * how to open its channel, how to put raw bytes on it and how to remove what the test made. The
 * channel's name comes from the test's unique prefix, so parallel runs do not hear each other.
 */
abstract class TraceChannelContract {
  private static final Duration WAIT = Duration.ofSeconds(20);

  protected final String prefix = BusFixtures.uniquePrefix();
  /** In every process id and so in every thread name the channels start: lets the test find leftovers. */
  private final String run = UUID.randomUUID().toString().substring(0, 8);
  private final List<TraceChannel> opened = new ArrayList<>();

  protected abstract TraceChannel newChannel(BusSettings settings, String process);

  /** Puts bytes on the channel as a message, bypassing it. */
  protected abstract void publishRaw(BusSettings settings, byte[] message);

  /** Deletes the topic, stream or exchange the test made. */
  protected abstract void removeBrokerState(BusSettings settings);

  protected BusSettings settings() {
    return BusFixtures.settings(prefix);
  }

  protected String channelName() {
    return TraceChannels.defaultName(settings());
  }

  private TraceChannel open(String process) {
    TraceChannel channel = newChannel(settings(), process + "-" + run);
    opened.add(channel);
    return channel;
  }

  @AfterEach
  void closeAndClean() {
    opened.forEach(TraceChannel::close);
    removeBrokerState(settings());
    assertThat(Thread.getAllStackTraces().keySet()).as("threads left by the channels")
        .filteredOn(Thread::isAlive).extracting(Thread::getName).noneMatch(name -> name.contains(run));
  }

  @Test
  void b_hears_what_a_publishes_and_a_does_not_hear_itself() {
    TraceChannel a = open("a");
    TraceChannel b = open("b");
    TraceHops.Heard heardByA = new TraceHops.Heard();
    TraceHops.Heard heardByB = new TraceHops.Heard();
    a.subscribe(heardByA);
    b.subscribe(heardByB);
    List<Hop> fromA = List.of(TraceHops.hop("mediator"), TraceHops.rejected("aggregate:Order", "already shipped"));

    a.publish(fromA);
    await().atMost(WAIT).until(() -> heardByB.hops.size() >= 2);
    // B's batch goes after A's on the same channel: once A hears it, A would have heard its own before.
    Hop fromB = TraceHops.hop("outbox");
    b.publish(List.of(fromB));
    await().atMost(WAIT).until(() -> !heardByA.hops.isEmpty());

    assertThat(heardByB.batches).containsExactly(fromA);
    assertThat(heardByA.batches).containsExactly(List.of(fromB));
    assertThat(a.dropped()).isZero();
    assertThat(b.dropped()).isZero();
  }

  @Test
  void a_subscriber_hears_only_what_is_published_after_it_subscribed() {
    TraceChannel a = open("a");
    TraceChannel early = open("early");
    TraceHops.Heard heardEarly = new TraceHops.Heard();
    early.subscribe(heardEarly);
    Hop before = TraceHops.hop("before");
    a.publish(List.of(before));
    // Heard by an earlier subscriber: the batch is on the broker before the late one subscribes.
    await().atMost(WAIT).until(() -> heardEarly.hops.contains(before));

    TraceChannel late = open("late");
    TraceHops.Heard heardLate = new TraceHops.Heard();
    late.subscribe(heardLate);
    Hop after = TraceHops.hop("after");
    a.publish(List.of(after));

    await().atMost(WAIT).until(() -> heardLate.hops.contains(after));
    assertThat(heardLate.hops).containsExactly(after);
    assertThat(heardEarly.hops).containsExactly(before, after);
  }

  @Test
  void an_unreadable_message_is_skipped_and_reading_goes_on() {
    TraceChannel a = open("a");
    TraceChannel b = open("b");
    TraceHops.Heard heardByB = new TraceHops.Heard();
    b.subscribe(heardByB);

    publishRaw(settings(), "{not a batch".getBytes(StandardCharsets.UTF_8));
    Hop hop = TraceHops.hop("mediator");
    a.publish(List.of(hop));

    await().atMost(WAIT).until(() -> heardByB.hops.contains(hop));
    assertThat(heardByB.hops).containsExactly(hop);
  }
}
