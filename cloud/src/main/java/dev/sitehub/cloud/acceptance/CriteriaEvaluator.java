package dev.sitehub.cloud.acceptance;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Judges each telemetry criterion over its window from stored samples, as pure functions of the
 * samples, the declared start and "now", so every verdict can be unit-tested and recomputed.
 */
class CriteriaEvaluator {
  private final Limits limits;

  public CriteriaEvaluator(Limits limits) {
    this.limits = limits;
  }

  /**
   * Closed-water test: the leak sensor must have been dry for {@code required}, counted from the
   * declared start or from the last wet reading, whichever is later. A wet latest reading fails.
   */
  public CriterionResult closedWater(
      String id,
      String sensorId,
      List<Sample> leak,
      Instant start,
      Duration required,
      Instant now) {
    List<Sample> in = between(leak, start, now);
    Instant lastWet = null;
    int wet = 0;
    for (Sample s : in) {
      if (s.value() >= limits.leakWetThreshold()) {
        wet++;
        lastWet = s.ts();
      }
    }
    CriterionData.Builder data =
        CriterionData.builder()
            .readings(in.size())
            .requiredHours(required.toHours())
            .requiredMinutes(required.toMinutes())
            .wetReadings(wet)
            .lastWetAt(lastWet);
    Judged judged = new Judged(id, CriterionKind.CLOSED_WATER, sensorId, data);
    if (!in.isEmpty() && in.get(in.size() - 1).value() >= limits.leakWetThreshold()) {
      return judged.as(Verdict.FAIL, Finding.LEAK_WET, start, now);
    }
    Instant dryFrom = lastWet == null ? start : lastWet;
    Duration dry = Duration.between(dryFrom, now);
    Duration gap = largestGap(between(in, dryFrom, now), dryFrom, now);
    data.dryMinutes(dry.toMinutes()).largestGapMinutes(gap.toMinutes());
    if (dry.compareTo(required) < 0) {
      return judged.as(Verdict.PENDING, Finding.DRY_SO_FAR, dryFrom, now);
    }
    if (gap.compareTo(limits.maxGap()) > 0) {
      return judged.as(Verdict.NO_DATA, Finding.READINGS_GAP, dryFrom, now);
    }
    return judged.as(Verdict.PASS, Finding.DRY_HELD, dryFrom, now);
  }

  /** Pressure test: drop from the first reading to the lowest within the window. */
  public CriterionResult pressure(
      String id, String sensorId, List<Sample> p, Instant start, Instant now) {
    Instant end = start.plus(limits.pressureWindow());
    List<Sample> in = between(p, start, end);
    CriterionData.Builder data =
        CriterionData.builder()
            .readings(in.size())
            .minTestMpa(limits.pressureMinMpa())
            .maxDropMpa(limits.pressureMaxDropMpa());
    Judged judged = new Judged(id, CriterionKind.PRESSURE, sensorId, data);
    if (now.isBefore(end)) {
      return judged.as(Verdict.PENDING, Finding.PRESSURE_WINDOW_OPEN, start, end);
    }
    Duration slack = limits.pressureWindow().dividedBy(6);
    if (in.size() < 2 || largestGap(in, start, end).compareTo(slack) > 0) {
      return judged.as(Verdict.NO_DATA, Finding.PRESSURE_FEW_READINGS, start, end);
    }
    double first = in.get(0).value();
    double min = in.stream().mapToDouble(Sample::value).min().orElse(first);
    double drop = round(first - min);
    data.startMpa(first).minMpa(min).dropMpa(drop);
    if (first < limits.pressureMinMpa()) {
      return judged.as(Verdict.FAIL, Finding.PRESSURE_BELOW_TEST, start, end);
    }
    boolean ok = drop <= limits.pressureMaxDropMpa();
    return judged.as(ok ? Verdict.PASS : Verdict.FAIL, Finding.PRESSURE_DROP, start, end);
  }

