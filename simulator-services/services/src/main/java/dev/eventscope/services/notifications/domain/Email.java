package dev.eventscope.services.notifications.domain;

import java.util.UUID;

/** A message to a customer about one order. */
public record Email(String to, String subject, String body, UUID orderId) {}
