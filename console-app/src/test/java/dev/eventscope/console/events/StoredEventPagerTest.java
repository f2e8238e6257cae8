package dev.eventscope.console.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StoredEventPagerTest {
  private final SyntheticEventStore store = new SyntheticEventStore(1_000_000);
  private final StoredEventPager pager = new StoredEventPager(store, 200, 12);

  @Test
  void scrolling_through_a_million_rows_holds_at_most_the_window_and_reads_only_the_pages_shown() {
    assertThat(pager.refreshRowCount()).isEqualTo(1_000_000);
    int loads = 0;
    for (long row = 0; row < 1_000_000; row += 7_919) {
      pager.load(pager.pageOf(row));
      loads++;
      assertThat(pager.loadedPages()).isLessThanOrEqualTo(12);
    }
    assertThat(store.eventsRead.get()).isLessThanOrEqualTo(loads * 200L).isLessThan(1_000_000 / 10);
  }

  @Test
  void a_row_is_pending_until_its_page_loads_then_it_is_the_event_at_that_position() {
    pager.refreshRowCount();
    assertThat(pager.row(654_321).loaded()).isFalse();

    pager.load(pager.pageOf(654_321));

    EventRow row = pager.row(654_321);
    assertThat(row.position()).isEqualTo(654_322);
    assertThat(row.event()).isEqualTo(SyntheticEventStore.event(654_322));
  }

  @Test
  void the_least_recently_used_page_leaves_the_window_first() {
    for (long page = 0; page < 12; page++) pager.load(page);
    pager.row(0);

    pager.load(100);

    assertThat(pager.loaded(0)).as("just used").isTrue();
    assertThat(pager.loaded(1)).as("least recently used").isFalse();
  }

  @Test
  void a_tail_page_read_short_shows_new_events_once_read_again() {
    SyntheticEventStore small = new SyntheticEventStore(150);
    StoredEventPager tail = new StoredEventPager(small, 200, 4);
    tail.refreshRowCount();
    tail.load(0);
    assertThat(tail.row(170).loaded()).isFalse();

    small.grow(180);
    assertThat(tail.refreshRowCount()).isEqualTo(180);
    tail.load(0);

    assertThat(tail.row(170).event().position()).isEqualTo(171);
  }
}
