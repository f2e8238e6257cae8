package dev.eventscope.services.scenario;

import java.time.Duration;

/**
 * Something that happens {@code at} a time after the start: change faults ({@code set}), switch
 * every fault off ({@code clear}), retry every parked message ({@code retryDeadLetters}).
 * {@code say} is shown to the audience when it happens.
 */
public record TimelineStep(Duration at, ScenarioFaults set, boolean clear, boolean retryDeadLetters, String say) {
  public TimelineStep {
    if (at == null || at.isNegative()) throw new IllegalArgumentException("a timeline step needs 'at', a time after the start");
    if (set == null && !clear && !retryDeadLetters) throw new IllegalArgumentException("a timeline step needs 'set', 'clear' or 'retryDeadLetters'");
  }
}
