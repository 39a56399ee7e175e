package dev.sitehub.cloud.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sitehub.cloud.alerts.ThresholdState.Transition;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Consecutive-count and duration semantics of threshold rules. */
class ThresholdStateTest {
  private static final Instant T0 = Instant.parse("2026-11-02T02:00:00Z");

  @Test
  void observe_threeConsecutiveNeeded_firesOnThirdAndOnlyOnce() {
    ThresholdState s = new ThresholdState();
    assertThat(s.observe(true, T0, 3, null)).isEqualTo(Transition.NONE);
    assertThat(s.observe(true, T0.plusSeconds(1), 3, null)).isEqualTo(Transition.NONE);
    assertThat(s.observe(true, T0.plusSeconds(2), 3, null)).isEqualTo(Transition.FIRE);
    assertThat(s.observe(true, T0.plusSeconds(3), 3, null)).isEqualTo(Transition.NONE);
    assertThat(s.observe(false, T0.plusSeconds(4), 3, null)).isEqualTo(Transition.CLEAR);
  }

  @Test
  void observe_breakInTheRun_restartsCount() {
    ThresholdState s = new ThresholdState();
    s.observe(true, T0, 3, null);
    s.observe(true, T0.plusSeconds(1), 3, null);
    assertThat(s.observe(false, T0.plusSeconds(2), 3, null)).isEqualTo(Transition.NONE);
    assertThat(s.observe(true, T0.plusSeconds(3), 3, null)).isEqualTo(Transition.NONE);
    assertThat(s.consecutive()).isEqualTo(1);
  }

  @Test
  void observe_sustainFifteenMinutes_firesOnlyWhenSpanReached() {
    ThresholdState s = new ThresholdState();
    for (int minute = 0; minute < 15; minute++) {
      assertThat(s.observe(true, T0.plusSeconds(60L * minute), null, 900))
          .isEqualTo(Transition.NONE);
    }
    assertThat(s.observe(true, T0.plusSeconds(900), null, 900)).isEqualTo(Transition.FIRE);
  }
}
