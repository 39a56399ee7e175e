package dev.sitehub.edge.config;

import dev.sitehub.protocol.Topics;
import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/**
 * One camera: its source ({@code v4l2:/dev/video0}, {@code rtsp://...}, {@code file:/path}, or
 * {@code synthetic}), capture cadence and motion settings. Keys are {@code camera.<id>.<name>}.
 */
public record CameraSettings(
    String id,
    String source,
    int width,
    int height,
    Duration snapshotInterval,
    int liveFps,
    Duration liveDuration,
    int jpegQuality,
    LocalTime dailyPhotoAt,
    int motionThreshold,
    double motionMinAreaFraction,
    int motionFrames,
    List<Mask> masks) {

  /** Per-camera key names, appended to {@code camera.<id>.}. */
  public static final List<String> KEY_NAMES =
      List.of(
          "source",
          "width",
          "height",
          "snapshot-seconds",
          "live-fps",
          "live-seconds",
          "jpeg-quality",
          "daily-photo-at",
          "motion-threshold",
          "motion-min-area",
          "motion-frames",
          "masks");

  /** A rectangle excluded from motion detection, in fractions of the frame (0..1). */
  public record Mask(double x, double y, double w, double h) {}

  static CameraSettings from(ConfigSource s, String id) {
    if (!Topics.isValidId(id)) {
      throw new ConfigException("cameras", "camera id '" + id + "' is not a valid id");
    }
    String p = "camera." + id + ".";
    return new CameraSettings(
        id,
        s.string(p + "source", "synthetic"),
        s.integer(p + "width", 640, 16, 7680),
        s.integer(p + "height", 360, 16, 4320),
        s.seconds(p + "snapshot-seconds", 60),
        s.integer(p + "live-fps", 5, 1, 30),
        s.seconds(p + "live-seconds", 60),
        s.integer(p + "jpeg-quality", 80, 1, 100),
        s.time(p + "daily-photo-at", "12:00"),
        s.integer(p + "motion-threshold", 30, 1, 255),
        s.decimal(p + "motion-min-area", 0.002),
        s.integer(p + "motion-frames", 3, 1, 100),
        masks(p + "masks", s.string(p + "masks", "")));
  }

  static List<Mask> masks(String key, String v) {
    List<Mask> out = new ArrayList<>();
    for (String part : v.split(";")) {
      if (part.isBlank()) {
        continue;
      }
      String[] n = part.split(",");
      if (n.length != 4) {
        throw new ConfigException(key, "each mask is x,y,w,h in fractions, separated by ';'");
      }
      double[] d = new double[4];
      for (int i = 0; i < 4; i++) {
        try {
          d[i] = Double.parseDouble(n[i].trim());
        } catch (NumberFormatException e) {
          throw new ConfigException(key, "not a number: '" + n[i] + "'");
        }
        if (!(d[i] >= 0 && d[i] <= 1)) {
          throw new ConfigException(key, "mask values must be within 0..1");
        }
      }
      out.add(new Mask(d[0], d[1], d[2], d[3]));
    }
    return List.copyOf(out);
  }
}
