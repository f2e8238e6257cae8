package dev.eventscope.services.scenario;

import dev.eventscope.services.simulation.SimulationReport.Expectation;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * What must hold when a scenario's run ends. Every field is optional; left out, it is not
 * checked, except that nothing may be lost or applied twice and the read models must agree
 * with the store unless the scenario says otherwise.
 */
public record Expectations(
    Boolean allOrdersFinal,
    Duration finalWithin,
    Long maxLost,
    Long maxAppliedTwice,
    Boolean consistent,
    Long maxDeadLetters,
    Long minDeadLettered,
    Long minConfirmed,
    Long minRejected,
    Long minCompensations,
    Long minDuplicatesAbsorbed) {
  public static final Expectations DEFAULT = new Expectations(true, null, 0L, 0L, true, null, null, null, null, null, null);

  public Expectations {
    if (maxLost == null) maxLost = 0L;
    if (maxAppliedTwice == null) maxAppliedTwice = 0L;
    if (consistent == null) consistent = true;
    if (allOrdersFinal == null) allOrdersFinal = true;
  }

  public List<Expectation> evaluate(RunFacts facts) {
    var report = facts.report();
    List<Expectation> results = new ArrayList<>();
    if (allOrdersFinal) {
      long pending = report.orders().pending();
      results.add(new Expectation("every order reached a final status", pending == 0, pending + " pending"));
    }
    if (finalWithin != null) {
      double limit = finalWithin.toMillis() / 1_000.0;
      results.add(new Expectation("every order final within " + seconds(finalWithin) + " of the last load and fault",
          facts.settleSeconds() <= limit, "took " + round(facts.settleSeconds()) + " s"));
    }
    atMost(results, "events lost", report.events().lost(), maxLost);
    atMost(results, "events applied twice", report.events().appliedTwice(), maxAppliedTwice);
    if (consistent) {
      var consistency = report.consistency();
      results.add(new Expectation("read models agree with the store", consistency.ok(),
          consistency.ok() ? "consistent" : String.join("; ", consistency.mismatches().stream().limit(3).toList())));
    }
    atMost(results, "messages still parked", facts.deadLettersLeft(), maxDeadLetters);
    atLeast(results, "messages parked during the run", report.events().deadLettered(), minDeadLettered);
    atLeast(results, "orders confirmed", report.orders().confirmed(), minConfirmed);
    atLeast(results, "orders rejected", report.orders().rejected(), minRejected);
    atLeast(results, "compensations (stock released, payments refunded)", facts.compensations(), minCompensations);
    atLeast(results, "duplicates absorbed", report.events().duplicatesSuppressed(), minDuplicatesAbsorbed);
    return results;
  }

  private static void atMost(List<Expectation> results, String what, long actual, Long limit) {
    if (limit != null) results.add(new Expectation(what + " at most " + limit, actual <= limit, actual + " " + what));
  }

  private static void atLeast(List<Expectation> results, String what, long actual, Long minimum) {
    if (minimum != null) results.add(new Expectation(what + " at least " + minimum, actual >= minimum, actual + " " + what));
  }

  private static String seconds(Duration duration) {
    return round(duration.toMillis() / 1_000.0) + " s";
  }

  private static double round(double value) {
    return Math.round(value * 100.0) / 100.0;
  }
}
