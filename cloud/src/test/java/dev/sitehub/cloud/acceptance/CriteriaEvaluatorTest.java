package dev.sitehub.cloud.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongToDoubleFunction;
import org.junit.jupiter.api.Test;

/** Verifies each telemetry criterion's verdict and the data it reports, with DOMAIN.md limits. */
class CriteriaEvaluatorTest {
  private static final Instant T0 = Instant.parse("2026-11-01T00:00:00Z");
  private final CriteriaEvaluator eval = new CriteriaEvaluator(Limits.defaults());

  /** One sample per {@code stepMinutes} from T0 for {@code minutes}, value by minute offset. */
  private static List<Sample> series(long minutes, long stepMinutes, LongToDoubleFunction value) {
    List<Sample> out = new ArrayList<>();
    for (long m = 0; m <= minutes; m += stepMinutes) {
      out.add(new Sample(T0.plus(Duration.ofMinutes(m)), value.applyAsDouble(m)));
    }
    return out;
  }

  private static Instant at(long minutes) {
    return T0.plus(Duration.ofMinutes(minutes));
  }

  @Test
  void closedWater_latestReadingWet_fails() {
    List<Sample> leak = series(120, 10, m -> m >= 60 ? 1 : 0);
    CriterionResult r = eval.closedWater("c", "leak1", leak, T0, Duration.ofHours(48), at(120));
    assertThat(r.verdict()).isEqualTo(Verdict.FAIL);
    assertThat(r.finding()).isEqualTo(Finding.LEAK_WET);
    assertThat(r.data().wetReadings()).isEqualTo(7);
    assertThat(r.data().lastWetAt()).isEqualTo(at(120));
  }

  @Test
  void closedWater_dryButWindowNotElapsed_pending() {
    List<Sample> leak = series(24 * 60, 10, m -> 0);
    CriterionResult r = eval.closedWater("c", "leak1", leak, T0, Duration.ofHours(48), at(24 * 60));
    assertThat(r.verdict()).isEqualTo(Verdict.PENDING);
    assertThat(r.finding()).isEqualTo(Finding.DRY_SO_FAR);
    assertThat(r.data().dryMinutes()).isEqualTo(24 * 60L);
    assertThat(r.data().requiredMinutes()).isEqualTo(48 * 60L);
  }

  @Test
  void closedWater_dryForWholeWindow_passes() {
    List<Sample> leak = series(48 * 60, 10, m -> 0);
    CriterionResult r = eval.closedWater("c", "leak1", leak, T0, Duration.ofHours(48), at(48 * 60));
    assertThat(r.verdict()).isEqualTo(Verdict.PASS);
    assertThat(r.finding()).isEqualTo(Finding.DRY_HELD);
    assertThat(r.data().readings()).isEqualTo(48 * 6 + 1);
    assertThat(r.data().wetReadings()).isZero();
  }

  @Test
  void closedWater_wetEarlierThenDryForWindow_passesCountingFromLastWet() {
    List<Sample> leak = series(51 * 60, 10, m -> m >= 60 && m <= 120 ? 1 : 0);
    assertThat(eval.closedWater("c", "l", leak, T0, Duration.ofHours(48), at(49 * 60)).verdict())
        .isEqualTo(Verdict.PENDING);
    CriterionResult r = eval.closedWater("c", "l", leak, T0, Duration.ofHours(48), at(51 * 60));
    assertThat(r.verdict()).isEqualTo(Verdict.PASS);
    assertThat(r.from()).isEqualTo(at(120).toString());
  }

  @Test
  void closedWater_gapLongerThanAllowed_noData() {
    List<Sample> leak = new ArrayList<>(series(10 * 60, 10, m -> 0));
    leak.addAll(
        series(48 * 60, 10, m -> 0).stream().filter(s -> s.ts().isAfter(at(12 * 60))).toList());
    CriterionResult r = eval.closedWater("c", "l", leak, T0, Duration.ofHours(48), at(48 * 60));
    assertThat(r.verdict()).isEqualTo(Verdict.NO_DATA);
    assertThat(r.finding()).isEqualTo(Finding.READINGS_GAP);
    assertThat(r.data().largestGapMinutes()).isEqualTo(130L);
  }

