package dev.sitehub.protocol;

import dev.sitehub.protocol.message.CameraHealth;
import dev.sitehub.protocol.message.Command;
import dev.sitehub.protocol.message.CommandResult;
import dev.sitehub.protocol.message.DeviceEvent;
import dev.sitehub.protocol.message.DeviceState;
import dev.sitehub.protocol.message.DeviceStatus;
import dev.sitehub.protocol.message.EventState;
import dev.sitehub.protocol.message.EventType;
import dev.sitehub.protocol.message.Heartbeat;
import dev.sitehub.protocol.message.Reading;
import dev.sitehub.protocol.message.ResultStatus;
import dev.sitehub.protocol.message.SensorKind;
import dev.sitehub.protocol.message.SeqRange;
import dev.sitehub.protocol.message.TelemetryBatch;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/** Sample messages at a fixed clock, shared by the protocol tests. */
final class Fixtures {
  static final Instant NOW = Instant.parse("2026-11-24T08:00:00Z");
  static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
  static final String SITE = "site-7";
  static final String DEVICE = "box-42";

  private Fixtures() {}

  static MessageCodec codec() {
    return new MessageCodec(ProtocolLimits.defaults(), CLOCK);
  }

  static ParsedTopic topic(TopicKind kind) {
    return Topics.parse(Topics.device(kind, SITE, DEVICE)).value();
  }

  static TelemetryBatch telemetry() {
    return new TelemetryBatch(
        DEVICE,
        17,
        NOW,
        List.of(
            Reading.of("bme-1", SensorKind.TEMPERATURE, NOW.minusSeconds(10), 21.5),
            Reading.of("bme-1", SensorKind.HUMIDITY, NOW.minusSeconds(10), 55.25),
            Reading.of("pms-1", SensorKind.PM2_5, NOW.minusSeconds(5), 12.0)));
  }

  static DeviceEvent leak() {
    return new DeviceEvent(
        DEVICE, 18, NOW, EventType.LEAK, "leak-1", EventState.ON, Map.of("pin", "17"), null);
  }

  static DeviceEvent gap() {
    return new DeviceEvent(
        DEVICE,
        19,
        NOW,
        EventType.GAP,
        "outbox",
        EventState.PULSE,
        Map.of("reason", "disk_cap"),
        new SeqRange(3, 9));
  }

  static DeviceStatus online() {
    return new DeviceStatus(
        DEVICE,
        DeviceState.ONLINE,
        NOW,
        "0.1.0",
        List.of("bme-1", "leak-1"),
        List.of("cam-1"),
        "abc123");
  }

  static Heartbeat heartbeat() {
    return new Heartbeat(
        DEVICE,
        NOW,
        3600,
        48.5,
        12_000_000_000L,
        4,
        Map.of("telemetry_disk_cap", 0L),
        List.of(new CameraHealth("cam-1", true, "idle", NOW.minusSeconds(30), null)));
  }

  static Command command() {
    return new Command(
        "cmd-1", "stream_start", NOW, NOW.plusSeconds(30), Map.of("camera", "cam-1"));
  }

  static CommandResult result() {
    return new CommandResult(
        "cmd-1", DEVICE, ResultStatus.OK, NOW, "streaming", Map.of("fps", "5"));
  }
}
