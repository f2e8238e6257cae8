package dev.eventscope.runtime.store;

import com.fasterxml.jackson.databind.JsonNode;
import dev.eventscope.contracts.message.Event;

/**
 * The payload a store answers for an event it holds but cannot decode: a body that is not JSON, a
 * type the registry does not know, a schema version newer than this build, a payload that does not
 * fit its contract. The event keeps its position and whatever envelope fields were readable, so
 * readers move past it instead of failing or waiting on it, and each reader reports it.
 *
 * @param reason why it could not be decoded, in one line
 * @param stored the payload as stored (a JSON string node when the stored text is not JSON)
 */
public record UndecodableEvent(String reason, JsonNode stored) implements Event {}