  @Test
  void pressure_dropWithinLimit_passes_andAboveLimit_fails() {
    List<Sample> good = series(30, 1, m -> 0.80 - m * 0.001);
    CriterionResult ok = eval.pressure("c", "p1", good, T0, at(31));
    assertThat(ok.verdict()).isEqualTo(Verdict.PASS);
    assertThat(ok.finding()).isEqualTo(Finding.PRESSURE_DROP);
    assertThat(ok.data().dropMpa()).isEqualTo(0.03);
    assertThat(ok.data().maxDropMpa()).isEqualTo(0.05);
    List<Sample> leaking = series(30, 1, m -> 0.80 - m * 0.003);
    assertThat(eval.pressure("c", "p1", leaking, T0, at(31)).verdict()).isEqualTo(Verdict.FAIL);
    assertThat(eval.pressure("c", "p1", good, T0, at(20)).verdict()).isEqualTo(Verdict.PENDING);
    assertThat(eval.pressure("c", "p1", List.of(), T0, at(31)).verdict())
        .isEqualTo(Verdict.NO_DATA);
  }

  @Test
  void pressure_belowTestPressure_fails() {
    CriterionResult r = eval.pressure("c", "p1", series(30, 1, m -> 0.4), T0, at(31));
    assertThat(r.verdict()).isEqualTo(Verdict.FAIL);
    assertThat(r.finding()).isEqualTo(Finding.PRESSURE_BELOW_TEST);
    assertThat(r.data().startMpa()).isEqualTo(0.4);
    assertThat(r.data().minTestMpa()).isEqualTo(0.6);
  }

  @Test
  void curing_oneHotReading_fails_elseWithinWindow_passes() {
    List<Sample> temp = series(72 * 60, 10, m -> m == 600 ? 36.5 : 20);
    List<Sample> rh = series(72 * 60, 10, m -> 60);
    CriterionResult hot = eval.curing("c", "th", temp, rh, T0, Duration.ofHours(72), at(72 * 60));
    assertThat(hot.verdict()).isEqualTo(Verdict.FAIL);
    assertThat(hot.finding()).isEqualTo(Finding.CURING_BREACHED);
    assertThat(hot.data().breaches()).isEqualTo(1);
    assertThat(hot.data().firstBreachAt()).isEqualTo(at(600));
    assertThat(hot.data().firstBreachValue()).isEqualTo(36.5);
    assertThat(hot.data().firstBreachMeasure()).isEqualTo(Measure.TEMPERATURE_C);
    CriterionResult ok =
        eval.curing(
            "c", "th", series(72 * 60, 10, m -> 20), rh, T0, Duration.ofHours(72), at(72 * 60));
    assertThat(ok.verdict()).isEqualTo(Verdict.PASS);
  }

  @Test
  void indoorAir_meansAgainstGb50325() {
    List<Sample> hcho = series(60, 5, m -> 0.05);
    List<Sample> tvoc = series(60, 5, m -> 0.30);
    assertThat(eval.indoorAir("c", "air", hcho, tvoc, T0, at(60)).verdict())
        .isEqualTo(Verdict.PASS);
    CriterionResult bad = eval.indoorAir("c", "air", series(60, 5, m -> 0.09), tvoc, T0, at(60));
    assertThat(bad.verdict()).isEqualTo(Verdict.FAIL);
    assertThat(bad.finding()).isEqualTo(Finding.AIR_OVER);
    assertThat(bad.data().formaldehydeMeanMgM3()).isEqualTo(0.09);
    assertThat(bad.data().formaldehydeMax()).isEqualTo(0.07);
    assertThat(eval.indoorAir("c", "air", List.of(), List.of(), T0, at(60)).verdict())
        .isEqualTo(Verdict.NO_DATA);
  }
}
