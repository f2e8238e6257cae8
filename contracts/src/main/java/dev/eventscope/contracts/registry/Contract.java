package dev.eventscope.contracts.registry;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.eventscope.contracts.message.Message;
import dev.eventscope.contracts.message.MessageKind;

/**
 * One registered message type: its wire name, Java type, owning bounded context, current schema
 * version and JSON schema.
 */
public record Contract(
    String name, Class<? extends Message> type, MessageKind kind, String context, int version, ObjectNode schema) {}
