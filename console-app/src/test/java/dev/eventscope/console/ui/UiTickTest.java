package dev.eventscope.console.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class UiTickTest {
  @Test
  void hands_the_work_of_every_task_to_the_ui_thread_in_one_batch_per_tick() {
    AtomicInteger handOffs = new AtomicInteger();
    UiExecutor counting = new UiExecutor() {
      @Override
      public void execute(Runnable task) {
        handOffs.incrementAndGet();
        task.run();
      }

      @Override
      public boolean onUiThread() {
        return true;
      }
    };
    List<String> applied = new ArrayList<>();
    UiTick tick = new UiTick(counting);
    tick.add(now -> () -> applied.add("graph"));
    tick.add(now -> null);
    tick.add(now -> () -> applied.add("status"));

    tick.runOnce(1_000);

    assertThat(handOffs).hasValue(1);
    assertThat(applied).containsExactly("graph", "status");
  }

  @Test
  void a_quiet_tick_costs_the_ui_thread_nothing() {
    AtomicInteger handOffs = new AtomicInteger();
    UiTick tick = new UiTick(new UiExecutor() {
      @Override
      public void execute(Runnable task) {
        handOffs.incrementAndGet();
      }

      @Override
      public boolean onUiThread() {
        return false;
      }
    });
    tick.add(now -> null);

    tick.runOnce(1_000);

    assertThat(handOffs).hasValue(0);
  }

  @Test
  void a_failing_task_does_not_stop_the_others() {
    List<String> applied = new ArrayList<>();
    UiTick tick = new UiTick(UiExecutor.immediate());
    tick.add(now -> {
      throw new IllegalStateException("broken screen");
    });
    tick.add(now -> () -> applied.add("status"));

    tick.runOnce(1_000);

    assertThat(applied).containsExactly("status");
  }
}
