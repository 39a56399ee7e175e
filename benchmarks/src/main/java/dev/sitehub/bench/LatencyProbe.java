package dev.sitehub.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Publish-to-queryable latency of one device's messages: from the append to the edge outbox until
 * the (device, seq) row is visible to a new query in the database, polled every few milliseconds.
 */
public final class LatencyProbe implements AutoCloseable {
  private final Database db;
  private final SimDevice device;
  private final List<Long> micros = Collections.synchronizedList(new ArrayList<>());
  private final Thread poller;
  private volatile boolean running = true;

  public LatencyProbe(Database db, SimDevice device) {
    this.db = db;
    this.device = device;
    this.poller = new Thread(this::poll, "latency-probe");
    poller.setDaemon(true);
  }

  public LatencyProbe start() {
    poller.start();
    return this;
  }

  private void poll() {
    long last = -1;
    try (Connection c = db.connect();
        PreparedStatement ps =
            c.prepareStatement(
                "SELECT seq FROM ingested_seq WHERE device_id = ? AND seq > ? ORDER BY seq")) {
      ps.setString(1, device.deviceId());
      while (running) {
        ps.setLong(2, last);
        try (ResultSet rs = ps.executeQuery()) {
          long now = System.nanoTime();
          while (rs.next()) {
            long seq = rs.getLong(1);
            Long at = device.appendedAt(seq);
            if (at != null) {
              micros.add((now - at) / 1000);
            }
            last = Math.max(last, seq);
          }
        }
        Thread.sleep(3);
      }
    } catch (Exception e) {
      if (running) {
        System.err.println("latency probe stopped: " + e);
      }
    }
  }

  /** Samples seen so far. */
  public int count() {
    return micros.size();
  }

  /** The {@code p}-th percentile (0-100) in milliseconds. */
  public double percentileMillis(double p) {
    List<Long> copy;
    synchronized (micros) {
      copy = new ArrayList<>(micros);
    }
    if (copy.isEmpty()) {
      return Double.NaN;
    }
    Collections.sort(copy);
    int i = (int) Math.ceil(p / 100.0 * copy.size()) - 1;
    return copy.get(Math.max(0, Math.min(i, copy.size() - 1))) / 1000.0;
  }

  public void clear() {
    micros.clear();
  }

  @Override
  public void close() throws InterruptedException {
    running = false;
    poller.join(2000);
  }
}
