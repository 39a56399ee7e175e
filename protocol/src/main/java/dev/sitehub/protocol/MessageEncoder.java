package dev.sitehub.protocol;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sitehub.protocol.message.CameraHealth;
import dev.sitehub.protocol.message.Command;
import dev.sitehub.protocol.message.CommandResult;
import dev.sitehub.protocol.message.DeviceEvent;
import dev.sitehub.protocol.message.DeviceStatus;
import dev.sitehub.protocol.message.Heartbeat;
import dev.sitehub.protocol.message.ProvisionRequest;
import dev.sitehub.protocol.message.ProvisionResponse;
import dev.sitehub.protocol.message.Reading;
import dev.sitehub.protocol.message.TelemetryBatch;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Writes messages as the JSON documented in docs/protocol.md. */
final class MessageEncoder {
  private final ObjectMapper mapper;

  MessageEncoder(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  byte[] telemetry(TelemetryBatch b) {
    ObjectNode o = mapper.createObjectNode();
    o.put("deviceId", b.deviceId());
    o.put("seq", b.seq());
    o.put("sentAt", b.sentAt().toEpochMilli());
    ArrayNode readings = o.putArray("readings");
    for (Reading r : b.readings()) {
      ObjectNode ro = readings.addObject();
      ro.put("sensorId", r.sensorId());
      ro.put("kind", r.kind().wireName());
      ro.put("unit", r.unit());
      ro.put("ts", r.ts().toEpochMilli());
      ro.put("value", r.value());
    }
    return write(o);
  }

  byte[] event(DeviceEvent e) {
    ObjectNode o = mapper.createObjectNode();
    o.put("deviceId", e.deviceId());
    o.put("seq", e.seq());
    o.put("ts", e.ts().toEpochMilli());
    o.put("type", e.type().wireName());
    o.put("source", e.source());
    o.put("state", e.state().name().toLowerCase(Locale.ROOT));
    putStrings(o, "detail", e.detail());
    if (e.lost() != null) {
      ObjectNode lost = o.putObject("lost");
      lost.put("from", e.lost().from());
      lost.put("to", e.lost().to());
    }
    return write(o);
  }

  byte[] status(DeviceStatus s) {
    ObjectNode o = mapper.createObjectNode();
    o.put("deviceId", s.deviceId());
    o.put("state", s.state().name().toLowerCase(Locale.ROOT));
    o.put("ts", s.ts().toEpochMilli());
    putOpt(o, "agentVersion", s.agentVersion());
    putList(o, "sensors", s.sensors());
    putList(o, "cameras", s.cameras());
    putOpt(o, "configHash", s.configHash());
    return write(o);
  }

  byte[] heartbeat(Heartbeat h) {
    ObjectNode o = mapper.createObjectNode();
    o.put("deviceId", h.deviceId());
    o.put("ts", h.ts().toEpochMilli());
    o.put("uptimeSeconds", h.uptimeSeconds());
    if (h.cpuTempC() != null) {
      o.put("cpuTempC", h.cpuTempC());
    }
    o.put("diskFreeBytes", h.diskFreeBytes());
    o.put("outboxDepth", h.outboxDepth());
    ObjectNode dropped = o.putObject("dropped");
    h.dropped().forEach(dropped::put);
    ArrayNode cams = o.putArray("cameras");
    for (CameraHealth c : h.cameras()) {
      ObjectNode co = cams.addObject();
      co.put("cameraId", c.cameraId());
      co.put("healthy", c.healthy());
      co.put("mode", c.mode());
      putInstant(co, "lastFrameAt", c.lastFrameAt());
      putOpt(co, "error", c.error());
    }
    return write(o);
  }

  byte[] command(Command c) {
    ObjectNode o = mapper.createObjectNode();
    o.put("commandId", c.commandId());
    o.put("type", c.type());
    o.put("issuedAt", c.issuedAt().toEpochMilli());
    putInstant(o, "expiresAt", c.expiresAt());
    putStrings(o, "args", c.args());
    return write(o);
  }

  byte[] commandResult(CommandResult r) {
    ObjectNode o = mapper.createObjectNode();
    o.put("commandId", r.commandId());
    o.put("deviceId", r.deviceId());
    o.put("status", r.status().name().toLowerCase(Locale.ROOT));
    o.put("ts", r.ts().toEpochMilli());
    putOpt(o, "message", r.message());
    putStrings(o, "data", r.data());
    return write(o);
  }

  byte[] provisionRequest(ProvisionRequest r) {
    ObjectNode o = mapper.createObjectNode();
    o.put("requestId", r.requestId());
    o.put("claimCode", r.claimCode());
    putOpt(o, "hardwareId", r.hardwareId());
    putOpt(o, "agentVersion", r.agentVersion());
    return write(o);
  }

  byte[] provisionResponse(ProvisionResponse r) {
    ObjectNode o = mapper.createObjectNode();
    o.put("requestId", r.requestId());
    o.put("accepted", r.accepted());
    putOpt(o, "siteId", r.siteId());
    putOpt(o, "deviceId", r.deviceId());
    putOpt(o, "secret", r.secret());
    putOpt(o, "error", r.error());
    return write(o);
  }

  private static void putOpt(ObjectNode o, String name, String value) {
    if (value != null) {
      o.put(name, value);
    }
  }

  private static void putInstant(ObjectNode o, String name, Instant value) {
    if (value != null) {
      o.put(name, value.toEpochMilli());
    }
  }

  private static void putStrings(ObjectNode o, String name, Map<String, String> values) {
    ObjectNode m = o.putObject(name);
    values.forEach(m::put);
  }

  private static void putList(ObjectNode o, String name, List<String> values) {
    ArrayNode a = o.putArray(name);
    values.forEach(a::add);
  }

  private byte[] write(ObjectNode o) {
    try {
      return mapper.writeValueAsBytes(o);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
