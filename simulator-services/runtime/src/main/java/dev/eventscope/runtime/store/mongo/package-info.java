/**
 * The MongoDB store through the official driver, for operators who keep their events in MongoDB.
 * No multi-document transactions: a position counter, unique indexes on (aggregateId, version)
 * and messageId, and readers that hold back at holes until they fill or a bound passes make it
 * gap-safe and idempotent.
 */
package dev.eventscope.runtime.store.mongo;
