package dev.eventscope.runtime.system;

import dev.eventscope.contracts.registry.ContractRegistry;
import dev.eventscope.runtime.fault.Faults;
import dev.eventscope.runtime.mediator.CommandForwarder;
import dev.eventscope.runtime.metrics.Metrics;
import dev.eventscope.runtime.subscriber.Subscriber;
import dev.eventscope.runtime.trace.FlowTracer;
import java.util.function.Predicate;

/**
 * What a run may vary in the runtime itself: the contracts, the tracer (enabled or not), how
 * often a subscriber tries a message before parking it, how often a command is retried after a
 * concurrency conflict, the live fault switchboard (all off by default), whether the outbox stops
 * at an undecodable stored event (by default it reports and passes it), where commands of contexts
 * running in other processes go (none by default: every context runs here), and which of the
 * registered subscribers run (all by default).
 */
public record SystemOptions(ContractRegistry registry, FlowTracer tracer, Metrics metrics, int deliveryAttempts, int conflictRetries,
    Faults faults, boolean stopAtUndecodable, CommandForwarder forwarder, Predicate<Subscriber> runs) {
  public static SystemOptions defaults(ContractRegistry registry) {
    return new SystemOptions(registry, new FlowTracer(65_536, true), new Metrics(), 5, 10, new Faults(), false, null, subscriber -> true);
  }

  /** Runs only the subscribers {@code value} accepts (a replica leaves the acting ones to its service's first process). */
  public SystemOptions withSubscribers(Predicate<Subscriber> value) {
    return new SystemOptions(registry, tracer, metrics, deliveryAttempts, conflictRetries, faults, stopAtUndecodable, forwarder, value);
  }

  /** Commands no context of this process handles go to {@code value}. */
  public SystemOptions withForwarder(CommandForwarder value) {
    return new SystemOptions(registry, tracer, metrics, deliveryAttempts, conflictRetries, faults, stopAtUndecodable, value, runs);
  }

  public SystemOptions withTracer(FlowTracer tracer) {
    return new SystemOptions(registry, tracer, metrics, deliveryAttempts, conflictRetries, faults, stopAtUndecodable, forwarder, runs);
  }

  public SystemOptions withFaults(Faults value) {
    return new SystemOptions(registry, tracer, metrics, deliveryAttempts, conflictRetries, value, stopAtUndecodable, forwarder, runs);
  }

  /** Whether the outbox holds at a stored event it cannot decode instead of reporting and passing it. */
  public SystemOptions withStopAtUndecodable(boolean stop) {
    return new SystemOptions(registry, tracer, metrics, deliveryAttempts, conflictRetries, faults, stop, forwarder, runs);
  }
}
