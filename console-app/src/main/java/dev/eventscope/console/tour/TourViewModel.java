package dev.eventscope.console.tour;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleIntegerProperty;

/**
 * Where the tour is: showing or not, and which step. Finishing or skipping it calls {@code seen},
 * which remembers that this user has had the tour.
 */
public final class TourViewModel {
  private static final TourStep[] STEPS = TourStep.values();

  private final ReadOnlyBooleanWrapper showing = new ReadOnlyBooleanWrapper(false);
  private final IntegerProperty index = new SimpleIntegerProperty(0);
  private final ObjectBinding<TourStep> step = Bindings.createObjectBinding(() -> STEPS[index.get()], index);
  private final Runnable seen;

  public TourViewModel(Runnable seen) {
    this.seen = seen;
  }

  public void open() {
    index.set(0);
    showing.set(true);
  }

  public void next() {
    if (index.get() < STEPS.length - 1) index.set(index.get() + 1);
    else finish();
  }

  public void back() {
    if (index.get() > 0) index.set(index.get() - 1);
  }

  /** Skipping counts as seen: the tour does not come back by itself, only from Help. */
  public void finish() {
    showing.set(false);
    seen.run();
  }

  public ReadOnlyBooleanProperty showingProperty() {
    return showing.getReadOnlyProperty();
  }

  public ObjectBinding<TourStep> stepProperty() {
    return step;
  }

  public BooleanBinding firstProperty() {
    return index.isEqualTo(0);
  }

  public BooleanBinding lastProperty() {
    return index.isEqualTo(STEPS.length - 1);
  }

  public String progress() {
    return (index.get() + 1) + " of " + STEPS.length;
  }

  public IntegerProperty indexProperty() {
    return index;
  }
}
