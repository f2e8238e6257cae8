package dev.eventscope.runtime.bus.kafka;

import java.nio.file.Path;

/**
 * The main class of the child JVM that {@link PrivateKafka} runs: one {@link EmbeddedKafkaBroker}
 * on the given folder and ports, and a line on standard output once it answers. It runs until it
 * is killed; nothing in it stops the broker cleanly, so a kill is a crash.
 *
 * <p>Arguments: {@code <data folder> <broker port> <controller port>}.
 */
public final class KafkaBrokerProcess {
  /** Printed, followed by the bootstrap address, once the broker answers. */
  public static final String READY = "kafka broker process ready on ";

  private KafkaBrokerProcess() {}

  public static void main(String[] args) throws InterruptedException {
    if (args.length != 3) throw new IllegalArgumentException("usage: KafkaBrokerProcess <data folder> <broker port> <controller port>");
    EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(Path.of(args[0]), Integer.parseInt(args[1]), Integer.parseInt(args[2]));
    // The one line the parent waits for; the broker logs through SLF4J.
    System.out.println(READY + broker.bootstrap());
    System.out.flush();
    Thread.currentThread().join();
  }
}
