/**
 * The Kafka strategy: a topic per bounded context keyed by aggregate id (so each aggregate keeps
 * its order within a partition), an idempotent producer that waits for all replicas, one consumer
 * group per subscriber that commits only what the subscriber took, and a dead-letter topic for
 * what cannot be read. Also the single-node KRaft broker that tests and {@code eventscope sandbox
 * kafka} run in the JVM from the bundled jars.
 */
package dev.eventscope.runtime.bus.kafka;
