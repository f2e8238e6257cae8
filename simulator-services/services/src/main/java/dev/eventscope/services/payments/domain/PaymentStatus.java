package dev.eventscope.services.payments.domain;

/** Where a payment stands once the gateway has answered. */
public enum PaymentStatus {
  AUTHORIZED,
  DECLINED,
  REFUNDED
}
