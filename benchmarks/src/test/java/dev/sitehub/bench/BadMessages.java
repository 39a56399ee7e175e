package dev.sitehub.bench;

import dev.sitehub.protocol.MessageCodec;
import dev.sitehub.protocol.Topics;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Random;

/**
 * Generates bad inbound messages for one device's own topics from a seed: malformed and truncated
 * JSON, wrong types, missing fields, huge batches, non-finite numbers, out-of-range times, a
 * spoofed device id in the payload, and truncated JPEG bytes on JSON topics.
 */
final class BadMessages {
  /** One generated message and the family it came from. */
  record Bad(String topic, byte[] payload, String family) {}

  private static final String[] FAMILIES = {
    "truncated-json",
    "random-bytes",
    "wrong-type",
    "missing-field",
    "huge-batch",
    "non-finite",
    "time-out-of-range",
    "spoofed-device",
    "truncated-jpeg",
    "junk-event"
  };

  private final Random random;
  private final String siteId;
  private final String deviceId;
  private final MessageCodec codec = MessageCodec.withDefaults();

  BadMessages(long seed, String siteId, String deviceId) {
    this.random = new Random(seed);
    this.siteId = siteId;
    this.deviceId = deviceId;
  }

  Bad next() {
    String family = FAMILIES[random.nextInt(FAMILIES.length)];
    String telemetry = Topics.telemetry(siteId, deviceId);
    long seq = 1_000_000 + random.nextInt(1_000_000);
    String valid = json(seq, Instant.now(), 8);
    return switch (family) {
      case "truncated-json" ->
          new Bad(
              telemetry, bytes(valid.substring(0, 1 + random.nextInt(valid.length() - 2))), family);
      case "random-bytes" -> {
        byte[] b = new byte[1 + random.nextInt(300)];
        random.nextBytes(b);
        b[0] = (byte) '{';
        yield new Bad(telemetry, b, family);
      }
      case "wrong-type" -> new Bad(telemetry, bytes(wrongType(valid)), family);
      case "missing-field" -> new Bad(telemetry, bytes(missingField(seq)), family);
      case "huge-batch" ->
          new Bad(telemetry, bytes(json(seq, Instant.now(), 501 + random.nextInt(200))), family);
      case "non-finite" -> {
        String[] v = {"1e999", "-1e999", "NaN", "Infinity", "\"NaN\""};
        yield new Bad(
            telemetry,
            bytes(
                valid.replaceFirst("\"value\":[^,}]+", "\"value\":" + v[random.nextInt(v.length)])),
            family);
      }
      case "time-out-of-range" -> {
        Instant[] t = {
          Instant.now().plus(Duration.ofHours(1 + random.nextInt(1000))),
          Instant.now().minus(Duration.ofDays(60 + random.nextInt(10_000))),
          Instant.EPOCH
        };
        yield new Bad(telemetry, bytes(json(seq, t[random.nextInt(t.length)], 8)), family);
      }
      case "spoofed-device" ->
          new Bad(
              telemetry,
              bytes(
                  valid.replace("\"" + deviceId + "\"", "\"victim-" + random.nextInt(1000) + "\"")),
              family);
      case "truncated-jpeg" -> new Bad(telemetry, truncatedJpeg(), family);
      default -> new Bad(Topics.event(siteId, deviceId), bytes(junkEvent(seq)), family);
    };
  }

  /** A valid telemetry payload in the wire form, built by the real codec. */
  String json(long seq, Instant ts, int readings) {
    var b = SimDevice.batch(deviceId, seq, ts);
    var list = new java.util.ArrayList<>(b.readings());
    while (list.size() < readings) {
      list.add(b.readings().get(0));
    }
    return new String(
        codec.encode(
            new dev.sitehub.protocol.message.TelemetryBatch(
                deviceId, seq, ts, list.subList(0, readings))),
        StandardCharsets.UTF_8);
  }

  private String wrongType(String valid) {
    return switch (random.nextInt(4)) {
      case 0 -> valid.replaceFirst("\"seq\":\\d+", "\"seq\":\"x" + random.nextInt(99) + "\"");
      case 1 ->
          valid
              .replaceFirst("\"readings\":\\[", "\"readings\":{\"a\":[")
              .replaceFirst("]}$", "]}}");
      case 2 -> valid.replaceFirst("\"value\":[^,}]+", "\"value\":\"hot\"");
      default -> valid.replaceFirst("\"ts\":\"[^\"]+\"", "\"ts\":" + random.nextInt());
    };
  }

  private String missingField(long seq) {
    return switch (random.nextInt(3)) {
      case 0 -> "{\"deviceId\":\"" + deviceId + "\",\"readings\":[]}";
      case 1 -> "{\"seq\":" + seq + "}";
      default -> "{}";
    };
  }

  private String junkEvent(long seq) {
    return switch (random.nextInt(3)) {
      case 0 -> "{\"deviceId\":\"" + deviceId + "\",\"seq\":" + seq + ",\"type\":\"meteor\"}";
      case 1 -> "[1,2,3]";
      default -> "{\"deviceId\":\"" + deviceId + "\",\"seq\":-" + seq + "}";
    };
  }

  private byte[] truncatedJpeg() {
    byte[] b = new byte[20 + random.nextInt(2000)];
    random.nextBytes(b);
    b[0] = (byte) 0xFF;
    b[1] = (byte) 0xD8;
    b[2] = (byte) 0xFF;
    return b;
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
