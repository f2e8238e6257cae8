package dev.eventscope.services.fulfilment.domain;

import dev.eventscope.contracts.inventory.StockCommand.ReleaseStock;
import dev.eventscope.contracts.inventory.StockCommand.ReserveStock;
import dev.eventscope.contracts.inventory.StockCommand.ShipStock;
import dev.eventscope.contracts.inventory.StockEvent.StockReservationFailed;
import dev.eventscope.contracts.inventory.StockEvent.StockReserved;
import dev.eventscope.contracts.message.Accepted;
import dev.eventscope.contracts.message.Command;
import dev.eventscope.contracts.message.Event;
import dev.eventscope.contracts.message.MessageIds;
import dev.eventscope.contracts.orders.OrderCommand.ConfirmOrder;
import dev.eventscope.contracts.orders.OrderCommand.MarkOrderShipped;
import dev.eventscope.contracts.orders.OrderCommand.RejectOrder;
import dev.eventscope.contracts.orders.OrderEvent.OrderCancelled;
import dev.eventscope.contracts.orders.OrderEvent.OrderConfirmed;
import dev.eventscope.contracts.orders.OrderEvent.OrderPlaced;
import dev.eventscope.contracts.orders.OrderEvent.OrderRejected;
import dev.eventscope.contracts.orders.OrderEvent.OrderShipped;
import dev.eventscope.contracts.orders.OrderLine;
import dev.eventscope.contracts.payments.PaymentCommand.AuthorizePayment;
import dev.eventscope.contracts.payments.PaymentCommand.RefundPayment;
import dev.eventscope.contracts.payments.PaymentEvent.PaymentAuthorized;
import dev.eventscope.contracts.payments.PaymentEvent.PaymentDeclined;
import dev.eventscope.contracts.shipping.ShipmentCommand.ScheduleShipment;
import dev.eventscope.contracts.shipping.ShipmentEvent.ShipmentDispatched;
import dev.eventscope.contracts.shipping.ShipmentEvent.ShipmentScheduled;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

/**
 * One order's fulfilment: reserve every SKU, authorize the payment, schedule the shipment, confirm.
 * Each reaction answers the commands to send; sending them is the saga's job.
 *
 * <p>A failure only <em>asks</em> for the order to be rejected; stock and payment are given back
 * when OrderRejected or OrderCancelled arrives. The Order aggregate thereby settles the race between
 * a deadline and a late success: if the order got confirmed first, the rejection is refused and
 * nothing is undone. Answers that arrive after the order failed are undone as they come.
 *
 * <p>Not thread-safe: the saga guards every instance with one lock.
 */
public final class Fulfilment {
  private final UUID orderId;
  private final SortedMap<String, Integer> quantities;
  private final long totalCents;
  private final String paymentToken;
  private final Duration stepTimeout;
  private final Set<String> reserved = new TreeSet<>();
  private final Set<String> unavailable = new TreeSet<>();
  private boolean paymentAuthorized;
  private boolean paymentRequested;
  private boolean paymentAnswered;
  private FulfilmentStep step = FulfilmentStep.RESERVING_STOCK;
  private Instant deadline;
  private String rejection;
  private String note;

  private Fulfilment(OrderPlaced placed, Duration stepTimeout) {
    this.orderId = placed.orderId();
    this.quantities = new TreeMap<>(); // sorted, so commands go out in the same order on every run
    for (OrderLine line : placed.lines()) quantities.merge(line.sku(), line.quantity(), Integer::sum);
    this.totalCents = placed.totalCents();
    this.paymentToken = placed.paymentToken();
    this.stepTimeout = stepTimeout;
  }

  public static Fulfilment of(OrderPlaced placed, Duration stepTimeout) {
    return new Fulfilment(placed, stepTimeout);
  }

