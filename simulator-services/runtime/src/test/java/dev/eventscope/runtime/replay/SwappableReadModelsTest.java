package dev.eventscope.runtime.replay;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventscope.runtime.projection.ReadModelStore;
import dev.eventscope.runtime.store.memory.InMemoryBackend;
import org.junit.jupiter.api.Test;

class SwappableReadModelsTest {
  @Test
  void queries_answer_from_the_old_rows_until_the_shadow_is_swapped_in() {
    SwappableReadModels live = new SwappableReadModels(new InMemoryBackend().readModels(), false);
    ReadModelStore<String> rows = live.open("greetings", String.class);
    rows.put("a", "old");
    ShadowReadModels shadows = new ShadowReadModels();
    ReadModelStore<String> shadow = shadows.open("greetings", String.class);
    shadow.put("a", "new");
    shadow.put("b", "new");

    assertThat(rows.get("a")).hasValue("old");
    assertThat(rows.count()).isEqualTo(1);

    live.swapIn("greetings", shadows.opened().get("greetings"));

    assertThat(rows.get("a")).hasValue("new");
    assertThat(rows.count()).isEqualTo(2);
  }

  @Test
  void a_durable_store_gets_the_shadow_rows_copied_into_it() {
    InMemoryBackend real = new InMemoryBackend();
    SwappableReadModels live = new SwappableReadModels(real.readModels(), true);
    ReadModelStore<String> rows = live.open("greetings", String.class);
    rows.put("stale", "x");
    ShadowReadModels shadows = new ShadowReadModels();
    shadows.open("greetings", String.class).put("a", "new");

    live.swapIn("greetings", shadows.opened().get("greetings"));

    assertThat(rows.get("a")).hasValue("new");
    assertThat(rows.get("stale")).isEmpty();
  }
}
