package dev.eventscope.services.payments.domain;

/** What the gateway said about an authorization; {@code declineReason} is set only when it was declined. */
public record GatewayAnswer(boolean approved, String declineReason) {
  public static GatewayAnswer approve() {
    return new GatewayAnswer(true, null);
  }

  public static GatewayAnswer decline(String reason) {
    return new GatewayAnswer(false, reason);
  }
}
