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
import dev.sitehub.protocol.message.ProvisionRequest;
import dev.sitehub.protocol.message.ProvisionResponse;
import dev.sitehub.protocol.message.Reading;
import dev.sitehub.protocol.message.ResultStatus;
import dev.sitehub.protocol.message.SensorKind;
import dev.sitehub.protocol.message.SeqRange;
import dev.sitehub.protocol.message.TelemetryBatch;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Turns validated JSON objects into message records; all checks throw RejectedException. */
final class MessageDecoder {
  private final ProtocolLimits limits;

  MessageDecoder(ProtocolLimits limits) {
    this.limits = limits;
  }

  TelemetryBatch telemetry(FieldReader r) {
    String deviceId = r.id("deviceId");
    long seq = r.nonNegativeLong("seq");
    var sentAt = r.instant("sentAt");
    List<FieldReader> items =
        r.objects("readings", limits.maxReadingsPerBatch(), RejectReason.BATCH_TOO_LARGE);
    List<Reading> readings = new ArrayList<>(items.size());
    for (FieldReader item : items) {
      String sensorId = item.id("sensorId");
      SensorKind kind = item.enumValue("kind", SensorKind::fromWire);
      String unit = item.text("unit");
      if (!kind.unit().equals(unit)) {
        throw new RejectedException(
            RejectReason.INVALID_VALUE, "unit of " + kind.wireName() + " must be " + kind.unit());
      }
      readings.add(new Reading(sensorId, kind, unit, item.instant("ts"), item.finite("value")));
    }
    return new TelemetryBatch(deviceId, seq, sentAt, readings);
  }

  DeviceEvent event(FieldReader r) {
    String deviceId = r.id("deviceId");
    long seq = r.nonNegativeLong("seq");
    var ts = r.instant("ts");
    EventType type = r.enumValue("type", EventType::fromWire);
    String source = r.id("source");
    EventState state = r.enumValue("state", s -> lowerEnum(EventState.class, s));
    var detail = r.stringMap("detail");
    SeqRange lost = null;
    FieldReader lostReader = r.optObject("lost");
    if (lostReader != null) {
      long from = lostReader.nonNegativeLong("from");
      long to = lostReader.nonNegativeLong("to");
      if (to < from) {
        throw new RejectedException(RejectReason.INVALID_VALUE, "lost.to < lost.from");
      }
      lost = new SeqRange(from, to);
    }
    if (type == EventType.GAP && lost == null) {
      throw new RejectedException(RejectReason.MISSING_FIELD, "lost (required for gap)");
    }
    return new DeviceEvent(deviceId, seq, ts, type, source, state, detail, lost);
  }

  DeviceStatus status(FieldReader r) {
    return new DeviceStatus(
        r.id("deviceId"),
        r.enumValue("state", s -> lowerEnum(DeviceState.class, s)),
        r.instantNotFuture("ts"),
        r.optText("agentVersion"),
        r.idList("sensors"),
        r.idList("cameras"),
        r.optText("configHash"));
  }

  Heartbeat heartbeat(FieldReader r) {
    String deviceId = r.id("deviceId");
    var ts = r.instant("ts");
    long uptime = r.nonNegativeLong("uptimeSeconds");
    Double cpu = r.optFinite("cpuTempC");
    long diskFree = r.nonNegativeLong("diskFreeBytes");
    long depth = r.nonNegativeLong("outboxDepth");
    var dropped = r.longMap("dropped");
    List<CameraHealth> cameras = new ArrayList<>();
    for (FieldReader c : r.objects("cameras", limits.maxMapEntries(), RejectReason.INVALID_VALUE)) {
      cameras.add(
          new CameraHealth(
              c.id("cameraId"),
              c.bool("healthy"),
              c.text("mode"),
              c.optInstant("lastFrameAt"),
              c.optText("error")));
    }
    return new Heartbeat(deviceId, ts, uptime, cpu, diskFree, depth, dropped, cameras);
  }

  Command command(FieldReader r) {
    return new Command(
        r.id("commandId"),
        r.text("type"),
        r.rawInstant("issuedAt"),
        r.optRawInstant("expiresAt"),
        r.stringMap("args"));
  }

  CommandResult commandResult(FieldReader r) {
    return new CommandResult(
        r.id("commandId"),
        r.id("deviceId"),
        r.enumValue("status", s -> lowerEnum(ResultStatus.class, s)),
        r.instant("ts"),
        r.optText("message"),
        r.stringMap("data"));
  }

  ProvisionRequest provisionRequest(FieldReader r) {
    return new ProvisionRequest(
        r.id("requestId"), r.text("claimCode"), r.optText("hardwareId"), r.optText("agentVersion"));
  }

  ProvisionResponse provisionResponse(FieldReader r) {
    String requestId = r.id("requestId");
    boolean accepted = r.bool("accepted");
    if (accepted) {
      return ProvisionResponse.accepted(
          requestId, r.id("siteId"), r.id("deviceId"), r.text("secret"));
    }
    return ProvisionResponse.refused(requestId, r.text("error"));
  }

  private static <E extends Enum<E>> Optional<E> lowerEnum(Class<E> type, String wire) {
    for (E e : type.getEnumConstants()) {
      if (e.name().toLowerCase(Locale.ROOT).equals(wire)) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }
}
