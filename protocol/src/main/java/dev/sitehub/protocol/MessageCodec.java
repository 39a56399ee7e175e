package dev.sitehub.protocol;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.sitehub.protocol.message.Command;
import dev.sitehub.protocol.message.CommandResult;
import dev.sitehub.protocol.message.DeviceEvent;
import dev.sitehub.protocol.message.DeviceStatus;
import dev.sitehub.protocol.message.Heartbeat;
import dev.sitehub.protocol.message.ProvisionRequest;
import dev.sitehub.protocol.message.ProvisionResponse;
import dev.sitehub.protocol.message.TelemetryBatch;
import java.io.IOException;
import java.time.Clock;
import java.util.function.Function;

/**
 * Encodes and decodes every JSON payload of the protocol. Decoding never throws for bad input: it
 * returns a {@link Decoded} that is either the record or a typed {@link Rejection}. Decoders that
 * take a {@link ParsedTopic} also check that the device in the payload is the one in the topic.
 * Thread-safe.
 */
public final class MessageCodec {
  private final ProtocolLimits limits;
  private final Clock clock;
  private final ObjectMapper mapper;
  private final MessageEncoder encoder;
  private final MessageDecoder decoder;

  public MessageCodec(ProtocolLimits limits, Clock clock) {
    this.limits = limits;
    this.clock = clock;
    // NaN and Infinity tokens are parsed so that they can be rejected with their own reason.
    this.mapper =
        JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .build();
    this.encoder = new MessageEncoder(mapper);
    this.decoder = new MessageDecoder(limits);
  }

  public static MessageCodec withDefaults() {
    return new MessageCodec(ProtocolLimits.defaults(), Clock.systemUTC());
  }

  public ProtocolLimits limits() {
    return limits;
  }

  public byte[] encode(TelemetryBatch batch) {
    return encoder.telemetry(batch);
  }

  public byte[] encode(DeviceEvent event) {
    return encoder.event(event);
  }

  public byte[] encode(DeviceStatus status) {
    return encoder.status(status);
  }

  public byte[] encode(Heartbeat heartbeat) {
    return encoder.heartbeat(heartbeat);
  }

  public byte[] encode(Command command) {
    return encoder.command(command);
  }

  public byte[] encode(CommandResult result) {
    return encoder.commandResult(result);
  }

  public byte[] encode(ProvisionRequest request) {
    return encoder.provisionRequest(request);
  }

  public byte[] encode(ProvisionResponse response) {
    return encoder.provisionResponse(response);
  }

  public Decoded<TelemetryBatch> decodeTelemetry(ParsedTopic topic, byte[] payload) {
    return forDevice(
        topic, TopicKind.TELEMETRY, payload, decoder::telemetry, TelemetryBatch::deviceId);
  }

  public Decoded<DeviceEvent> decodeEvent(ParsedTopic topic, byte[] payload) {
    return forDevice(topic, TopicKind.EVENT, payload, decoder::event, DeviceEvent::deviceId);
  }

  public Decoded<DeviceStatus> decodeStatus(ParsedTopic topic, byte[] payload) {
    return forDevice(topic, TopicKind.STATUS, payload, decoder::status, DeviceStatus::deviceId);
  }

  public Decoded<Heartbeat> decodeHeartbeat(ParsedTopic topic, byte[] payload) {
    return forDevice(topic, TopicKind.HEARTBEAT, payload, decoder::heartbeat, Heartbeat::deviceId);
  }

  public Decoded<CommandResult> decodeCommandResult(ParsedTopic topic, byte[] payload) {
    return forDevice(
        topic, TopicKind.COMMAND_RESULT, payload, decoder::commandResult, CommandResult::deviceId);
  }

  public Decoded<Command> decodeCommand(byte[] payload) {
    return decode(payload, decoder::command);
  }

  public Decoded<ProvisionRequest> decodeProvisionRequest(byte[] payload) {
    return decode(payload, decoder::provisionRequest);
  }

  public Decoded<ProvisionResponse> decodeProvisionResponse(byte[] payload) {
    return decode(payload, decoder::provisionResponse);
  }

  /**
   * Parses the topic and decodes a JSON payload published by a device or a provisioner. Frames are
   * not JSON: use {@link FrameCodec}.
   */
  public Decoded<Inbound> decodeInbound(String topic, byte[] payload) {
    return Topics.parse(topic).flatMap(t -> decodeInbound(t, payload));
  }

  /** As {@link #decodeInbound(String, byte[])} for a topic already parsed. */
  public Decoded<Inbound> decodeInbound(ParsedTopic t, byte[] payload) {
    Decoded<?> d =
        switch (t.kind()) {
          case TELEMETRY -> decodeTelemetry(t, payload);
          case EVENT -> decodeEvent(t, payload);
          case STATUS -> decodeStatus(t, payload);
          case HEARTBEAT -> decodeHeartbeat(t, payload);
          case COMMAND_RESULT -> decodeCommandResult(t, payload);
          case PROVISION_REQUEST -> decodeProvisionRequest(payload);
          case COMMAND, PROVISION_RESPONSE, FRAME ->
              Decoded.rejected(RejectReason.BAD_TOPIC, t.kind() + " is not inbound JSON");
        };
    return d.isOk() ? Decoded.ok(new Inbound(t, d.value())) : Decoded.rejected(d.rejection());
  }

  private <T> Decoded<T> forDevice(
      ParsedTopic topic,
      TopicKind expected,
      byte[] payload,
      Function<FieldReader, T> read,
      Function<T, String> deviceOf) {
    if (topic == null || topic.kind() != expected) {
      return Decoded.rejected(RejectReason.BAD_TOPIC, "expected a " + expected + " topic");
    }
    Decoded<T> d = decode(payload, read);
    if (d.isOk() && !topic.deviceId().equals(deviceOf.apply(d.value()))) {
      return Decoded.rejected(RejectReason.DEVICE_MISMATCH, "payload device differs from topic");
    }
    return d;
  }

  private <T> Decoded<T> decode(byte[] payload, Function<FieldReader, T> read) {
    if (payload == null || payload.length == 0) {
      return Decoded.rejected(RejectReason.MALFORMED_JSON, "empty payload");
    }
    if (payload.length > limits.maxJsonBytes()) {
      return Decoded.rejected(
          RejectReason.PAYLOAD_TOO_LARGE, payload.length + " > " + limits.maxJsonBytes());
    }
    JsonNode root;
    try {
      root = mapper.readTree(payload);
    } catch (IOException | RuntimeException e) {
      return Decoded.rejected(RejectReason.MALFORMED_JSON, e.getClass().getSimpleName());
    }
    if (root == null || root.isMissingNode()) {
      return Decoded.rejected(RejectReason.MALFORMED_JSON, "no JSON value");
    }
    try {
      return Decoded.ok(read.apply(new FieldReader(root, "", limits, clock)));
    } catch (RejectedException e) {
      return Decoded.rejected(e.rejection());
    }
  }
}
