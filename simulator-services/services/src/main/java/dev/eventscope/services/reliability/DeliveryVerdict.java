package dev.eventscope.services.reliability;

import java.util.List;
import java.util.Map;

/**
 * Every event of a run classified, the way Kafka's system tests and Jepsen checkers do: for each
 * subscriber that should get it, applied once, applied twice, parked, or lost; and every command:
 * acknowledged (and then its events must be stored), rejected with a reason, or failed before
 * acknowledgement (the client was told).
 *
 * @param eventsChecked stored events of the run
 * @param deliveriesChecked (event, subscriber) pairs that should have happened
 * @param lostSamples a few lost deliveries, as {@code subscriber@position}
 */
public record DeliveryVerdict(
    long eventsChecked,
    long deliveriesChecked,
    long appliedOnce,
    long appliedTwice,
    long parked,
    long lost,
    Map<String, Long> lostBySubscriber,
    List<String> lostSamples,
    long commandsAcknowledged,
    long commandsRejected,
    long commandsFailed,
    long acknowledgedButNotStored) {

  /** Nothing lost (acknowledged commands included) and nothing applied twice. */
  public boolean clean() {
    return lost == 0 && appliedTwice == 0 && acknowledgedButNotStored == 0;
  }
}
