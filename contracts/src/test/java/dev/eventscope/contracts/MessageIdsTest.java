package dev.eventscope.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventscope.contracts.message.MessageIds;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class MessageIdsTest {
  @Test
  void ids_are_version_7_and_sort_in_creation_order() {
    List<UUID> ids = new ArrayList<>();
    for (int i = 0; i < 10_000; i++) ids.add(MessageIds.next());

    assertThat(ids).allMatch(id -> id.version() == 7).doesNotHaveDuplicates();
    for (int i = 1; i < ids.size(); i++) {
      assertThat(ids.get(i).getMostSignificantBits()).isGreaterThan(ids.get(i - 1).getMostSignificantBits());
    }
  }

  @Test
  void an_id_stamped_with_an_earlier_time_still_sorts_after_the_ids_before_it() {
    long now = System.currentTimeMillis();
    UUID later = MessageIds.next(now + 5); // a few milliseconds ahead: the other ids of this JVM stay near the clock
    UUID earlier = MessageIds.next(now);

    assertThat(earlier.getMostSignificantBits()).isGreaterThan(later.getMostSignificantBits());
    assertThat(earlier.getMostSignificantBits() >>> 16).isEqualTo(now + 5);
  }
}
