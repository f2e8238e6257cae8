package dev.eventscope.runtime.store;

import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Supplier;

/**
 * Pages produced on a thread of its own, ahead of the thread that takes them, so producing the next
 * pages (reading, decoding) overlaps using this one. At most {@code depth} pages wait; the source's
 * null ends it; a failure of the source is thrown to the taker after the pages before it.
 */
public final class ReadAhead<T> implements AutoCloseable {
  private static final Object END = new Object();

  private final BlockingQueue<Object> pages;
  private final Thread thread;
  private boolean ended;

  /** Starts producing at once; {@code onEnd} runs on the producing thread when it stops, however it stops. */
  public ReadAhead(String threadName, int depth, Supplier<List<T>> source, Runnable onEnd) {
    this.pages = new ArrayBlockingQueue<>(depth + 1);
    this.thread = new Thread(() -> produce(source, onEnd), threadName);
    thread.setDaemon(true);
    thread.start();
  }

  private void produce(Supplier<List<T>> source, Runnable onEnd) {
    try {
      try {
        for (List<T> page = source.get(); page != null; page = source.get()) pages.put(page);
        pages.put(END);
      } catch (RuntimeException failure) {
        pages.put(failure);
      }
    } catch (InterruptedException closed) {
      // Closed: nobody takes any more pages.
    } finally {
      onEnd.run();
    }
  }

  /**
   * The next page (possibly empty, if the source produced an empty one); null once the source ended,
   * or when the calling thread is interrupted (its interrupt flag is then set).
   */
  public List<T> next() {
    if (ended) return null;
    Object item;
    try {
      item = pages.take();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    }
    if (item == END) {
      ended = true;
      return null;
    }
    if (item instanceof RuntimeException failure) {
      ended = true;
      throw failure;
    }
    @SuppressWarnings("unchecked")
    List<T> page = (List<T>) item;
    return page;
  }

  /** Stops the producer (it may finish the page in hand first). */
  @Override
  public void close() {
    ended = true;
    thread.interrupt();
  }
}