  /**
   * A confirmed order's fulfilment taken up again from its placement, after the saga let it go (see
   * {@link #settled}): all its stock is reserved and paid for, so a dispatched shipment ships it.
   */
  public static Fulfilment resumedConfirmed(OrderPlaced placed, Duration stepTimeout) {
    Fulfilment fulfilment = new Fulfilment(placed, stepTimeout);
    fulfilment.reserved.addAll(fulfilment.quantities.keySet());
    fulfilment.paymentRequested = true;
    fulfilment.paymentAnswered = true;
    fulfilment.paymentAuthorized = true;
    fulfilment.step = FulfilmentStep.CONFIRMED;
    fulfilment.note = "confirmed";
    return fulfilment;
  }

  /**
   * True once the fulfilment has an outcome and every answer it asked for is in (each SKU reserved
   * or refused; the payment, if requested, authorized or declined): no late answer can come that
   * would need undoing. Only an operator's dispatch of a confirmed order's shipment can still
   * follow, and {@link #resumedConfirmed} handles that.
   */
  public boolean settled() {
    return step.finished() && reserved.size() + unavailable.size() >= quantities.size() && (!paymentRequested || paymentAnswered);
  }

  /** The payment's id: derived from the order, so every re-sent AuthorizePayment names the same payment. */
  public static UUID paymentIdFor(UUID orderId) {
    return MessageIds.derived("payment:" + orderId);
  }

  public static UUID shipmentIdFor(UUID orderId) {
    return MessageIds.derived("shipment:" + orderId);
  }

  public List<Command<Accepted>> start(Instant now) {
    waitFor(FulfilmentStep.RESERVING_STOCK, now);
    List<Command<Accepted>> reservations = new ArrayList<>();
    quantities.forEach((sku, quantity) -> reservations.add(new ReserveStock(sku, orderId, quantity)));
    return reservations;
  }

  public List<Command<Accepted>> on(Event event, Instant now) {
    if (event instanceof StockReserved reservation) return stockReserved(reservation.sku(), now);
    if (event instanceof StockReservationFailed failure) return stockUnavailable(failure.sku(), now);
    if (event instanceof PaymentAuthorized) return paymentAuthorized(now);
    if (event instanceof PaymentDeclined declined) return paymentDeclined(declined.reason(), now);
    if (event instanceof ShipmentScheduled) return shipmentScheduled(now);
    if (event instanceof OrderConfirmed) return ended(FulfilmentStep.CONFIRMED, "confirmed");
    if (event instanceof OrderRejected rejected) return ended(FulfilmentStep.REJECTED, "rejected: " + rejected.reason());
    if (event instanceof OrderCancelled cancelled) {
      return ended(FulfilmentStep.CANCELLED, cancelled.reason() == null ? "cancelled" : "cancelled: " + cancelled.reason());
    }
    if (event instanceof ShipmentDispatched dispatched) return shipmentDispatched(dispatched.shipmentId());
    if (event instanceof OrderShipped && step == FulfilmentStep.CONFIRMED) {
      step = FulfilmentStep.SHIPPED;
      note = "shipped";
    }
    return List.of();
  }

  public boolean overdue(Instant now) {
    return step.waiting() && !now.isBefore(deadline);
  }

  /** What to do once the step's deadline has passed: fail a forward step, or ask again for the rejection. */
  public List<Command<Accepted>> onDeadline(Instant now) {
    if (!overdue(now)) return List.of();
    if (step == FulfilmentStep.REJECTING_ORDER) {
      waitFor(FulfilmentStep.REJECTING_ORDER, now);
      return List.of(new RejectOrder(orderId, rejection));
    }
    return askRejection("timed out waiting for " + step.awaited(), now);
  }

  private List<Command<Accepted>> stockReserved(String sku, Instant now) {
    if (!quantities.containsKey(sku) || !reserved.add(sku)) return List.of();
    if (step == FulfilmentStep.RESERVING_STOCK) return afterStockAnswer(now);
    if (step.failed()) return List.of(new ReleaseStock(sku, orderId)); // a late reservation for an order that is over
    return List.of(); // while rejecting: released once the order really is rejected
  }

