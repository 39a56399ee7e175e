package dev.sitehub.cloud.media;

import dev.sitehub.protocol.Topics;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.UUID;

/** Builds storage keys, and checks keys coming back from the database before they touch a store. */
final class MediaKeys {
  private MediaKeys() {}

  static String snapshot(
      String siteId, String deviceId, String cameraId, java.time.Instant ts, long seq, String why) {
    ZonedDateTime t = ts.atZone(ZoneOffset.UTC);
    return String.format(
        "snapshots/%s/%s/%s/%04d/%02d/%02d/%d-%d-%s.jpg",
        id(siteId),
        id(deviceId),
        id(cameraId),
        t.getYear(),
        t.getMonthValue(),
        t.getDayOfMonth(),
        ts.toEpochMilli(),
        seq,
        why);
  }

  static String timelapse(String siteId, UUID jobId) {
    return "timelapse/" + id(siteId) + "/" + jobId + ".mp4";
  }

  /**
   * True for keys made only of safe segments: no empty, "." or ".." segment and no leading slash,
   * so a key can never escape the store's root.
   */
  static boolean isSafe(String key) {
    if (key == null || key.isEmpty() || key.length() > 512 || key.startsWith("/")) {
      return false;
    }
    for (String segment : key.split("/", -1)) {
      if (segment.isEmpty()
          || segment.equals(".")
          || segment.equals("..")
          || !segment.matches("[A-Za-z0-9._-]+")) {
        return false;
      }
    }
    return true;
  }

  private static String id(String value) {
    if (!Topics.isValidId(value)) {
      throw new IllegalArgumentException("invalid id in storage key");
    }
    return value;
  }
}
