package dev.sitehub.cloud.live;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/**
 * The viewers connected to this cloud instance, per camera, and the fan-out of live frames to them.
 * Each viewer has its own {@link LatestFrameMailbox}, so one slow viewer never delays another.
 */
final class LiveHub {
  private final Map<CameraKey, Map<String, LocalViewer>> byCamera = new ConcurrentHashMap<>();
  private final Map<String, LocalViewer> byId = new ConcurrentHashMap<>();
  // Counts of viewers that have left, so the totals never go backwards.
  private final AtomicLong leftDelivered = new AtomicLong();
  private final AtomicLong leftDropped = new AtomicLong();

  /** One viewer socket held by this instance. */
  record LocalViewer(
      String viewerId, CameraKey camera, String userId, LatestFrameMailbox mailbox) {}

  /** Per-viewer delivery counters, for tests, metrics and the benchmark. */
  public record ViewerStats(long delivered, long dropped, long failed) {}

  void add(String viewerId, CameraKey camera, String userId, FrameSink sink) {
    LocalViewer v = new LocalViewer(viewerId, camera, userId, new LatestFrameMailbox(sink));
    if (byId.putIfAbsent(viewerId, v) != null) {
      throw new IllegalStateException("viewer already registered: " + viewerId);
    }
    byCamera.computeIfAbsent(camera, k -> new ConcurrentHashMap<>()).put(viewerId, v);
  }

  Optional<LocalViewer> remove(String viewerId) {
    LocalViewer v = byId.remove(viewerId);
    if (v == null) {
      return Optional.empty();
    }
    byCamera.computeIfPresent(
        v.camera(),
        (k, viewers) -> {
          viewers.remove(viewerId);
          return viewers.isEmpty() ? null : viewers;
        });
    leftDelivered.addAndGet(v.mailbox().delivered());
    leftDropped.addAndGet(v.mailbox().dropped());
    return Optional.of(v);
  }

  /** Hands the frame to every local viewer of the camera; returns how many got it offered. */
  public int publish(CameraKey camera, byte[] jpeg) {
    Map<String, LocalViewer> viewers = byCamera.get(camera);
    if (viewers == null) {
      return 0;
    }
    int n = 0;
    for (LocalViewer v : viewers.values()) {
      v.mailbox().offer(jpeg);
      n++;
    }
    return n;
  }

  public int localViewers(CameraKey camera) {
    Map<String, LocalViewer> viewers = byCamera.get(camera);
    return viewers == null ? 0 : viewers.size();
  }

  public Set<CameraKey> localCameras() {
    return Set.copyOf(byCamera.keySet());
  }

  public Optional<ViewerStats> stats(String viewerId) {
    return Optional.ofNullable(byId.get(viewerId))
        .map(
            v ->
                new ViewerStats(
                    v.mailbox().delivered(), v.mailbox().dropped(), v.mailbox().failed()));
  }

  /** Viewers connected to this instance, all cameras. */
  public int viewerCount() {
    return byId.size();
  }

  /** Frames written to viewer sockets by this instance since start. */
  public long framesDelivered() {
    return leftDelivered.get()
        + byId.values().stream().mapToLong(v -> v.mailbox().delivered()).sum();
  }

  /** Frames a viewer's mailbox replaced before its socket could take them (slow viewers). */
  public long framesDropped() {
    return leftDropped.get() + byId.values().stream().mapToLong(v -> v.mailbox().dropped()).sum();
  }

  Set<String> viewerIds() {
    return byId.keySet().stream().collect(Collectors.toUnmodifiableSet());
  }
}