  private List<Command<Accepted>> stockUnavailable(String sku, Instant now) {
    if (!quantities.containsKey(sku) || !unavailable.add(sku)) return List.of();
    return step == FulfilmentStep.RESERVING_STOCK ? afterStockAnswer(now) : List.of();
  }

  private List<Command<Accepted>> afterStockAnswer(Instant now) {
    if (reserved.size() + unavailable.size() < quantities.size()) return List.of();
    if (!unavailable.isEmpty()) return askRejection("out of stock: " + String.join(", ", unavailable), now);
    waitFor(FulfilmentStep.AUTHORIZING_PAYMENT, now);
    paymentRequested = true;
    return List.of(new AuthorizePayment(paymentIdFor(orderId), orderId, totalCents, paymentToken));
  }

  private List<Command<Accepted>> paymentAuthorized(Instant now) {
    if (paymentAuthorized) return List.of();
    paymentAuthorized = true;
    paymentAnswered = true;
    if (step == FulfilmentStep.AUTHORIZING_PAYMENT) {
      waitFor(FulfilmentStep.SCHEDULING_SHIPMENT, now);
      return List.of(new ScheduleShipment(shipmentIdFor(orderId), orderId));
    }
    if (step.failed()) return List.of(refund()); // a late authorization for an order that is over
    return List.of();
  }

  private List<Command<Accepted>> paymentDeclined(String reason, Instant now) {
    paymentAnswered = true;
    if (step != FulfilmentStep.AUTHORIZING_PAYMENT) return List.of();
    return askRejection("payment declined: " + reason, now);
  }

  private List<Command<Accepted>> shipmentScheduled(Instant now) {
    // A shipment scheduled for an order that has failed stays scheduled: the contracts have no command to cancel one.
    if (step != FulfilmentStep.SCHEDULING_SHIPMENT) return List.of();
    waitFor(FulfilmentStep.CONFIRMING_ORDER, now);
    return List.of(new ConfirmOrder(orderId));
  }

  /** After confirmation the saga only follows the goods: a dispatched shipment ships the reserved stock and the order. */
  private List<Command<Accepted>> shipmentDispatched(UUID shipmentId) {
    if (step != FulfilmentStep.CONFIRMED) return List.of();
    List<Command<Accepted>> commands = new ArrayList<>();
    quantities.keySet().forEach(sku -> commands.add(new ShipStock(sku, orderId)));
    commands.add(new MarkOrderShipped(orderId, shipmentId));
    return commands;
  }

  private List<Command<Accepted>> ended(FulfilmentStep outcome, String description) {
    if (step.finished()) return List.of();
    step = outcome;
    deadline = null;
    note = description;
    if (!outcome.failed()) return List.of();
    List<Command<Accepted>> compensations = new ArrayList<>();
    reserved.forEach(sku -> compensations.add(new ReleaseStock(sku, orderId)));
    if (paymentAuthorized) compensations.add(refund());
    return compensations;
  }

  private List<Command<Accepted>> askRejection(String reason, Instant now) {
    rejection = reason;
    note = reason;
    waitFor(FulfilmentStep.REJECTING_ORDER, now);
    return List.of(new RejectOrder(orderId, reason));
  }

  private RefundPayment refund() {
    return new RefundPayment(paymentIdFor(orderId), "order " + orderId + " " + note);
  }

  private void waitFor(FulfilmentStep next, Instant now) {
    step = next;
    deadline = now.plus(stepTimeout); // wall clock: a rebuild re-reads old events and must not expire them all at once
  }

  public UUID orderId() {
    return orderId;
  }

  public FulfilmentStep step() {
    return step;
  }

  /** When the current step times out; null once the fulfilment has an outcome. */
  public Instant deadline() {
    return deadline;
  }

  public String note() {
    if (step != FulfilmentStep.RESERVING_STOCK) return note;
    Set<String> pending = new TreeSet<>(quantities.keySet());
    pending.removeAll(reserved);
    pending.removeAll(unavailable);
    return "waiting for stock of " + String.join(", ", pending);
  }
}
