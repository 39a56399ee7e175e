package dev.sitehub.edge.camera;

import dev.sitehub.edge.commands.CameraControl;
import dev.sitehub.edge.config.CameraSettings;
import dev.sitehub.protocol.message.CameraHealth;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Owns one {@link CameraWorker} per configured camera and answers camera commands. */
public final class CameraManager implements CameraControl, AutoCloseable {
  private final Map<String, CameraWorker> workers = new LinkedHashMap<>();

  public CameraManager(
      List<CameraSettings> cameras,
      FrameSources sources,
      CameraOutput output,
      Clock clock,
      ZoneId zone) {
    for (CameraSettings c : cameras) {
      workers.put(c.id(), new CameraWorker(c, sources.create(c), output, clock, zone));
    }
  }

  public void start() {
    workers.values().forEach(CameraWorker::start);
  }

  @Override
  public Set<String> cameraIds() {
    return workers.keySet();
  }

  @Override
  public boolean snapshot(String cameraId) {
    return workers.get(cameraId).requestSnapshot();
  }

  @Override
  public Instant startLive(String cameraId, Duration duration) {
    return workers.get(cameraId).startLive(duration);
  }

  @Override
  public void stopLive(String cameraId) {
    workers.get(cameraId).stopLive();
  }

  public List<CameraHealth> health() {
    return workers.values().stream().map(CameraWorker::health).toList();
  }

  @Override
  public void close() {
    workers.values().forEach(CameraWorker::close);
  }
}
