/**
 * Local servers for trying the real paths without installing anything, bound to loopback only:
 * the MongoDB-wire server that {@code eventscope sandbox mongo} runs and that tests use to reach
 * the MongoDB code through the official driver (and, later, a single-node Kafka broker).
 */
package dev.eventscope.services.sandbox;
