package dev.sitehub.cloud.live;

import io.quarkus.qute.TemplateData;
import io.quarkus.qute.TemplateEnum;
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

  /** The unit the age label counts in: the largest that is at least one. */
  @TemplateEnum
  public enum AgeUnit {
    SECONDS,
    MINUTES,
    HOURS,
    DAYS
  }

  public AgeUnit ageUnit() {
    if (ageSeconds < 60) {
      return AgeUnit.SECONDS;
    }
    if (ageSeconds < 3600) {
      return AgeUnit.MINUTES;
    }
    return ageSeconds < 86400 ? AgeUnit.HOURS : AgeUnit.DAYS;
  }

  /** The number that goes with {@link #ageUnit()}. */
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
