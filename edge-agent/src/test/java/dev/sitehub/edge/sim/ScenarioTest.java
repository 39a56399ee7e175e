package dev.sitehub.edge.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ScenarioTest {
  @Test
  void parse_eachKind_typedScenario() {
    assertThat(Scenario.parse("leak@30s")).isEqualTo(new Scenario.Leak(Duration.ofSeconds(30)));
    assertThat(Scenario.parse("noise@1m:75dba:20s"))
        .isEqualTo(new Scenario.Noise(Duration.ofMinutes(1), 75, Duration.ofSeconds(20)));
    assertThat(Scenario.parse("motion@500ms:15s"))
        .isEqualTo(new Scenario.MotionAtNight(Duration.ofMillis(500), Duration.ofSeconds(15)));
    assertThat(Scenario.parse("cover@2m:30s"))
        .isEqualTo(new Scenario.CameraCovered(Duration.ofMinutes(2), Duration.ofSeconds(30)));
    assertThat(Scenario.parse("netcut@150s:40s"))
        .isEqualTo(new Scenario.NetworkCut(Duration.ofSeconds(150), Duration.ofSeconds(40)));
  }

  @Test
  void parse_badInput_clearError() {
    assertThatThrownBy(() -> Scenario.parse("flood@10s"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unknown scenario");
    assertThatThrownBy(() -> Scenario.parse("leak")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Scenario.parse("leak@10"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unit");
    assertThatThrownBy(() -> Scenario.parse("cover@10s"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("missing");
  }
}
