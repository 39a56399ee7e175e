package dev.sitehub.cloud.telemetry;

import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.jboss.logging.Logger;

/**
 * Hands committed micro-batches to the {@link IngestObserver}s on a thread of their own, in commit
 * order. The writer used to call them itself after each ack, so alert evaluation lengthened every
 * commit-and-ack cycle, and with HiveMQ CE's 50-message batches per connection the cycle length
 * bounds throughput. The queue is bounded: when the observers fall that far behind, the writer
 * waits, its acks stop and the broker holds the rest, as before.
 */
final class ObserverFeed implements AutoCloseable {
  private static final Logger LOG = Logger.getLogger(ObserverFeed.class);
  // Committed batches waiting for the observers; each is at most one micro-batch.
  private static final int CAPACITY = 64;

  private final List<IngestObserver> observers;
  private final BlockingQueue<List<Accepted>> queue = new ArrayBlockingQueue<>(CAPACITY);
  private final Thread thread;

  ObserverFeed(List<IngestObserver> observers) {
    this.observers = List.copyOf(observers);
    this.thread = new Thread(this::run, "ingest-observers");
    this.thread.setDaemon(true);
  }

  void start() {
    if (!observers.isEmpty()) {
      thread.start();
    }
  }

  /** Queues a committed batch's fresh messages; blocks while the observers are far behind. */
  void stored(List<Accepted> fresh) throws InterruptedException {
    if (!observers.isEmpty() && !fresh.isEmpty()) {
      queue.put(fresh);
    }
  }

  private void run() {
    while (!Thread.currentThread().isInterrupted()) {
      List<Accepted> fresh;
      try {
        fresh = queue.take();
      } catch (InterruptedException e) {
        return;
      }
      for (IngestObserver o : observers) {
        try {
          o.stored(fresh);
        } catch (RuntimeException e) {
          LOG.errorf(e, "ingest observer %s failed", o.getClass().getSimpleName());
        }
      }
    }
  }

  @Override
  public void close() {
    thread.interrupt();
  }
}
