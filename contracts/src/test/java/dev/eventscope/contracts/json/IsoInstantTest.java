package dev.eventscope.contracts.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class IsoInstantTest {

  @Test
  void reads_what_instant_to_string_writes_as_instant_parse_does() {
    SplittableRandom random = new SplittableRandom(7);
    long latest = Instant.parse("9999-12-31T23:59:59.999999999Z").getEpochSecond();
    long earliest = Instant.parse("0000-01-01T00:00:00Z").getEpochSecond();
    for (int i = 0; i < 20_000; i++) {
      long seconds = random.nextLong(earliest, latest + 1);
      int nanos = switch (i % 4) {
        case 0 -> 0;
        case 1 -> random.nextInt(1_000) * 1_000_000;
        case 2 -> random.nextInt(1_000_000) * 1_000;
        default -> random.nextInt(1_000_000_000);
      };
      String text = Instant.ofEpochSecond(seconds, nanos).toString();
      assertThat(IsoInstant.parse(text)).as(text).isEqualTo(Instant.parse(text));
    }
    Instant now = Instant.now();
    assertThat(IsoInstant.parse(now.toString())).isEqualTo(now);
  }

  @Test
  void leaves_every_other_form_to_instant_parse() {
    for (String text : List.of("2026-11-27T00:15:23.1Z", "2026-11-27T00:15:23.12345678Z", "2024-02-29T10:00:00Z",
        "2026-11-27T00:15:23+01:00", "2026-11-27T00:15:23.5+00:00", "+12026-11-27T00:15:23Z", "2016-12-31T23:59:60Z",
        "2026-11-27T24:00:00Z", "2026-11-27T00:15:23.Z", "2026-02-29T00:00:00Z", "2026-13-01T00:00:00Z", "2026-11-27T25:00:00Z",
        "2026-11-27 00:15:23Z", "2026-11-27T00:15:23.1234567890Z", "2026-11-27T00:15:2xZ", "2026-11-27T00:15Z", "not a date")) {
      assertThat(outcome(() -> IsoInstant.parse(text))).as(text).isEqualTo(outcome(() -> Instant.parse(text)));
    }
    assertThatThrownBy(() -> IsoInstant.parse("2026-02-29T00:00:00Z")).isInstanceOf(DateTimeParseException.class);
  }

  private static Object outcome(Supplier<Instant> parse) {
    try {
      return parse.get();
    } catch (RuntimeException e) {
      return e.getClass();
    }
  }
}