  /** Curing: every temperature and humidity reading within the window's limits. */
  public CriterionResult curing(
      String id,
      String sensorId,
      List<Sample> temp,
      List<Sample> rh,
      Instant start,
      Duration length,
      Instant now) {
    Instant end = start.plus(length);
    Instant until = now.isBefore(end) ? now : end;
    List<Sample> t = between(temp, start, until);
    List<Sample> h = between(rh, start, until);
    List<Sample> hot =
        t.stream()
            .filter(s -> s.value() < limits.curingMinC() || s.value() > limits.curingMaxC())
            .toList();
    List<Sample> damp = h.stream().filter(s -> s.value() > limits.curingMaxRh()).toList();
    CriterionData.Builder data =
        CriterionData.builder()
            .temperatureReadings(t.size())
            .humidityReadings(h.size())
            .breaches(hot.size() + damp.size())
            .curingMinC(limits.curingMinC())
            .curingMaxC(limits.curingMaxC())
            .curingMaxRh(limits.curingMaxRh());
    Judged judged = new Judged(id, CriterionKind.CURING, sensorId, data);
    if (!hot.isEmpty() || !damp.isEmpty()) {
      // Temperature breaches are reported first, as before findings were data.
      Sample first = hot.isEmpty() ? damp.get(0) : hot.get(0);
      data.firstBreachAt(first.ts())
          .firstBreachValue(first.value())
          .firstBreachMeasure(hot.isEmpty() ? Measure.HUMIDITY_RH : Measure.TEMPERATURE_C);
      return judged.as(Verdict.FAIL, Finding.CURING_BREACHED, start, until);
    }
    if (now.isBefore(end)) {
      return judged.as(Verdict.PENDING, Finding.CURING_WINDOW_OPEN, start, end);
    }
    if (t.isEmpty()
        || h.isEmpty()
        || largestGap(t, start, end).compareTo(limits.maxGap()) > 0
        || largestGap(h, start, end).compareTo(limits.maxGap()) > 0) {
      return judged.as(Verdict.NO_DATA, Finding.CURING_READINGS_MISSING, start, end);
    }
    return judged.as(Verdict.PASS, Finding.CURING_WITHIN, start, end);
  }

  /** Indoor air: the mean of each pollutant since the measurement started, against its limit. */
  public CriterionResult indoorAir(
      String id,
      String sensorId,
      List<Sample> formaldehyde,
      List<Sample> tvoc,
      Instant start,
      Instant now) {
    List<Sample> f = between(formaldehyde, start, now);
    List<Sample> v = between(tvoc, start, now);
    CriterionData.Builder data =
        CriterionData.builder()
            .formaldehydeReadings(f.size())
            .tvocReadings(v.size())
            .formaldehydeMax(limits.formaldehydeMax())
            .tvocMax(limits.tvocMax());
    Judged judged = new Judged(id, CriterionKind.INDOOR_AIR, sensorId, data);
    if (f.isEmpty() && v.isEmpty()) {
      return judged.as(Verdict.NO_DATA, Finding.AIR_NO_READINGS, start, now);
    }
    boolean over = false;
    if (!f.isEmpty()) {
      double mean = round(mean(f));
      data.formaldehydeMeanMgM3(mean);
      over = mean > limits.formaldehydeMax();
    }
    if (!v.isEmpty()) {
      double mean = round(mean(v));
      data.tvocMeanMgM3(mean);
      over |= mean > limits.tvocMax();
    }
    return over
        ? judged.as(Verdict.FAIL, Finding.AIR_OVER, start, now)
        : judged.as(Verdict.PASS, Finding.AIR_WITHIN, start, now);
  }

  private static List<Sample> between(List<Sample> all, Instant from, Instant to) {
    return all.stream().filter(s -> !s.ts().isBefore(from) && !s.ts().isAfter(to)).toList();
  }

  /** The longest stretch of the window with no reading, edges included. */
  static Duration largestGap(List<Sample> in, Instant from, Instant to) {
    if (in.isEmpty()) {
      return Duration.between(from, to);
    }
    Duration max = Duration.between(from, in.get(0).ts());
    for (int i = 1; i < in.size(); i++) {
      Duration d = Duration.between(in.get(i - 1).ts(), in.get(i).ts());
      if (d.compareTo(max) > 0) {
        max = d;
      }
    }
    Duration tail = Duration.between(in.get(in.size() - 1).ts(), to);
    return tail.compareTo(max) > 0 ? tail : max;
  }

  private static double mean(List<Sample> s) {
    return s.stream().mapToDouble(Sample::value).average().orElse(0);
  }

  private static double round(double v) {
    return Math.round(v * 10000.0) / 10000.0;
  }

  /** A criterion being judged: its identity and the facts gathered so far. */
  private record Judged(
      String id, CriterionKind kind, String sensorId, CriterionData.Builder data) {
    CriterionResult as(Verdict v, Finding finding, Instant from, Instant to) {
      return new CriterionResult(
          id, kind, sensorId, v, finding, from.toString(), to.toString(), data.build());
    }
  }
}
