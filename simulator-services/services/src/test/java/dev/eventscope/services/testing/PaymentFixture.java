package dev.eventscope.services.testing;

import dev.eventscope.contracts.payments.PaymentCommand.AuthorizePayment;
import dev.eventscope.contracts.payments.PaymentCommand.RefundPayment;
import dev.eventscope.contracts.payments.PaymentEvent.PaymentAuthorized;
import dev.eventscope.contracts.payments.PaymentEvent.PaymentDeclined;
import java.util.UUID;

/** One 6.00 EUR payment for the fixture order. */
public final class PaymentFixture {
  public static final UUID PAYMENT_ID = UUID.fromString("0190a000-0000-7000-8000-0000000000aa");
  public static final UUID ORDER_ID = OrderFixture.ORDER_ID;
  public static final long AMOUNT = 600;

  private PaymentFixture() {}

  public static AuthorizePayment authorizePayment(String token) {
    return new AuthorizePayment(PAYMENT_ID, ORDER_ID, AMOUNT, token);
  }

  public static RefundPayment refundPayment() {
    return new RefundPayment(PAYMENT_ID, "order cancelled");
  }

  public static PaymentAuthorized authorized() {
    return new PaymentAuthorized(PAYMENT_ID, ORDER_ID, AMOUNT);
  }

  public static PaymentDeclined declined() {
    return new PaymentDeclined(PAYMENT_ID, ORDER_ID, AMOUNT, "card declined by the issuer");
  }
}
