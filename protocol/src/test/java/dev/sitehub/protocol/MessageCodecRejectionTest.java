package dev.sitehub.protocol;

import static dev.sitehub.protocol.Fixtures.NOW;
import static dev.sitehub.protocol.Fixtures.codec;
import static dev.sitehub.protocol.Fixtures.topic;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sitehub.protocol.message.Reading;
import dev.sitehub.protocol.message.SensorKind;
import dev.sitehub.protocol.message.TelemetryBatch;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Verifies that each rejection reason is produced for the input that deserves it. */
class MessageCodecRejectionTest {
  private final MessageCodec codec = codec();
  private final long now = NOW.toEpochMilli();

  private Rejection telemetry(String json) {
    return codec
        .decodeTelemetry(topic(TopicKind.TELEMETRY), json.getBytes(StandardCharsets.UTF_8))
        .rejection();
  }

  private String reading(String value) {
    return "{\"sensorId\":\"t1\",\"kind\":\"temperature\",\"unit\":\"degC\",\"ts\":"
        + now
        + ",\"value\":"
        + value
        + "}";
  }

  private String batch(String readings) {
    return "{\"deviceId\":\"box-42\",\"seq\":1,\"sentAt\":"
        + now
        + ",\"readings\":["
        + readings
        + "]}";
  }

  @Test
  void malformedJson_rejected() {
    assertThat(telemetry("{\"deviceId\":").reason()).isEqualTo(RejectReason.MALFORMED_JSON);
    assertThat(telemetry("").reason()).isEqualTo(RejectReason.MALFORMED_JSON);
    assertThat(telemetry(batch(reading("1")) + " trailing").reason())
        .isEqualTo(RejectReason.MALFORMED_JSON);
  }

  @Test
  void duplicateKeys_rejectedAsMalformed() {
    String json = "{\"deviceId\":\"box-42\",\"deviceId\":\"other\",\"seq\":1}";
    assertThat(telemetry(json).reason()).isEqualTo(RejectReason.MALFORMED_JSON);
  }

  @Test
  void missingField_rejectedNamingTheField() {
    Rejection r = telemetry("{\"deviceId\":\"box-42\",\"sentAt\":" + now + ",\"readings\":[]}");
    assertThat(r.reason()).isEqualTo(RejectReason.MISSING_FIELD);
    assertThat(r.detail()).isEqualTo("seq");
  }

  @Test
  void wrongType_rejected() {
    assertThat(telemetry(batch(reading("\"hot\""))).reason()).isEqualTo(RejectReason.WRONG_TYPE);
    assertThat(telemetry("[1,2]").reason()).isEqualTo(RejectReason.WRONG_TYPE);
    assertThat(
            telemetry(
                    "{\"deviceId\":\"box-42\",\"seq\":\"1\",\"sentAt\":"
                        + now
                        + ",\"readings\":[]}")
                .reason())
        .isEqualTo(RejectReason.WRONG_TYPE);
  }

  @Test
  void nanAndInfinity_rejectedAsNonFinite() {
    assertThat(telemetry(batch(reading("NaN"))).reason()).isEqualTo(RejectReason.NON_FINITE_VALUE);
    assertThat(telemetry(batch(reading("Infinity"))).reason())
        .isEqualTo(RejectReason.NON_FINITE_VALUE);
    assertThat(telemetry(batch(reading("1e400"))).reason())
        .isEqualTo(RejectReason.NON_FINITE_VALUE);
  }

  @Test
  void timestampTooFarInFutureOrPast_rejected() {
    long future = now + 6 * 60_000;
    long past = now - 31L * 24 * 3600 * 1000;
    assertThat(
            telemetry(batch(reading("1")).replace("\"sentAt\":" + now, "\"sentAt\":" + future))
                .reason())
        .isEqualTo(RejectReason.TIMESTAMP_OUT_OF_RANGE);
    assertThat(telemetry(batch(reading("1")).replace("\"ts\":" + now, "\"ts\":" + past)).reason())
        .isEqualTo(RejectReason.TIMESTAMP_OUT_OF_RANGE);
  }

  @Test
  void batchTooLarge_rejected() {
    List<Reading> many = new ArrayList<>();
    for (int i = 0; i < 501; i++) {
      many.add(Reading.of("t1", SensorKind.TEMPERATURE, NOW, i));
    }
    byte[] json = codec.encode(new TelemetryBatch("box-42", 1, NOW, many));
    assertThat(codec.decodeTelemetry(topic(TopicKind.TELEMETRY), json).rejection().reason())
        .isEqualTo(RejectReason.BATCH_TOO_LARGE);
  }

  @Test
  void payloadTooLarge_rejectedBeforeParsing() {
    byte[] huge = new byte[ProtocolLimits.defaults().maxJsonBytes() + 1];
    assertThat(codec.decodeTelemetry(topic(TopicKind.TELEMETRY), huge).rejection().reason())
        .isEqualTo(RejectReason.PAYLOAD_TOO_LARGE);
  }

  @Test
  void deviceInPayloadDiffersFromTopic_rejectedAsMismatch() {
    assertThat(telemetry(batch(reading("1")).replace("box-42", "box-43")).reason())
        .isEqualTo(RejectReason.DEVICE_MISMATCH);
  }

  @Test
  void topicThatDoesNotParse_rejectedAsBadTopic() {
    byte[] json = batch(reading("1")).getBytes(StandardCharsets.UTF_8);
    assertThat(codec.decodeInbound("sitehub/v1/site/s1/#", json).rejection().reason())
        .isEqualTo(RejectReason.BAD_TOPIC);
    assertThat(codec.decodeTelemetry(topic(TopicKind.EVENT), json).rejection().reason())
        .isEqualTo(RejectReason.BAD_TOPIC);
  }

  @Test
  void outboundTopicUsedInbound_rejectedAsBadTopic() {
    byte[] json = codec.encode(Fixtures.command());
    assertThat(
            codec
                .decodeInbound(Topics.command(Fixtures.SITE, Fixtures.DEVICE), json)
                .rejection()
                .reason())
        .isEqualTo(RejectReason.BAD_TOPIC);
  }

  @Test
  void invalidValues_rejected() {
    assertThat(telemetry(batch(reading("1")).replace("temperature", "lava")).reason())
        .isEqualTo(RejectReason.INVALID_VALUE);
    assertThat(telemetry(batch(reading("1")).replace("degC", "degF")).reason())
        .isEqualTo(RejectReason.INVALID_VALUE);
    assertThat(telemetry(batch(reading("1")).replace("\"seq\":1", "\"seq\":-1")).reason())
        .isEqualTo(RejectReason.INVALID_VALUE);
    assertThat(telemetry(batch(reading("1")).replace("\"t1\"", "\"t/1\"")).reason())
        .isEqualTo(RejectReason.INVALID_VALUE);
  }

  @Test
  void gapEventWithoutRange_rejectedAsMissingField() {
    String json =
        "{\"deviceId\":\"box-42\",\"seq\":5,\"ts\":"
            + now
            + ",\"type\":\"gap\",\"source\":\"outbox\",\"state\":\"pulse\"}";
    Rejection r =
        codec
            .decodeEvent(topic(TopicKind.EVENT), json.getBytes(StandardCharsets.UTF_8))
            .rejection();
    assertThat(r.reason()).isEqualTo(RejectReason.MISSING_FIELD);
  }
}
