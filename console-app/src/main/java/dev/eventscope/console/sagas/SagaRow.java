package dev.eventscope.console.sagas;

import dev.eventscope.contracts.fulfilment.FulfilmentView;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

/** One in-flight saga as the table shows it, its time left worked out when it was read. */
public record SagaRow(UUID orderId, String step, String timeLeft, boolean overdue, boolean compensating, String note) {
  public static SagaRow of(FulfilmentView view, Instant now) {
    String left;
    boolean overdue = false;
    if (view.deadline() == null) {
      left = "—";
    } else {
      Duration remaining = Duration.between(now, view.deadline());
      overdue = remaining.isNegative();
      left = overdue ? "overdue by " + human(remaining.negated()) : human(remaining);
    }
    return new SagaRow(view.orderId(), view.step(), left, overdue, view.compensating(), view.note() == null ? "" : view.note());
  }

  /** {@code 4.2 s}, {@code 3 min 05 s}, {@code 2 h 10 min}. */
  static String human(Duration duration) {
    long millis = duration.toMillis();
    if (millis < 60_000) return String.format(Locale.ROOT, "%.1f s", millis / 1_000.0);
    long seconds = millis / 1_000;
    if (seconds < 3_600) return String.format(Locale.ROOT, "%d min %02d s", seconds / 60, seconds % 60);
    return String.format(Locale.ROOT, "%d h %02d min", seconds / 3_600, (seconds % 3_600) / 60);
  }
}
