package dev.eventscope.console.ui;

import static dev.eventscope.console.ui.HopFixture.hop;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class HopFeedTest {
  @Test
  void drains_everything_received_since_the_last_drain_in_order() {
    HopFeed feed = new HopFeed(Set.of());
    var first = hop("simulator", "mediator");
    var second = hop("mediator", "handler:PlaceOrder");
    feed.onHops(List.of(first));
    feed.onHops(List.of(second));

    assertThat(feed.drain()).containsExactly(first, second);
    assertThat(feed.drain()).isEmpty();
  }

  @Test
  void leaves_out_hops_of_hidden_nodes() {
    HopFeed feed = new HopFeed(Set.of(MessageCatalog.NODE));
    var shown = hop("bus:memory", "subscriber:order-summary");
    feed.onHops(List.of(shown, hop("bus:memory", MessageCatalog.NODE)));

    assertThat(feed.drain()).containsExactly(shown);
  }

  @Test
  void drops_and_counts_batches_beyond_its_capacity_instead_of_growing() {
    HopFeed feed = new HopFeed(2, Set.of());
    feed.onHops(List.of(hop("a", "b"), hop("b", "c")));
    feed.onHops(List.of(hop("c", "d")));

    assertThat(feed.drain()).hasSize(2);
    assertThat(feed.droppedCount()).isEqualTo(1);
  }
}
