/**
 * The RabbitMQ strategy: one topic exchange, a durable quorum queue per subscriber bound to the
 * contexts it reads, publisher confirms, manual acknowledgements after the subscriber took an
 * event, and a dead-letter exchange for messages that cannot be read or that kept coming back.
 * The client's automatic recovery reconnects with back-off; the broker keeps queued messages
 * on disk across its own restarts.
 */
package dev.eventscope.runtime.bus.rabbitmq;
