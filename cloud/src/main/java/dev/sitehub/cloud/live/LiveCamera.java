package dev.sitehub.cloud.live;

import io.quarkus.qute.TemplateData;
import java.time.Duration;

/**
 * One tile of the live-view grid: the camera, whether its box is online, and its latest still (URL
 * and age; {@code stillUrl} is null when none was archived yet).
 */
@TemplateData
public record LiveCamera(
    String deviceId,
    String cameraId,
    boolean online,
    String stillUrl,
    long takenAtMillis,
    long ageSeconds) {

  public boolean hasStill() {
    return stillUrl != null;
  }

  /** The message key of the age label: seconds, minutes, hours or days. */
  public String ageKey() {
    if (ageSeconds < 60) {
      return "ageSeconds";
    }
    if (ageSeconds < 3600) {
      return "ageMinutes";
    }
    return ageSeconds < 86400 ? "ageHours" : "ageDays";
  }

  /** The number that goes with {@link #ageKey()}. */
  public String ageNumber() {
    Duration d = Duration.ofSeconds(Math.max(0, ageSeconds));
    if (ageSeconds < 60) {
      return Long.toString(d.toSeconds());
    }
    if (ageSeconds < 3600) {
      return Long.toString(d.toMinutes());
    }
    return Long.toString(ageSeconds < 86400 ? d.toHours() : d.toDays());
  }
}
