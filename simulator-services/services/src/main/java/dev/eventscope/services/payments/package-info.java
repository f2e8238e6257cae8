/**
 * The payments bounded context: one {@code Payment} aggregate per order's payment, authorized
 * through a {@code PaymentGateway} port (simulated here, fault-injectable by wrapping it), declined
 * as a business outcome, and refunded when the saga compensates. The gateway is an outside effect,
 * so it is asked at most once per payment and never while events are applied.
 */
package dev.eventscope.services.payments;
