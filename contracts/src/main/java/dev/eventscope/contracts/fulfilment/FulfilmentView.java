package dev.eventscope.contracts.fulfilment;

import java.time.Instant;
import java.util.UUID;

/** One saga instance: its current step, when that step times out, and whether it is compensating. */
public record FulfilmentView(UUID orderId, String step, Instant deadline, boolean compensating, boolean finished, String note) {}
