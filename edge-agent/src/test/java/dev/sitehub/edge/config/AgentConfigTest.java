package dev.sitehub.edge.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AgentConfigTest {
  @TempDir Path dir;

  @Test
  void load_fileWithEnvOverride_envWins() throws Exception {
    Path file = dir.resolve("agent.properties");
    Files.writeString(
        file,
        "broker.host=cloud.example\nbroker.port=8883\ncameras=cam1\n"
            + "camera.cam1.source=rtsp://10.0.0.5/stream\ncamera.cam1.jpeg-quality=70\n");
    AgentConfig c =
        AgentConfig.from(
            ConfigSource.load(
                file,
                Map.of(
                    "SITEHUB_BROKER_PORT", "18883",
                    "SITEHUB_CAMERA_CAM1_JPEG_QUALITY", "55",
                    "SITEHUB_OUTBOX_FSYNC", "always")));

    assertThat(c.broker().host()).isEqualTo("cloud.example");
    assertThat(c.broker().port()).isEqualTo(18883);
    assertThat(c.outbox().fsync()).isEqualTo(FsyncPolicy.ALWAYS);
    assertThat(c.cameras()).hasSize(1);
    assertThat(c.cameras().get(0).jpegQuality()).isEqualTo(55);
    assertThat(c.cameras().get(0).source()).isEqualTo("rtsp://10.0.0.5/stream");
  }

  @Test
  void from_emptySource_usesDocumentedDefaults() {
    AgentConfig c = AgentConfig.from(new ConfigSource(Map.of("cameras", "c1")));
    assertThat(c.broker().tls()).isTrue();
    assertThat(c.heartbeatInterval()).isEqualTo(Duration.ofSeconds(60));
    assertThat(c.cameras().get(0).snapshotInterval()).isEqualTo(Duration.ofSeconds(60));
    assertThat(c.cameras().get(0).liveFps()).isEqualTo(5);
    assertThat(c.cameras().get(0).motionThreshold()).isEqualTo(30);
    assertThat(c.cameras().get(0).dailyPhotoAt()).isEqualTo(LocalTime.NOON);
  }

  @Test
  void from_portOutOfRange_failsNamingKey() {
    assertThatThrownBy(() -> AgentConfig.from(new ConfigSource(Map.of("broker.port", "70000"))))
        .isInstanceOf(ConfigException.class)
        .extracting(e -> ((ConfigException) e).key())
        .isEqualTo("broker.port");
  }

  @Test
  void from_badValues_eachFailsWithTypedError() {
    Map<String, String> bad =
        Map.of(
            "broker.tls", "maybe",
            "outbox.fsync", "sometimes",
            "device.id", "dev/1",
            "heartbeat.seconds", "0",
            "camera.c1.masks", "0.1,0.2,0.3",
            "camera.c1.daily-photo-at", "25:99");
    for (Map.Entry<String, String> e : bad.entrySet()) {
      Map<String, String> values = Map.of(e.getKey(), e.getValue(), "cameras", "c1");
      assertThatThrownBy(() -> AgentConfig.from(new ConfigSource(values)))
          .as(e.getKey())
          .isInstanceOf(ConfigException.class)
          .hasMessageStartingWith(e.getKey());
    }
  }

  @Test
  void configHash_secretChanged_hashUnchanged() {
    String a = AgentConfig.from(new ConfigSource(Map.of("claim.code", "AAA"))).configHash();
    String b = AgentConfig.from(new ConfigSource(Map.of("claim.code", "BBB"))).configHash();
    String c = AgentConfig.from(new ConfigSource(Map.of("broker.port", "1234"))).configHash();
    assertThat(a).isEqualTo(b).isNotEqualTo(c);
  }

  @Test
  void load_missingFile_failsWithConfigException() {
    assertThatThrownBy(() -> ConfigSource.load(dir.resolve("nope.properties"), Map.of()))
        .isInstanceOf(ConfigException.class);
  }
}
