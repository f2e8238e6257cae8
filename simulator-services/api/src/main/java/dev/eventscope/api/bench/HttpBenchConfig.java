package dev.eventscope.api.bench;

/** One run of the {@code http} workload: {@code commands} PlaceOrder commands per lane over {@code connections} connections. */
public record HttpBenchConfig(int connections, int commands, int warmup) {
  public static final String HTTP = "http";

  public HttpBenchConfig {
    if (connections < 1) throw new IllegalArgumentException("connections must be at least 1");
    if (commands < 1) throw new IllegalArgumentException("commands must be at least 1");
    if (warmup < 0) throw new IllegalArgumentException("warmup must not be negative");
  }
}
