package dev.eventscope.console.scenarios;

import dev.eventscope.console.ui.UiExecutor;
import dev.eventscope.runtime.fault.FaultSettings;
import dev.eventscope.runtime.fault.Faults;
import dev.eventscope.runtime.fault.HandlerFault;
import dev.eventscope.runtime.fault.Latency;
import java.util.function.BiFunction;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.Property;

/**
 * The fault sliders' state, two-way with the running system's {@link Faults}: a change here acts
 * on the next message; a change made elsewhere (a scenario starting, a timeline step, "clear")
 * shows here. Rates are probabilities (0..1), times milliseconds.
 */
public final class FaultControlsViewModel {
  private final Faults faults;
  private final UiExecutor ui;
  private final DoubleProperty paymentDeclineRate = new SimpleDoubleProperty(this, "paymentDeclineRate");
  private final DoubleProperty stockShortageRate = new SimpleDoubleProperty(this, "stockShortageRate");
  private final DoubleProperty dropRate = new SimpleDoubleProperty(this, "dropRate");
  private final DoubleProperty duplicateRate = new SimpleDoubleProperty(this, "duplicateRate");
  private final DoubleProperty reorderRate = new SimpleDoubleProperty(this, "reorderRate");
  private final DoubleProperty latencyMs = new SimpleDoubleProperty(this, "latencyMs");
  private final DoubleProperty slowProjectionMs = new SimpleDoubleProperty(this, "slowProjectionMs");
  private final DoubleProperty handlerExceptionRate = new SimpleDoubleProperty(this, "handlerExceptionRate");
  private final BooleanProperty outage = new SimpleBooleanProperty(this, "outage");
  private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("no faults");
  private boolean showing;

  public FaultControlsViewModel(Faults faults, UiExecutor ui) {
    this.faults = faults;
    this.ui = ui;
    pushes(paymentDeclineRate, (f, v) -> f.withPaymentDeclineRate(v.doubleValue()));
    pushes(stockShortageRate, (f, v) -> f.withStockShortageRate(v.doubleValue()));
    pushes(dropRate, (f, v) -> f.withBus(f.bus().withDropRate(v.doubleValue())));
    pushes(duplicateRate, (f, v) -> f.withBus(f.bus().withDuplicateRate(v.doubleValue())));
    pushes(reorderRate, (f, v) -> f.withBus(f.bus().withReorderRate(v.doubleValue())));
    pushes(latencyMs, (f, v) -> f.withBus(f.bus().withLatency(Latency.fixed(Math.round(v.doubleValue())))));
    pushes(slowProjectionMs, (f, v) -> f.withSlowProjectionMs(Math.round(v.doubleValue())));
    pushes(handlerExceptionRate, (f, v) -> f.withHandler(FaultSettings.EVERY_SUBSCRIBER,
        new HandlerFault(v.doubleValue(), f.handler(FaultSettings.EVERY_SUBSCRIBER).poisonRate())));
    pushes(outage, (f, v) -> f.withOutage(v));
    show(faults.settings());
    faults.onChange((previous, next) -> ui.execute(() -> show(next)));
  }

  /** A user's change goes to the system at once; the system's own changes are only shown. */
  private <T> void pushes(Property<T> property, BiFunction<FaultSettings, T, FaultSettings> change) {
    property.addListener((obs, old, value) -> {
      if (!showing) faults.update(current -> change.apply(current, value));
    });
  }

  private void show(FaultSettings settings) {
    showing = true;
    try {
      paymentDeclineRate.set(settings.paymentDeclineRate());
      stockShortageRate.set(settings.stockShortageRate());
      dropRate.set(settings.bus().dropRate());
      duplicateRate.set(settings.bus().duplicateRate());
      reorderRate.set(settings.bus().reorderRate());
      latencyMs.set(typicalMs(settings.bus().latency()));
      slowProjectionMs.set(settings.slowProjectionMs());
      handlerExceptionRate.set(settings.handler(FaultSettings.EVERY_SUBSCRIBER).exceptionRate());
      outage.set(settings.outage());
      summary.set(describe(settings));
    } finally {
      showing = false;
    }
  }

  private static double typicalMs(Latency latency) {
    return switch (latency.shape()) {
      case NONE -> 0;
      case FIXED, EXPONENTIAL -> latency.minMs();
      case UNIFORM -> (latency.minMs() + latency.maxMs()) / 2;
    };
  }

  private static String describe(FaultSettings settings) {
    if (!settings.any()) return "no faults";
    if (settings.outage()) return "broker down";
    return "faults on";
  }

  /** UI thread: every fault off. */
  public void clearAll() {
    faults.clear();
  }

  public DoubleProperty paymentDeclineRateProperty() {
    return paymentDeclineRate;
  }

  public DoubleProperty stockShortageRateProperty() {
    return stockShortageRate;
  }

  public DoubleProperty dropRateProperty() {
    return dropRate;
  }

  public DoubleProperty duplicateRateProperty() {
    return duplicateRate;
  }

  public DoubleProperty reorderRateProperty() {
    return reorderRate;
  }

  public DoubleProperty latencyMsProperty() {
    return latencyMs;
  }

  public DoubleProperty slowProjectionMsProperty() {
    return slowProjectionMs;
  }

  public DoubleProperty handlerExceptionRateProperty() {
    return handlerExceptionRate;
  }

  public BooleanProperty outageProperty() {
    return outage;
  }

  public ReadOnlyStringProperty summaryProperty() {
    return summary.getReadOnlyProperty();
  }
}
