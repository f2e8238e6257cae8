package dev.eventscope.console.bench;

import dev.eventscope.console.app.ConsoleSession;
import dev.eventscope.console.shell.MainWindow;
import dev.eventscope.console.shell.Screen;
import dev.eventscope.console.theme.Theme;
import dev.eventscope.console.theme.ThemeSwitcher;
import dev.eventscope.console.ui.HopFeed;
import dev.eventscope.console.ui.UiExecutor;
import dev.eventscope.services.system.SystemSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.HdrHistogram.Histogram;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Not a test: floods the real console window's flow screen with synthetic hops (default 5,000/s)
 * and measures JavaFX pulse intervals with an {@link javafx.animation.AnimationTimer}, plus used heap
 * after GC before and after. Run it under a real display (Xvfb here); see benchmarks/README.md.
 * Flags: {@code --rate N} hops/s, {@code --warmup S} and {@code --seconds S}. Prints one Markdown
 * table row set to stdout; progress goes to the log.
 */
public final class FxPulseBenchmark {
  private static final Logger LOG = LoggerFactory.getLogger(FxPulseBenchmark.class);
  private static final long PRODUCER_PERIOD_MILLIS = 10;

  private FxPulseBenchmark() {
  }

  public static void main(String[] args) throws Exception {
    int rate = intFlag(args, "--rate", 5_000);
    int warmupSeconds = intFlag(args, "--warmup", 10);
    int seconds = intFlag(args, "--seconds", 30);
    long heapEmpty = HeapAfterGc.usedBytes();

    CompletableFuture<Void> started = new CompletableFuture<>();
    Platform.startup(() -> started.complete(null));
    started.get(30, TimeUnit.SECONDS);
    ConsoleSession session = ConsoleSession.start(SystemSettings.inMemory(), UiExecutor.fx());
    Path scratch = Files.createTempDirectory("eventscope-pulse");
    PulseRecorder pulses = new PulseRecorder();
    CompletableFuture<MainWindow> opened = new CompletableFuture<>();
    Platform.runLater(() -> opened.complete(open(session, scratch, pulses)));
    MainWindow window = opened.get(30, TimeUnit.SECONDS);

    HopFeed feed = session.context().hops();
    SyntheticOrderHops hops = new SyntheticOrderHops();
    AtomicLong sent = new AtomicLong();
    long floodStart = System.nanoTime();
    ScheduledExecutorService producer = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "hop-flood"));
    producer.scheduleAtFixedRate(() -> {
      // Catch up to the rate by the clock, so a late run of this task does not lower the rate.
      long due = (System.nanoTime() - floodStart) * rate / 1_000_000_000L - sent.get();
      if (due > 0) {
        feed.onHops(hops.next((int) due));
        sent.addAndGet(due);
      }
    }, 0, PRODUCER_PERIOD_MILLIS, TimeUnit.MILLISECONDS);

    LOG.info("warming up for {} s at {} hops/s", warmupSeconds, rate);
    Thread.sleep(warmupSeconds * 1_000L);
    long heapWarm = HeapAfterGc.usedBytes();
    long sentBefore = sent.get();
    Platform.runLater(pulses::record);
    LOG.info("measuring for {} s", seconds);
    Thread.sleep(seconds * 1_000L);
    CompletableFuture<Histogram> measured = new CompletableFuture<>();
    Platform.runLater(() -> {
      pulses.pause();
      measured.complete(pulses.intervals().copy());
    });
    Histogram intervals = measured.get(30, TimeUnit.SECONDS);
    long sentMeasured = sent.get() - sentBefore;
    long heapAfter = HeapAfterGc.usedBytes();
    producer.shutdownNow();
    int nodes = window.flow().nodeCountProperty().get();
    int edges = window.flow().edgeCountProperty().get();

    System.out.println(report(rate, seconds, warmupSeconds, intervals, sentMeasured, feed.droppedCount(), heapEmpty, heapWarm, heapAfter, nodes, edges));
    Platform.runLater(() -> {
      window.close();
      Platform.exit();
    });
    session.close();
    System.exit(0);
  }

  private static MainWindow open(ConsoleSession session, Path scratch, PulseRecorder pulses) {
    ThemeSwitcher themes = new ThemeSwitcher(Theme.LIGHT);
    MainWindow window = new MainWindow(themes, scratch.resolve("settings.yaml"), scratch.resolve("benchmark.log"));
    Scene scene = new Scene(window, 1280, 800);
    themes.applyTo(scene);
    Stage stage = new Stage();
    stage.setTitle("Eventscope pulse benchmark");
    stage.setScene(scene);
    stage.show();
    window.attach(session.context());
    window.shell().screenProperty().set(Screen.FLOW);
    pulses.start();
    return window;
  }

  private static String report(int rate, int seconds, int warmup, Histogram intervals, long hops, long dropped, long heapEmpty, long heapWarm,
      long heapAfter, int nodes, int edges) {
    String setup = String.format(Locale.ROOT, "%s · %d hops/s for %d s after %d s warm-up · %d nodes, %d edges · JDK %s, %d cores, -Xmx%d MB",
        LocalDate.now(), rate, seconds, warmup, nodes, edges, System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
        Runtime.getRuntime().maxMemory() >> 20);
    return String.join("\n", setup, "",
        "| pulses | p50 | p95 | p99 | max | hops sent (measured) | hops dropped | heap after GC: empty → warm → end |",
        "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |",
        String.format(Locale.ROOT, "| %d | %.1f ms | %.1f ms | %.1f ms | %.1f ms | %,d (%,.0f/s) | %,d | %.1f → %.1f → %.1f MB |",
            intervals.getTotalCount(), ms(intervals.getValueAtPercentile(50)), ms(intervals.getValueAtPercentile(95)),
            ms(intervals.getValueAtPercentile(99)), ms(intervals.getMaxValue()), hops, hops / (double) seconds, dropped,
            mb(heapEmpty), mb(heapWarm), mb(heapAfter)));
  }

  private static double ms(long micros) {
    return micros / 1_000.0;
  }

  private static double mb(long bytes) {
    return bytes / (1024.0 * 1024.0);
  }

  private static int intFlag(String[] args, String name, int fallback) {
    for (int i = 0; i < args.length - 1; i++) {
      if (args[i].equals(name)) return Integer.parseInt(args[i + 1]);
    }
    return fallback;
  }
}
