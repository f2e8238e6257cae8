/**
 * What the broker strategies (Kafka, RabbitMQ, Redis Streams) share: the bytes a broker carries —
 * the envelope JSON of the contracts' codec plus the event's store position, the ids again as
 * broker headers (DESIGN.md, Conventions, Wire format) — and how a delivery thread retries a
 * consumer that cannot take an event yet.
 */
package dev.eventscope.runtime.bus.broker;
