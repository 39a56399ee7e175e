package dev.sitehub.protocol;

import static dev.sitehub.protocol.Fixtures.codec;
import static dev.sitehub.protocol.Fixtures.topic;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sitehub.protocol.message.DeviceState;
import dev.sitehub.protocol.message.DeviceStatus;
import dev.sitehub.protocol.message.ProvisionRequest;
import dev.sitehub.protocol.message.ProvisionResponse;
import dev.sitehub.protocol.message.TelemetryBatch;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Verifies that every message type survives encode then decode unchanged. */
class MessageCodecRoundTripTest {
  private final MessageCodec codec = codec();

  @Test
  void telemetry_encodedThenDecoded_isEqual() {
    TelemetryBatch b = Fixtures.telemetry();
    assertThat(codec.decodeTelemetry(topic(TopicKind.TELEMETRY), codec.encode(b)).value())
        .isEqualTo(b);
  }

  @Test
  void event_encodedThenDecoded_isEqual() {
    var e = Fixtures.leak();
    assertThat(codec.decodeEvent(topic(TopicKind.EVENT), codec.encode(e)).value()).isEqualTo(e);
  }

  @Test
  void gapEvent_encodedThenDecoded_keepsLostRange() {
    var e = Fixtures.gap();
    var decoded = codec.decodeEvent(topic(TopicKind.EVENT), codec.encode(e)).value();
    assertThat(decoded).isEqualTo(e);
    assertThat(decoded.lost().count()).isEqualTo(7);
  }

  @Test
  void status_encodedThenDecoded_isEqual() {
    var s = Fixtures.online();
    assertThat(codec.decodeStatus(topic(TopicKind.STATUS), codec.encode(s)).value()).isEqualTo(s);
  }

  @Test
  void lastWill_oldTimestamp_isAccepted() {
    var s =
        new DeviceStatus(
            Fixtures.DEVICE,
            DeviceState.OFFLINE,
            Fixtures.NOW.minusSeconds(90L * 24 * 3600),
            null,
            List.of(),
            List.of(),
            null);
    assertThat(codec.decodeStatus(topic(TopicKind.STATUS), codec.encode(s)).value()).isEqualTo(s);
  }

  @Test
  void heartbeat_encodedThenDecoded_isEqual() {
    var h = Fixtures.heartbeat();
    assertThat(codec.decodeHeartbeat(topic(TopicKind.HEARTBEAT), codec.encode(h)).value())
        .isEqualTo(h);
  }

  @Test
  void command_encodedThenDecoded_isEqual() {
    var c = Fixtures.command();
    var decoded = codec.decodeCommand(codec.encode(c)).value();
    assertThat(decoded).isEqualTo(c);
    assertThat(decoded.knownType()).isPresent();
  }

  @Test
  void commandResult_encodedThenDecoded_isEqual() {
    var r = Fixtures.result();
    assertThat(codec.decodeCommandResult(topic(TopicKind.COMMAND_RESULT), codec.encode(r)).value())
        .isEqualTo(r);
  }

  @Test
  void provisionRequest_encodedThenDecoded_isEqual() {
    var r = new ProvisionRequest("req-1", "ABCD-EFGH", "pi-serial-1", "0.1.0");
    assertThat(codec.decodeProvisionRequest(codec.encode(r)).value()).isEqualTo(r);
  }

  @Test
  void provisionResponse_acceptedAndRefused_roundTrip() {
    var ok = ProvisionResponse.accepted("req-1", "site-7", "box-42", "s3cr3t");
    var no = ProvisionResponse.refused("req-2", "claim code expired");
    assertThat(codec.decodeProvisionResponse(codec.encode(ok)).value()).isEqualTo(ok);
    assertThat(codec.decodeProvisionResponse(codec.encode(no)).value()).isEqualTo(no);
    assertThat(ok.toString()).doesNotContain("s3cr3t");
  }

  @Test
  void decodeInbound_telemetryTopic_dispatchesToTelemetry() {
    var b = Fixtures.telemetry();
    Inbound in =
        codec
            .decodeInbound(Topics.telemetry(Fixtures.SITE, Fixtures.DEVICE), codec.encode(b))
            .value();
    assertThat(in.message()).isEqualTo(b);
    assertThat(in.topic().siteId()).isEqualTo(Fixtures.SITE);
  }

  @Test
  void unknownCommandType_decodes_soTheAgentCanAnswerIt() {
    byte[] json = "{\"commandId\":\"c9\",\"type\":\"self_destruct\",\"issuedAt\":1}".getBytes();
    var c = codec.decodeCommand(json).value();
    assertThat(c.knownType()).isEmpty();
    assertThat(c.commandId()).isEqualTo("c9");
  }
}
