package dev.eventscope.console.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class TimeBoundTest {
  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

  @Test
  void a_clock_time_as_the_table_shows_it_means_today_in_this_zone() {
    assertThat(TimeBound.from("16:39:29.689", BERLIN, TODAY)).isEqualTo(Instant.parse("2026-11-26T15:39:29.689Z"));
    assertThat(TimeBound.from("9:05", BERLIN, TODAY)).isEqualTo(Instant.parse("2026-11-26T08:05:00Z"));
  }

  @Test
  void an_upper_bound_covers_the_whole_of_the_last_unit_typed() {
    assertThat(TimeBound.to("16:39", BERLIN, TODAY)).isEqualTo(Instant.parse("2026-11-26T15:39:59.999999999Z"));
    assertThat(TimeBound.to("16:39:29", BERLIN, TODAY)).isEqualTo(Instant.parse("2026-11-26T15:39:29.999999999Z"));
    assertThat(TimeBound.to("16:39:29.5", BERLIN, TODAY)).isEqualTo(Instant.parse("2026-11-26T15:39:29.599999999Z"));
  }

  @Test
  void a_date_and_time_or_an_iso_instant_name_another_day() {
    assertThat(TimeBound.from("2026-11-20 08:00", BERLIN, TODAY)).isEqualTo(Instant.parse("2026-11-20T07:00:00Z"));
    assertThat(TimeBound.from("2026-11-20T08:00:30", BERLIN, TODAY)).isEqualTo(Instant.parse("2026-11-20T07:00:30Z"));
    assertThat(TimeBound.to("2026-11-20T07:00:00Z", BERLIN, TODAY)).isEqualTo(Instant.parse("2026-11-20T07:00:00Z"));
  }

  @Test
  void blank_means_no_bound_and_nonsense_says_what_to_type() {
    assertThat(TimeBound.from("  ", BERLIN, TODAY)).isNull();
    assertThatThrownBy(() -> TimeBound.from("yesterday", BERLIN, TODAY)).hasMessageContaining("16:39");
    assertThatThrownBy(() -> TimeBound.to("25:61", BERLIN, TODAY)).isInstanceOf(IllegalArgumentException.class);
  }
}
