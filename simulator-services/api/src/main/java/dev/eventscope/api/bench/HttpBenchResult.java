package dev.eventscope.api.bench;

import dev.eventscope.services.bench.BenchResult;

/**
 * One run of the {@code http} workload; keys follow DESIGN.md (Reports, {@code bench}).
 *
 * @param commandsPerSecond PlaceOrder over HTTP, answered, per second
 * @param inProcessCommandsPerSecond the same commands through the mediator in the same process
 * @param ratio {@code commandsPerSecond / inProcessCommandsPerSecond}
 * @param latencyUs per HTTP request, send to answer, in microseconds
 * @param inProcessLatencyUs per in-process send, in microseconds
 */
public record HttpBenchResult(
    String workload,
    String bus,
    String store,
    int connections,
    int commands,
    int warmup,
    double commandsPerSecond,
    double inProcessCommandsPerSecond,
    double ratio,
    BenchResult.LatencyUs latencyUs,
    BenchResult.LatencyUs inProcessLatencyUs) {}
