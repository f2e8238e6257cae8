/**
 * The Redis Streams strategy: a stream per bounded context, a consumer group per subscriber, one
 * blocking reader per subscriber. Redis here keeps nothing on disk, so the strategy assumes it may
 * forget: what it published and no local group acknowledged yet is kept until acknowledged and
 * published again when Redis comes back empty; subscribers fill any other hole from the store.
 */
package dev.eventscope.runtime.bus.redis;
