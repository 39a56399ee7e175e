package dev.sitehub.cloud.devices;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sitehub.cloud.portal.PortalContext;
import dev.sitehub.cloud.telemetry.LatestReadingView;
import io.quarkus.qute.TemplateData;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A box as the device page shows it: connection state, last seen in the site's zone, and the health
 * its last heartbeat reported (outbox depth, free disk, cameras) plus the sensors it reads.
 */
@TemplateData
public record DeviceRow(
    String deviceId,
    String hardwareId,
    String agentVersion,
    boolean online,
    boolean revoked,
    String lastSeen,
    String outboxDepth,
    String diskFree,
    List<Camera> cameras,
    List<String> sensors) {

  /** One camera from the heartbeat. */
  @TemplateData
  public record Camera(String cameraId, boolean healthy, String mode) {}

  static DeviceRow of(DeviceView d, String zone, List<LatestReadingView> latest) {
    JsonNode h = d.health();
    List<Camera> cams = new ArrayList<>();
    if (h != null && h.path("cameras").isArray()) {
      for (JsonNode c : h.path("cameras")) {
        cams.add(
            new Camera(
                c.path("cameraId").asText("?"),
                c.path("healthy").asBoolean(false),
                c.path("mode").asText("")));
      }
    }
    List<String> sensors =
        latest.stream()
            .filter(r -> r.deviceId().equals(d.deviceId()))
            .map(LatestReadingView::sensorId)
            .distinct()
            .toList();
    return new DeviceRow(
        d.deviceId(),
        d.hardwareId(),
        d.agentVersion(),
        d.online() && d.revokedAt() == null,
        d.revokedAt() != null,
        PortalContext.time(d.lastSeen(), zone),
        h == null || !h.has("outboxDepth") ? "—" : h.path("outboxDepth").asText(),
        h == null || !h.has("diskFreeBytes") ? "—" : megabytes(h.path("diskFreeBytes").asLong()),
        cams,
        sensors);
  }

  private static String megabytes(long bytes) {
    return String.format(Locale.ROOT, "%.0f MB", bytes / 1_048_576.0);
  }
}
