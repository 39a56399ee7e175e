package dev.sitehub.bench;

import dev.sitehub.protocol.FrameCodec;
import dev.sitehub.protocol.message.FrameMeta;
import dev.sitehub.protocol.message.FrameReason;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javax.imageio.ImageIO;
import org.eclipse.paho.mqttv5.common.MqttMessage;
import org.eclipse.paho.mqttv5.common.packet.MqttProperties;
import org.eclipse.paho.mqttv5.common.packet.UserProperty;

/**
 * Live camera frames as the edge agent sends them: a 1280x720 JPEG (gradient with per-pixel noise,
 * about 110 KB, the weight of a real 720p frame), QoS 0, metadata in MQTT 5 user properties. Each
 * frame carries its index in a JPEG comment segment so a receiver can match it to its send time.
 */
final class LiveFrames {
  private final byte[] jpeg;
  private final FrameCodec codec = FrameCodec.withDefaults();

  LiveFrames() throws Exception {
    BufferedImage img = new BufferedImage(1280, 720, BufferedImage.TYPE_3BYTE_BGR);
    Random r = new Random(7);
    for (int y = 0; y < 720; y++) {
      for (int x = 0; x < 1280; x++) {
        int v = Math.max(0, Math.min(255, (x / 5 + y / 3) % 256 + r.nextInt(17) - 8));
        img.setRGB(x, y, (v << 16) | (((v + 40) % 256) << 8) | (255 - v));
      }
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(img, "jpg", out);
    jpeg = out.toByteArray();
  }

  int bytes() {
    return jpeg.length + 8;
  }

  MqttMessage message(String cameraId, int index) {
    ByteBuffer b = ByteBuffer.allocate(jpeg.length + 8);
    b.put(jpeg, 0, 2);
    b.put((byte) 0xFF).put((byte) 0xFE).putShort((short) 6).putInt(index);
    b.put(jpeg, 2, jpeg.length - 2);
    MqttMessage m = new MqttMessage(b.array());
    m.setQos(0);
    MqttProperties p = new MqttProperties();
    List<UserProperty> props = new ArrayList<>();
    codec
        .toUserProperties(
            new FrameMeta(cameraId, Instant.now(), index, 1280, 720, 0.0, FrameReason.LIVE))
        .forEach((k, v) -> props.add(new UserProperty(k, v)));
    p.setUserProperties(props);
    p.setContentType(FrameCodec.CONTENT_TYPE);
    m.setProperties(p);
    return m;
  }

  /** The index a frame carries, or -1 for anything else (a snapshot, a text message). */
  static int index(byte[] frame) {
    if (frame.length < 10 || (frame[2] & 0xff) != 0xFF || (frame[3] & 0xff) != 0xFE) {
      return -1;
    }
    return ByteBuffer.wrap(frame, 6, 4).getInt();
  }
}
