package dev.eventscope.services.bench;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One run of the {@code bus} workload; keys follow DESIGN.md (Reports, {@code bench}). The raw
 * client's figures are there for brokers only (the in-memory bus has no raw client to compare with).
 *
 * @param messagesPerSecond envelopes published through the bus and applied by the subscriber, per second
 * @param latencyUs publish (handed to the bus) to apply (the subscriber has it), in microseconds
 * @param rawClientPerSecond the broker's own client moving the same bytes with the same guarantees
 * @param ratioToRaw {@code messagesPerSecond / rawClientPerSecond}
 */
public record BusBenchResult(
    String workload,
    String bus,
    int messages,
    int warmup,
    int threads,
    int publishBatch,
    double messagesPerSecond,
    BenchResult.LatencyUs latencyUs,
    long allocBytesPerMessage,
    @JsonInclude(JsonInclude.Include.NON_NULL) Double rawClientPerSecond,
    @JsonInclude(JsonInclude.Include.NON_NULL) Double ratioToRaw) {}
