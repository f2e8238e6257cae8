/**
 * The order-flow workload on Axon Framework 4.13: an annotated event-sourced aggregate, an
 * indexed in-memory storage engine under the EmbeddedEventStore, a subscribing projection that
 * answers the summary query. The comparison baseline, kept idiomatic rather than tuned.
 */
package dev.eventscope.benchmarks.axon;
