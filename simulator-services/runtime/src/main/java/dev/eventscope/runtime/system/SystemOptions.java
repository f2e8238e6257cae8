package dev.eventscope.runtime.system;

import dev.eventscope.contracts.registry.ContractRegistry;
import dev.eventscope.runtime.fault.Faults;
import dev.eventscope.runtime.metrics.Metrics;
import dev.eventscope.runtime.trace.FlowTracer;

/**
 * What a run may vary in the runtime itself: the contracts, the tracer (enabled or not), how
 * often a subscriber tries a message before parking it, how often a command is retried after a
 * concurrency conflict, and the live fault switchboard (all off by default).
 */
public record SystemOptions(ContractRegistry registry, FlowTracer tracer, Metrics metrics, int deliveryAttempts, int conflictRetries,
    Faults faults) {
  public static SystemOptions defaults(ContractRegistry registry) {
    return new SystemOptions(registry, new FlowTracer(65_536, true), new Metrics(), 5, 10, new Faults());
  }

  public SystemOptions withTracer(FlowTracer tracer) {
    return new SystemOptions(registry, tracer, metrics, deliveryAttempts, conflictRetries, faults);
  }

  public SystemOptions withFaults(Faults value) {
    return new SystemOptions(registry, tracer, metrics, deliveryAttempts, conflictRetries, value);
  }
}
