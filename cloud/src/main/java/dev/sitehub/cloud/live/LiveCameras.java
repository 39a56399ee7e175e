package dev.sitehub.cloud.live;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sitehub.cloud.devices.DeviceService;
import dev.sitehub.cloud.devices.DeviceView;
import dev.sitehub.cloud.media.Snapshot;
import dev.sitehub.cloud.media.Stills;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The cameras of a site for the live-view grid: every camera an active box reports in its heartbeat
 * or has archived a still from, each with its newest still.
 */
@ApplicationScoped
public class LiveCameras {
  private final DeviceService devices;
  private final Stills snapshots;
  private final Clock clock;

  public LiveCameras(DeviceService devices, Stills snapshots, Clock clock) {
    this.devices = devices;
    this.snapshots = snapshots;
    this.clock = clock;
  }

  public List<LiveCamera> of(String siteId) {
    Map<String, Snapshot> stills = new TreeMap<>();
    for (Snapshot s : snapshots.latestOfEachCamera(siteId)) {
      stills.put(s.deviceId() + "/" + s.cameraId(), s);
    }
    Instant now = clock.instant();
    Map<String, LiveCamera> tiles = new TreeMap<>();
    for (DeviceView d : devices.list(siteId)) {
      if (d.revokedAt() != null) {
        continue;
      }
      List<String> ids = new ArrayList<>(reported(d.health()));
      String prefix = d.deviceId() + "/";
      stills.keySet().stream()
          .filter(k -> k.startsWith(prefix))
          .map(k -> k.substring(prefix.length()))
          .forEach(ids::add);
      for (String cameraId : ids) {
        Snapshot s = stills.get(prefix + cameraId);
        tiles.put(
            prefix + cameraId,
            new LiveCamera(
                d.deviceId(),
                cameraId,
                d.online(),
                s == null ? null : "/api/sites/" + siteId + "/snapshots/" + s.id() + "/image",
                s == null ? 0 : s.takenAt().toEpochMilli(),
                s == null ? 0 : Math.max(0, Duration.between(s.takenAt(), now).toSeconds())));
      }
    }
    return List.copyOf(tiles.values());
  }

  private static List<String> reported(JsonNode health) {
    List<String> ids = new ArrayList<>();
    if (health != null && health.path("cameras").isArray()) {
      for (JsonNode c : health.path("cameras")) {
        if (c.hasNonNull("cameraId")) {
          ids.add(c.path("cameraId").asText());
        }
      }
    }
    return ids;
  }
}
