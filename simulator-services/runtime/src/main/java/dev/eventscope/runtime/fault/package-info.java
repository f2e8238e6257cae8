/**
 * Fault injection: a live switchboard ({@link dev.eventscope.runtime.fault.Faults}) read by a bus
 * decorator that works over every strategy and by a hook in front of every subscriber. Each
 * injected fault is recorded as a {@code FAULT} hop from a {@code fault:<kind>} node.
 */
package dev.eventscope.runtime.fault;
