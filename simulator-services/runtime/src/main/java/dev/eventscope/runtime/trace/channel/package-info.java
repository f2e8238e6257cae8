/**
 * The fleet's trace channel: several Eventscope processes share one broker, and each publishes
 * the hops its own {@link dev.eventscope.runtime.trace.FlowTracer} records on a channel
 * ({@code <prefix>.trace}, so {@code eventscope.trace} by default) and records the other processes'
 * hops into its tracer, so a console attached to any one process sees the whole fleet's flow.
 * Tracing is best effort: publishing never blocks the traced code and a broker that is away costs
 * dropped hops, counted, never a failure. {@link dev.eventscope.runtime.trace.channel.TraceRelay}
 * joins a tracer to a channel without echoing hops back.
 */
package dev.eventscope.runtime.trace.channel;
