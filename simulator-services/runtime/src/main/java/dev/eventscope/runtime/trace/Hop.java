package dev.eventscope.runtime.trace;

import java.util.UUID;

/**
 * One step of a message through the system: from one node to another, when, how long, and how
 * it ended. Nodes are named {@code kind:name} ({@code handler:PlaceOrder}, {@code aggregate:Order},
 * {@code subscriber:order-summary}) or a bare component ({@code mediator}, {@code store},
 * {@code outbox}, {@code bus:memory}). {@code detail} carries a rejection reason, an error or a
 * fault's description.
 */
public record Hop(
    String from,
    String to,
    UUID messageId,
    String messageType,
    UUID correlationId,
    UUID causationId,
    long startedAtMicros,
    long durationMicros,
    Outcome outcome,
    String detail,
    boolean replay) {}
