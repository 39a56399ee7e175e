package dev.sitehub.edge.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigOverridesTest {
  @TempDir Path dir;

  private AgentConfig installed() {
    return AgentConfig.from(
        new ConfigSource(
            Map.of("cameras", "cam1", "camera.cam1.jpeg-quality", "80", "broker.host", "h")));
  }

  @Test
  void effective_afterApply_overrideUsedAndHashChanges() {
    AgentConfig base = installed();
    ConfigOverrides o = new ConfigOverrides(dir.resolve("o.properties"), base.values());
    assertThat(o.effective(base)).isSameAs(base);
    o.apply(Map.of("camera.cam1.jpeg-quality", "60"));
    AgentConfig eff =
        new ConfigOverrides(dir.resolve("o.properties"), base.values()).effective(base);
    assertThat(eff.cameras().get(0).jpegQuality()).isEqualTo(60);
    assertThat(eff.broker().host()).isEqualTo("h");
    assertThat(eff.configHash()).isNotEqualTo(base.configHash());
  }

  @Test
  void apply_valueInvalidAgainstInstalledCameras_rejectedNamingKey() {
    AgentConfig base = installed();
    ConfigOverrides o = new ConfigOverrides(dir.resolve("o.properties"), base.values());
    assertThatThrownBy(() -> o.apply(Map.of("camera.cam1.jpeg-quality", "500")))
        .isInstanceOf(ConfigException.class)
        .hasMessageStartingWith("camera.cam1.jpeg-quality");
  }

  @Test
  void toString_configWithSecrets_secretsNotShown() {
    AgentConfig c = AgentConfig.from(new ConfigSource(Map.of("claim.code", "SECRET-CLAIM-1")));
    assertThat(c.toString()).doesNotContain("SECRET-CLAIM-1");
  }
}
