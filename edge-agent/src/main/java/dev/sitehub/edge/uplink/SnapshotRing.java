package dev.sitehub.edge.uplink;

import java.util.ArrayDeque;
import java.util.Map;
import java.util.Optional;

/**
 * A small bounded ring of snapshot frames waiting for a connection. Snapshots are worth less than
 * readings and far bigger, so they live in memory only and the oldest is overwritten when full;
 * live frames never come here at all. Thread-safe.
 */
public final class SnapshotRing {
  /** A frame to publish: topic, JPEG bytes and its MQTT 5 user properties. */
  public record PendingFrame(String topic, byte[] jpeg, Map<String, String> properties) {}

  private final int capacity;
  private final ArrayDeque<PendingFrame> frames = new ArrayDeque<>();
  private long overwritten;

  public SnapshotRing(int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be at least 1");
    }
    this.capacity = capacity;
  }

  public synchronized void offer(PendingFrame frame) {
    if (frames.size() == capacity) {
      frames.pollFirst();
      overwritten++;
    }
    frames.addLast(frame);
  }

  public synchronized Optional<PendingFrame> poll() {
    return Optional.ofNullable(frames.pollFirst());
  }

  /** Puts a frame back at the head after a failed publish. */
  public synchronized void requeue(PendingFrame frame) {
    if (frames.size() < capacity) {
      frames.addFirst(frame);
    } else {
      overwritten++;
    }
  }

  public synchronized int size() {
    return frames.size();
  }

  public synchronized long overwritten() {
    return overwritten;
  }
}
