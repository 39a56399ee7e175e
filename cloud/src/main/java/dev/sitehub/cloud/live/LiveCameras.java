package dev.sitehub.cloud.live;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sitehub.cloud.devices.DeviceService;
import dev.sitehub.cloud.devices.DeviceView;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
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
  private static final String LATEST =
      "SELECT DISTINCT ON (s.device_id, s.camera_id) s.device_id, s.camera_id, s.id, s.taken_at"
          + " FROM media_snapshot s WHERE s.site_id = ?"
          + " ORDER BY s.device_id, s.camera_id, s.taken_at DESC";

  private final DeviceService devices;
  private final AgroalDataSource db;
  private final Clock clock;

  public LiveCameras(DeviceService devices, AgroalDataSource db, Clock clock) {
    this.devices = devices;
    this.db = db;
    this.clock = clock;
  }

  private record Still(long id, Instant takenAt) {}

  public List<LiveCamera> of(String siteId) {
    Map<String, Still> stills = stills(siteId);
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
        Still s = stills.get(prefix + cameraId);
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

  private Map<String, Still> stills(String siteId) {
    try (Connection c = db.getConnection();
        PreparedStatement ps = c.prepareStatement(LATEST)) {
      ps.setString(1, siteId);
      Map<String, Still> out = new TreeMap<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.put(
              rs.getString(1) + "/" + rs.getString(2),
              new Still(rs.getLong(3), rs.getTimestamp(4).toInstant()));
        }
      }
      return out;
    } catch (SQLException e) {
      throw new IllegalStateException("live camera stills of site " + siteId + " failed", e);
    }
  }
}
