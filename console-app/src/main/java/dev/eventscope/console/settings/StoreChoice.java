package dev.eventscope.console.settings;

import dev.eventscope.console.cli.StoreOption;

/** The {@code store} setting as the Settings screen offers it. */
public enum StoreChoice {
  DEFAULT(null, "Default (embedded in the console, memory for simulate)"),
  MEMORY(StoreOption.MEMORY, "In memory (nothing kept)"),
  EMBEDDED(StoreOption.EMBEDDED, "Embedded (a file in the data folder)"),
  MONGODB(StoreOption.MONGODB, "MongoDB (the URI below)");

  private final String setting;
  private final String label;

  StoreChoice(String setting, String label) {
    this.setting = setting;
    this.label = label;
  }

  /** The value written to settings.yaml; null removes the key. */
  public String setting() {
    return setting;
  }

  /** A saved {@code store} value: a MongoDB URI there counts as MongoDB. */
  static StoreChoice of(String saved) {
    if (saved == null || saved.isBlank()) return DEFAULT;
    String value = saved.strip().toLowerCase(java.util.Locale.ROOT);
    if (value.startsWith("mongodb")) return MONGODB;
    for (StoreChoice choice : values()) {
      if (value.equals(choice.setting)) return choice;
    }
    return DEFAULT;
  }

  @Override
  public String toString() {
    return label;
  }
}
