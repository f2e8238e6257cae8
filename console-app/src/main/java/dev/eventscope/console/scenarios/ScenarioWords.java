package dev.eventscope.console.scenarios;

import dev.eventscope.services.scenario.BusFaultSpec;
import dev.eventscope.services.scenario.Expectations;
import dev.eventscope.services.scenario.HandlerFaultSpec;
import dev.eventscope.services.scenario.LoadProfile;
import dev.eventscope.services.scenario.OutageWindow;
import dev.eventscope.services.scenario.Scenario;
import dev.eventscope.services.scenario.ScenarioFaults;
import dev.eventscope.services.scenario.TimelineStep;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A scenario's load, faults and expectations in sentences an audience reads before the start. */
final class ScenarioWords {
  private ScenarioWords() {}

  static String load(Scenario scenario) {
    String count = scenario.orders() != null ? scenario.orders() + " orders" : "orders";
    String limit = scenario.duration() != null ? " for at most " + seconds(scenario.duration()) : "";
    LoadProfile load = scenario.load();
    String pace = switch (load.profile()) {
      case CONSTANT -> load.rate() == null ? "as fast as the system takes them" : "at " + number(load.rate()) + " per second";
      case RAMP -> "ramping from " + number(load.from()) + " to " + number(load.to()) + " per second over " + seconds(load.over());
      case BURSTS -> "at " + number(load.rate()) + " per second with bursts of " + number(load.burstRate()) + " per second for "
          + seconds(load.burstLength()) + " every " + seconds(load.every());
    };
    return count + limit + ", " + pace + "; " + scenario.customers().count() + " customers, " + scenario.skus().count() + " products.";
  }

  static List<String> faults(Scenario scenario) {
    List<String> lines = faults(scenario.faults());
    for (OutageWindow outage : scenario.faults().outages()) {
      lines.add("the broker goes down " + seconds(outage.at()) + " in, for " + seconds(outage.duration()));
    }
    for (TimelineStep step : scenario.timeline()) lines.add("at " + seconds(step.at()) + ": " + step(step));
    if (lines.isEmpty()) lines.add("no faults: everything works");
    return lines;
  }

  private static List<String> faults(ScenarioFaults faults) {
    List<String> lines = new ArrayList<>();
    if (positive(faults.paymentDeclineRate())) lines.add("the payment provider declines " + percent(faults.paymentDeclineRate()) + " of payments");
    if (positive(faults.stockShortageRate())) lines.add(percent(faults.stockShortageRate()) + " of orders ask for more than the stock holds");
    BusFaultSpec bus = faults.bus();
    if (bus != null) {
      if (bus.latency() != null) lines.add("the bus holds each delivery back " + bus.latency().toLatency());
      if (positive(bus.dropRate())) lines.add("the bus drops " + percent(bus.dropRate()) + " of deliveries");
      if (positive(bus.duplicateRate())) lines.add("the bus delivers " + percent(bus.duplicateRate()) + " twice");
      if (positive(bus.reorderRate())) lines.add("the bus lets " + percent(bus.reorderRate()) + " be overtaken");
    }
    for (Map.Entry<String, HandlerFaultSpec> handler : faults.handlers().entrySet()) {
      String who = "*".equals(handler.getKey()) ? "every subscriber" : handler.getKey();
      HandlerFaultSpec fault = handler.getValue();
      if (positive(fault.exceptionRate())) lines.add(who + " fails on " + percent(fault.exceptionRate()) + " of messages (a retry helps)");
      if (positive(fault.poisonRate())) lines.add(who + " meets " + percent(fault.poisonRate()) + " poison messages (they get parked)");
    }
    if (faults.slowProjectionMs() != null && faults.slowProjectionMs() > 0) {
      lines.add("projections take " + faults.slowProjectionMs() + " ms longer per event");
    }
    return lines;
  }

  private static String step(TimelineStep step) {
    List<String> parts = new ArrayList<>();
    if (step.say() != null && !step.say().isBlank()) parts.add(step.say().strip());
    else {
      if (step.clear()) parts.add("every fault is switched off");
      if (step.set() != null) parts.addAll(faults(step.set()));
      if (step.retryDeadLetters()) parts.add("the parked messages are retried");
    }
    return String.join("; ", parts);
  }

  static List<String> expectations(Expectations expect) {
    List<String> lines = new ArrayList<>();
    if (expect.allOrdersFinal()) {
      lines.add("every order reaches a final status" + (expect.finalWithin() != null
          ? " within " + seconds(expect.finalWithin()) + " of the last load and fault" : ""));
    }
    lines.add(expect.maxLost() == 0 ? "no event is lost" : "at most " + expect.maxLost() + " events lost");
    lines.add(expect.maxAppliedTwice() == 0 ? "no event is applied twice" : "at most " + expect.maxAppliedTwice() + " events applied twice");
    if (expect.consistent()) lines.add("the read models agree with the event store");
    atLeast(lines, expect.minConfirmed(), "orders confirmed");
    atLeast(lines, expect.minRejected(), "orders rejected");
    atLeast(lines, expect.minCompensations(), "compensations (stock released, payments refunded)");
    atLeast(lines, expect.minDuplicatesAbsorbed(), "duplicates absorbed");
    atLeast(lines, expect.minDeadLettered(), "messages parked during the run");
    if (expect.maxDeadLetters() != null) {
      lines.add(expect.maxDeadLetters() == 0 ? "nothing is left parked at the end" : "at most " + expect.maxDeadLetters() + " messages left parked");
    }
    return lines;
  }

  private static void atLeast(List<String> lines, Long minimum, String what) {
    if (minimum != null) lines.add("at least " + minimum + " " + what);
  }

  private static boolean positive(Double value) {
    return value != null && value > 0;
  }

  static String percent(double rate) {
    double percent = rate * 100;
    return (percent == Math.rint(percent) ? String.valueOf((long) percent) : String.format(Locale.ROOT, "%.1f", percent)) + "%";
  }

  private static String number(Double value) {
    return value == Math.rint(value) ? String.valueOf(value.longValue()) : String.format(Locale.ROOT, "%.1f", value);
  }

  static String seconds(Duration duration) {
    long millis = duration.toMillis();
    return millis % 1_000 == 0 ? millis / 1_000 + " s" : String.format(Locale.ROOT, "%.1f s", millis / 1_000.0);
  }
}
