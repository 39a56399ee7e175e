package dev.sitehub.bench;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * Drives a set of devices at a total message rate from one thread, spreading messages round-robin,
 * until stopped. The rate is an open-loop target: if the edge cannot append or send fast enough,
 * the backlog shows it.
 */
public final class Fleet implements AutoCloseable {
  private final List<SimDevice> devices;
  private final AtomicLong emitted = new AtomicLong();
  private volatile double ratePerSecond;
  private volatile boolean running;
  private Thread thread;

  public Fleet(List<SimDevice> devices) {
    this.devices = List.copyOf(devices);
  }

  public List<SimDevice> devices() {
    return devices;
  }

  /** Starts (or retargets) the load at {@code messagesPerSecond} in total. */
  public synchronized void run(double messagesPerSecond) {
    this.ratePerSecond = messagesPerSecond;
    if (thread == null) {
      running = true;
      thread = new Thread(this::loop, "fleet-load");
      thread.setDaemon(true);
      thread.start();
    }
  }

  /** Stops emitting; what was emitted keeps draining through the uplinks. */
  public synchronized void stop() throws InterruptedException {
    running = false;
    if (thread != null) {
      thread.join();
      thread = null;
    }
  }

  public long emitted() {
    return emitted.get();
  }

  /** Messages appended but not yet acknowledged by the broker, over all devices. */
  public long backlog() {
    long n = 0;
    for (SimDevice d : devices) {
      n += d.backlog();
    }
    return n;
  }

  private void loop() {
    long start = System.nanoTime();
    double base = 0;
    double rate = ratePerSecond;
    long done = 0;
    int next = 0;
    while (running) {
      if (rate != ratePerSecond) {
        // A new rate counts from now, so a step change does not burst to catch up.
        base = done;
        start = System.nanoTime();
        rate = ratePerSecond;
      }
      long due = (long) (base + rate * (System.nanoTime() - start) / 1e9);
      if (done >= due) {
        LockSupport.parkNanos(500_000);
        continue;
      }
      while (done < due && running) {
        devices.get(next).emit();
        next = (next + 1) % devices.size();
        done++;
        emitted.incrementAndGet();
      }
    }
  }

  @Override
  public void close() throws InterruptedException {
    stop();
    for (SimDevice d : devices) {
      d.close();
    }
  }
}
