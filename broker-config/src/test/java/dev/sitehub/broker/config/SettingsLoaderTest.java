package dev.sitehub.broker.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sitehub.protocol.MqttUsers;
import dev.sitehub.protocol.ProtocolLimits;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsLoaderTest {

  @Test
  void load_fileOnly_usesFileAndDefaults(@TempDir Path dir) throws IOException {
    Files.writeString(
        dir.resolve(SettingsLoader.FILE_NAME),
        "sitehub.jdbc.url=jdbc:postgresql://db:5432/sitehub\nsitehub.auth.cache-ttl=PT5S\n");
    ExtensionSettings s = SettingsLoader.load(dir, Map.of());
    assertThat(s.jdbcUrl()).isEqualTo("jdbc:postgresql://db:5432/sitehub");
    assertThat(s.cacheTtl()).isEqualTo(Duration.ofSeconds(5));
    assertThat(s.revocationInterval()).isEqualTo(Duration.ofSeconds(60));
    assertThat(s.cloudUsername()).isEqualTo(MqttUsers.CLOUD);
    assertThat(s.maxFrameBytes()).isEqualTo(ProtocolLimits.DEFAULT_MAX_FRAME_BYTES);
  }

  @Test
  void load_envSet_overridesFile(@TempDir Path dir) throws IOException {
    Files.writeString(
        dir.resolve(SettingsLoader.FILE_NAME), "sitehub.jdbc.url=jdbc:postgresql://db/a\n");
    ExtensionSettings s =
        SettingsLoader.load(
            dir,
            Map.of(
                "SITEHUB_JDBC_URL", "jdbc:postgresql://other/b",
                "SITEHUB_JDBC_PASSWORD", "pw",
                "SITEHUB_AUTH_REVOCATION_INTERVAL", "PT2S",
                "SITEHUB_ACL_MAX_FRAME_BYTES", "2048"));
    assertThat(s.jdbcUrl()).isEqualTo("jdbc:postgresql://other/b");
    assertThat(s.jdbcPassword()).isEqualTo("pw");
    assertThat(s.revocationInterval()).isEqualTo(Duration.ofSeconds(2));
    assertThat(s.maxFrameBytes()).isEqualTo(2048);
    assertThat(s.toString()).doesNotContain("pw");
  }

  @Test
  void from_placeholderPassword_refusedNamingTheKeyNotTheValue() {
    Map<String, String> env =
        Map.of("SITEHUB_JDBC_URL", "jdbc:postgresql://db/a", "SITEHUB_JDBC_PASSWORD", "change-me");

    assertThatThrownBy(() -> SettingsLoader.from(new Properties(), env))
        .isInstanceOf(SettingsException.class)
        .hasMessageContaining("SITEHUB_JDBC_PASSWORD")
        .hasMessageContaining("placeholder")
        .hasMessageNotContaining("change-me");
  }

  @Test
  void from_missingJdbcUrl_namesTheKey() {
    assertThatThrownBy(() -> SettingsLoader.from(new Properties(), Map.of()))
        .isInstanceOf(SettingsException.class)
        .hasMessageContaining("sitehub.jdbc.url")
        .hasMessageContaining("SITEHUB_JDBC_URL");
  }

  @Test
  void from_malformedDuration_typedError() {
    Map<String, String> env =
        Map.of("SITEHUB_JDBC_URL", "jdbc:postgresql://db/a", "SITEHUB_AUTH_CACHE_TTL", "10s");
    assertThatThrownBy(() -> SettingsLoader.from(new Properties(), env))
        .isInstanceOf(SettingsException.class)
        .hasMessageContaining("sitehub.auth.cache-ttl");
  }

  @Test
  void from_nonNumericFrameLimit_typedError() {
    Map<String, String> env =
        Map.of("SITEHUB_JDBC_URL", "jdbc:postgresql://db/a", "SITEHUB_ACL_MAX_FRAME_BYTES", "1MB");
    assertThatThrownBy(() -> SettingsLoader.from(new Properties(), env))
        .isInstanceOf(SettingsException.class)
        .hasMessageContaining("sitehub.acl.max-frame-bytes");
  }

  @Test
  void from_nonPostgresUrl_rejected() {
    Map<String, String> env = Map.of("SITEHUB_JDBC_URL", "jdbc:mysql://db/a");
    assertThatThrownBy(() -> SettingsLoader.from(new Properties(), env))
        .isInstanceOf(SettingsException.class)
        .hasMessageContaining("jdbc:postgresql:");
  }
}
