package dev.sitehub.protocol;

import static dev.sitehub.protocol.Fixtures.CLOCK;
import static dev.sitehub.protocol.Fixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sitehub.protocol.message.FrameMeta;
import dev.sitehub.protocol.message.FrameReason;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FrameCodecTest {
  private final FrameCodec codec = new FrameCodec(ProtocolLimits.defaults(), CLOCK);
  private final ParsedTopic topic = Topics.parse(Topics.frame("s1", "d1", "cam-1")).value();
  private final FrameMeta meta =
      new FrameMeta("cam-1", NOW, 5, 1280, 720, 0.25, FrameReason.MOTION);

  static byte[] jpeg(int size) {
    byte[] b = new byte[size];
    b[0] = (byte) 0xFF;
    b[1] = (byte) 0xD8;
    b[2] = (byte) 0xFF;
    b[size - 2] = (byte) 0xFF;
    b[size - 1] = (byte) 0xD9;
    return b;
  }

  @Test
  void frame_propertiesRoundTrip_metaEqual() {
    byte[] bytes = jpeg(1000);
    var frame = codec.decode(topic, codec.toUserProperties(meta), bytes).value();
    assertThat(frame.meta()).isEqualTo(meta);
    assertThat(frame.jpeg()).isSameAs(bytes);
  }

  @Test
  void frame_exactlyMaxSize_accepted_oneByteOver_rejected() {
    int max = ProtocolLimits.defaults().maxFrameBytes();
    var props = codec.toUserProperties(meta);
    assertThat(codec.decode(topic, props, jpeg(max)).isOk()).isTrue();
    assertThat(codec.decode(topic, props, jpeg(max + 1)).rejection().reason())
        .isEqualTo(RejectReason.FRAME_TOO_LARGE);
  }

  @Test
  void truncatedJpeg_rejectedAsNotJpeg() {
    byte[] truncated = Arrays.copyOf(jpeg(1000), 600);
    assertThat(codec.decode(topic, codec.toUserProperties(meta), truncated).rejection().reason())
        .isEqualTo(RejectReason.NOT_JPEG);
  }

  @Test
  void missingOrBadProperties_rejectedWithReason() {
    Map<String, String> props = new HashMap<>(codec.toUserProperties(meta));
    props.remove(FrameCodec.SEQ);
    assertThat(codec.decode(topic, props, jpeg(100)).rejection().reason())
        .isEqualTo(RejectReason.MISSING_FIELD);

    props = new HashMap<>(codec.toUserProperties(meta));
    props.put(FrameCodec.WIDTH, "wide");
    assertThat(codec.decode(topic, props, jpeg(100)).rejection().reason())
        .isEqualTo(RejectReason.WRONG_TYPE);

    props = new HashMap<>(codec.toUserProperties(meta));
    props.put(FrameCodec.MOTION, "NaN");
    assertThat(codec.decode(topic, props, jpeg(100)).rejection().reason())
        .isEqualTo(RejectReason.NON_FINITE_VALUE);

    props = new HashMap<>(codec.toUserProperties(meta));
    props.put(FrameCodec.TS, Long.toString(NOW.toEpochMilli() + 3_600_000));
    assertThat(codec.decode(topic, props, jpeg(100)).rejection().reason())
        .isEqualTo(RejectReason.TIMESTAMP_OUT_OF_RANGE);
  }

  @Test
  void cameraDiffersFromTopic_rejectedAsMismatch() {
    Map<String, String> props = new HashMap<>(codec.toUserProperties(meta));
    props.put(FrameCodec.CAMERA, "cam-2");
    assertThat(codec.decode(topic, props, jpeg(100)).rejection().reason())
        .isEqualTo(RejectReason.DEVICE_MISMATCH);
  }
}
