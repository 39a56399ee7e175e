package dev.sitehub.protocol;

import dev.sitehub.protocol.message.Frame;
import dev.sitehub.protocol.message.FrameMeta;
import dev.sitehub.protocol.message.FrameReason;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Frames travel as raw JPEG bytes; their metadata rides in MQTT 5 user properties named by the
 * constants below. This class maps {@link FrameMeta} to and from those properties and checks the
 * payload. Thread-safe.
 */
public final class FrameCodec {
  public static final String CAMERA = "camera";
  public static final String TS = "ts";
  public static final String SEQ = "seq";
  public static final String WIDTH = "width";
  public static final String HEIGHT = "height";
  public static final String MOTION = "motion";
  public static final String REASON = "reason";

  /** Content type set on every frame publish. */
  public static final String CONTENT_TYPE = "image/jpeg";

  /**
   * MQTT 5 message expiry of a live frame, in seconds. A live frame this old is worthless, and the
   * cloud's media session is persistent so that snapshots survive its restarts: the expiry makes
   * the broker drop live frames from that session's queue instead of replaying minutes of video.
   */
  public static final long LIVE_EXPIRY_SECONDS = 2;

  private final ProtocolLimits limits;
  private final Clock clock;

  public FrameCodec(ProtocolLimits limits, Clock clock) {
    this.limits = limits;
    this.clock = clock;
  }

  public static FrameCodec withDefaults() {
    return new FrameCodec(ProtocolLimits.defaults(), Clock.systemUTC());
  }

  /** The user properties to attach to a frame publish, in a stable order. */
  public Map<String, String> toUserProperties(FrameMeta meta) {
    Map<String, String> p = new LinkedHashMap<>();
    p.put(CAMERA, meta.cameraId());
    p.put(TS, Long.toString(meta.ts().toEpochMilli()));
    p.put(SEQ, Long.toString(meta.seq()));
    p.put(WIDTH, Integer.toString(meta.width()));
    p.put(HEIGHT, Integer.toString(meta.height()));
    p.put(MOTION, Double.toString(meta.motionScore()));
    p.put(REASON, meta.reason().wireName());
    return p;
  }

  /**
   * Checks a received frame: size, JPEG markers, complete metadata, and that the camera in the
   * properties is the camera in the topic.
   */
  public Decoded<Frame> decode(ParsedTopic topic, Map<String, String> props, byte[] jpeg) {
    if (topic == null || topic.kind() != TopicKind.FRAME) {
      return Decoded.rejected(RejectReason.BAD_TOPIC, "expected a frame topic");
    }
    if (jpeg == null || jpeg.length == 0) {
      return Decoded.rejected(RejectReason.NOT_JPEG, "empty payload");
    }
    if (jpeg.length > limits.maxFrameBytes()) {
      return Decoded.rejected(
          RejectReason.FRAME_TOO_LARGE, jpeg.length + " > " + limits.maxFrameBytes());
    }
    if (!isCompleteJpeg(jpeg)) {
      return Decoded.rejected(RejectReason.NOT_JPEG, "missing SOI/EOI marker");
    }
    try {
      FrameMeta meta = readMeta(props);
      if (!meta.cameraId().equals(topic.cameraId())) {
        return Decoded.rejected(RejectReason.DEVICE_MISMATCH, "camera differs from topic");
      }
      return Decoded.ok(new Frame(meta, jpeg));
    } catch (RejectedException e) {
      return Decoded.rejected(e.rejection());
    }
  }

  /** True when the bytes start with SOI (FFD8FF) and end with EOI (FFD9): not truncated. */
  public static boolean isCompleteJpeg(byte[] b) {
    int n = b.length;
    return n >= 4
        && (b[0] & 0xff) == 0xFF
        && (b[1] & 0xff) == 0xD8
        && (b[2] & 0xff) == 0xFF
        && (b[n - 2] & 0xff) == 0xFF
        && (b[n - 1] & 0xff) == 0xD9;
  }

  private FrameMeta readMeta(Map<String, String> props) {
    String camera = prop(props, CAMERA);
    if (!Topics.isValidId(camera)) {
      throw new RejectedException(RejectReason.INVALID_VALUE, "camera is not a valid id");
    }
    long tsMillis = number(props, TS);
    long now = clock.millis();
    if (tsMillis > now + limits.maxFutureSkew().toMillis()
        || tsMillis < now - limits.maxPastAge().toMillis()) {
      throw new RejectedException(RejectReason.TIMESTAMP_OUT_OF_RANGE, TS);
    }
    long seq = number(props, SEQ);
    long width = number(props, WIDTH);
    long height = number(props, HEIGHT);
    if (seq < 0 || width <= 0 || height <= 0 || width > 16384 || height > 16384) {
      throw new RejectedException(RejectReason.INVALID_VALUE, "seq, width or height out of range");
    }
    double motion;
    try {
      motion = Double.parseDouble(prop(props, MOTION));
    } catch (NumberFormatException e) {
      throw new RejectedException(RejectReason.WRONG_TYPE, MOTION + " must be a number");
    }
    if (Double.isNaN(motion) || Double.isInfinite(motion)) {
      throw new RejectedException(RejectReason.NON_FINITE_VALUE, MOTION);
    }
    FrameReason reason =
        FrameReason.fromWire(prop(props, REASON))
            .orElseThrow(() -> new RejectedException(RejectReason.INVALID_VALUE, REASON));
    return new FrameMeta(
        camera, Instant.ofEpochMilli(tsMillis), seq, (int) width, (int) height, motion, reason);
  }

  private static String prop(Map<String, String> props, String name) {
    String v = props == null ? null : props.get(name);
    if (v == null) {
      throw new RejectedException(RejectReason.MISSING_FIELD, "user property " + name);
    }
    return v;
  }

  private static long number(Map<String, String> props, String name) {
    try {
      return Long.parseLong(prop(props, name));
    } catch (NumberFormatException e) {
      throw new RejectedException(RejectReason.WRONG_TYPE, name + " must be an integer");
    }
  }
}
