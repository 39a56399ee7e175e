package dev.sitehub.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Publish-to-queryable latency: from the append to the edge outbox until the (device, seq) row is
 * visible to a new query in the database, polled every few milliseconds for each tracked device (an
 * index range scan on the dedupe key per device and round).
 */
public final class LatencyProbe implements AutoCloseable {
  private final Database db;
  private final List<SimDevice> devices;
  private final List<Long> micros = Collections.synchronizedList(new ArrayList<>());
  private final Thread poller;
  private volatile boolean running = true;

  public LatencyProbe(Database db, List<SimDevice> devices) {
    this.db = db;
    this.devices = List.copyOf(devices);
    this.poller = new Thread(this::poll, "latency-probe");
    poller.setDaemon(true);
  }

  public LatencyProbe start() {
    poller.start();
    return this;
  }

  private void poll() {
    Map<String, Long> last = new HashMap<>();
    try (Connection c = db.connect();
        PreparedStatement ps =
            c.prepareStatement(
                "SELECT seq FROM ingested_seq WHERE device_id = ? AND seq > ? ORDER BY seq")) {
      while (running) {
        for (SimDevice d : devices) {
          long from = last.getOrDefault(d.deviceId(), -1L);
          ps.setString(1, d.deviceId());
          ps.setLong(2, from);
          try (ResultSet rs = ps.executeQuery()) {
            long now = System.nanoTime();
            while (rs.next()) {
              long seq = rs.getLong(1);
              Long at = d.appendedAt(seq);
              if (at != null) {
                micros.add((now - at) / 1000);
              }
              from = Math.max(from, seq);
            }
          }
          last.put(d.deviceId(), from);
        }
        Thread.sleep(5);
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
