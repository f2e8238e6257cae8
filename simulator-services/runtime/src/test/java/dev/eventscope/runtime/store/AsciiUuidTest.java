package dev.eventscope.runtime.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AsciiUuidTest {
  @Test
  void canonical_text_in_either_case_reads_as_the_uuid_it_names() {
    for (int i = 0; i < 1_000; i++) {
      UUID id = UUID.randomUUID();
      assertThat(AsciiUuid.parse(bytes(id.toString()))).isEqualTo(id);
      assertThat(AsciiUuid.parse(bytes(id.toString().toUpperCase(Locale.ROOT)))).isEqualTo(id);
    }
    assertThat(AsciiUuid.parse(bytes("ffffffff-ffff-ffff-ffff-ffffffffffff"))).isEqualTo(new UUID(-1, -1));
    byte[] framed = bytes("xx00000000-0000-0000-0000-000000000001yy");
    assertThat(AsciiUuid.parse(framed, 2, 36)).isEqualTo(new UUID(0, 1));
  }

  @Test
  void anything_else_is_left_to_the_full_route() {
    assertThat(AsciiUuid.parse(null)).isNull();
    assertThat(AsciiUuid.parse(bytes("1-2-3-4-5"))).as("short forms UUID.fromString takes").isNull();
    assertThat(AsciiUuid.parse(bytes("0000000g-0000-0000-0000-000000000000"))).isNull();
    assertThat(AsciiUuid.parse(bytes("00000000+0000-0000-0000-000000000000"))).isNull();
    assertThat(AsciiUuid.parse(bytes("00000000-0000-0000-0000-0000000000000"))).isNull();
    byte[] notAscii = bytes("00000000-0000-0000-0000-000000000000");
    notAscii[3] = (byte) 0xB0;
    assertThat(AsciiUuid.parse(notAscii)).as("a byte of a multi-byte UTF-8 character").isNull();
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.US_ASCII);
  }
}
