package dev.eventscope.services.fulfilment;

import dev.eventscope.contracts.OrderFulfilmentContracts;
import dev.eventscope.runtime.system.BoundedContext;
import dev.eventscope.runtime.system.Wiring;
import dev.eventscope.services.fulfilment.application.CommandLanes;
import dev.eventscope.services.fulfilment.application.FulfilmentSaga;
import dev.eventscope.services.fulfilment.application.GetFulfilmentHandler;
import dev.eventscope.services.fulfilment.application.ListActiveFulfilmentsHandler;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

/**
 * The fulfilment context's composition root: the saga as a subscriber, its two queries, and the
 * periodic deadline check on the shared scheduler.
 */
public final class FulfilmentContext implements BoundedContext {
  public static final Duration DEFAULT_STEP_DEADLINE = Duration.ofSeconds(30);
  private static final Duration LONGEST_CHECK_PERIOD = Duration.ofSeconds(1);
  private static final Duration SHORTEST_CHECK_PERIOD = Duration.ofMillis(10);

  private final Duration stepDeadline;
  private final Duration checkEvery;
  private final Clock clock;
  private CommandLanes lanes = CommandLanes.INLINE;
  private FulfilmentSaga saga;

  public FulfilmentContext() {
    this(DEFAULT_STEP_DEADLINE);
  }

  /** Each waiting step may take {@code stepDeadline} before the order is rejected as timed out. */
  public FulfilmentContext(Duration stepDeadline) {
    this(stepDeadline, checkPeriodFor(stepDeadline), Clock.systemUTC());
  }

  /** Full control, for tests: how often deadlines are checked and the clock they are measured on. */
  public FulfilmentContext(Duration stepDeadline, Duration checkEvery, Clock clock) {
    if (stepDeadline.isNegative() || stepDeadline.isZero()) throw new IllegalArgumentException("the step deadline must be positive");
    if (checkEvery.isNegative() || checkEvery.isZero()) throw new IllegalArgumentException("the check period must be positive");
    this.stepDeadline = stepDeadline;
    this.checkEvery = checkEvery;
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public String name() {
    return OrderFulfilmentContracts.FULFILMENT;
  }

  @Override
  public void register(Wiring wiring) {
    saga = new FulfilmentSaga(wiring.mediator(), stepDeadline, clock, wiring.metrics()).sendingOn(lanes)
        .resumingConfirmedFrom(wiring.store());
    wiring.subscriber(saga);
    wiring.query(new GetFulfilmentHandler(saga));
    wiring.query(new ListActiveFulfilmentsHandler(saga));
    long period = checkEvery.toMillis();
    wiring.scheduler().scheduleWithFixedDelay(saga::checkDeadlines, period, period, TimeUnit.MILLISECONDS);
  }

  /** The saga sends its commands over these lanes (concurrent ones when the commands cross processes). */
  public FulfilmentContext sendingOn(CommandLanes value) {
    this.lanes = value;
    return this;
  }

  /** The saga, once registered (tests drive its deadline check directly). */
  public FulfilmentSaga saga() {
    return Objects.requireNonNull(saga, "register the context first");
  }

  public Duration stepDeadline() {
    return stepDeadline;
  }

  /** Often enough that a deadline is noticed within a quarter of it, at most once a second. */
  private static Duration checkPeriodFor(Duration stepDeadline) {
    Duration quarter = stepDeadline.dividedBy(4);
    if (quarter.compareTo(LONGEST_CHECK_PERIOD) > 0) return LONGEST_CHECK_PERIOD;
    return quarter.compareTo(SHORTEST_CHECK_PERIOD) < 0 ? SHORTEST_CHECK_PERIOD : quarter;
  }
}
