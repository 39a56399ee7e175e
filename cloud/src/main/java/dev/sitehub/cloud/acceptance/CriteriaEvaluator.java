package dev.sitehub.cloud.acceptance;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Judges each telemetry criterion over its window from stored samples, as pure functions of the
 * samples, the declared start and "now", so every verdict can be unit-tested and recomputed.
 */
public class CriteriaEvaluator {
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
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("readings", in.size());
    data.put("requiredHours", required.toHours());
    Instant lastWet = null;
    long wet = 0;
    for (Sample s : in) {
      if (s.value() >= limits.leakWetThreshold()) {
        wet++;
        lastWet = s.ts();
      }
    }
    data.put("wetReadings", wet);
    if (lastWet != null) {
      data.put("lastWetAt", lastWet.toString());
    }
    if (!in.isEmpty() && in.get(in.size() - 1).value() >= limits.leakWetThreshold()) {
      return result(
          id,
          CriterionKind.CLOSED_WATER,
          sensorId,
          Verdict.FAIL,
          start,
          now,
          "the leak sensor reports wet",
          data);
    }
    Instant dryFrom = lastWet == null ? start : lastWet;
    Duration dry = Duration.between(dryFrom, now);
    data.put("dryMinutes", dry.toMinutes());
    Duration gap = largestGap(between(in, dryFrom, now), dryFrom, now);
    data.put("largestGapMinutes", gap.toMinutes());
    if (dry.compareTo(required) < 0) {
      return result(
          id,
          CriterionKind.CLOSED_WATER,
          sensorId,
          Verdict.PENDING,
          dryFrom,
          now,
          "dry for " + dry.toMinutes() + " of " + required.toMinutes() + " minutes",
          data);
    }
    if (gap.compareTo(limits.maxGap()) > 0) {
      return result(
          id,
          CriterionKind.CLOSED_WATER,
          sensorId,
          Verdict.NO_DATA,
          dryFrom,
          now,
          "a gap of " + gap.toMinutes() + " minutes without readings",
          data);
    }
    return result(
        id,
        CriterionKind.CLOSED_WATER,
        sensorId,
        Verdict.PASS,
        dryFrom,
        now,
        "dry for " + dry.toMinutes() + " minutes",
        data);
  }

  /** Pressure test: drop from the first reading to the lowest within the window. */
  public CriterionResult pressure(
      String id, String sensorId, List<Sample> p, Instant start, Instant now) {
    Instant end = start.plus(limits.pressureWindow());
    List<Sample> in = between(p, start, end);
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("readings", in.size());
    data.put("maxDropMpa", Double.toString(limits.pressureMaxDropMpa()));
    if (now.isBefore(end)) {
      return result(
          id,
          CriterionKind.PRESSURE,
          sensorId,
          Verdict.PENDING,
          start,
          end,
          "the test window ends at " + end,
          data);
    }
    Duration slack = limits.pressureWindow().dividedBy(6);
    if (in.size() < 2 || largestGap(in, start, end).compareTo(slack) > 0) {
      return result(
          id,
          CriterionKind.PRESSURE,
          sensorId,
          Verdict.NO_DATA,
          start,
          end,
          "too few pressure readings in the window",
          data);
    }
    double first = in.get(0).value();
    double min = in.stream().mapToDouble(Sample::value).min().orElse(first);
    double drop = first - min;
    data.put("startMpa", Double.toString(first));
    data.put("minMpa", Double.toString(min));
    data.put("dropMpa", Double.toString(round(drop)));
    if (first < limits.pressureMinMpa()) {
      return result(
          id,
          CriterionKind.PRESSURE,
          sensorId,
          Verdict.FAIL,
          start,
          end,
          "test pressure " + first + " MPa below " + limits.pressureMinMpa(),
          data);
    }
    boolean ok = round(drop) <= limits.pressureMaxDropMpa();
    return result(
        id,
        CriterionKind.PRESSURE,
        sensorId,
        ok ? Verdict.PASS : Verdict.FAIL,
        start,
        end,
        "drop " + round(drop) + " MPa (limit " + limits.pressureMaxDropMpa() + ")",
        data);
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
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("temperatureReadings", t.size());
    data.put("humidityReadings", h.size());
    List<String> breaches = new ArrayList<>();
    for (Sample s : t) {
      if (s.value() < limits.curingMinC() || s.value() > limits.curingMaxC()) {
        breaches.add(s.ts() + " " + s.value() + " degC");
      }
    }
    for (Sample s : h) {
      if (s.value() > limits.curingMaxRh()) {
        breaches.add(s.ts() + " " + s.value() + " %RH");
      }
    }
    data.put("breaches", breaches.size());
    if (!breaches.isEmpty()) {
      data.put("firstBreach", breaches.get(0));
      return result(
          id,
          CriterionKind.CURING,
          sensorId,
          Verdict.FAIL,
          start,
          until,
          breaches.size() + " readings outside the curing window",
          data);
    }
    if (now.isBefore(end)) {
      return result(
          id,
          CriterionKind.CURING,
          sensorId,
          Verdict.PENDING,
          start,
          end,
          "curing window ends at " + end,
          data);
    }
    if (t.isEmpty()
        || h.isEmpty()
        || largestGap(t, start, end).compareTo(limits.maxGap()) > 0
        || largestGap(h, start, end).compareTo(limits.maxGap()) > 0) {
      return result(
          id,
          CriterionKind.CURING,
          sensorId,
          Verdict.NO_DATA,
          start,
          end,
          "temperature or humidity readings missing in the window",
          data);
    }
    return result(
        id,
        CriterionKind.CURING,
        sensorId,
        Verdict.PASS,
        start,
        end,
        "all readings within "
            + limits.curingMinC()
            + "-"
            + limits.curingMaxC()
            + " degC, RH <= "
            + limits.curingMaxRh(),
        data);
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
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("formaldehydeReadings", f.size());
    data.put("tvocReadings", v.size());
    if (f.isEmpty() && v.isEmpty()) {
      return result(
          id,
          CriterionKind.INDOOR_AIR,
          sensorId,
          Verdict.NO_DATA,
          start,
          now,
          "no formaldehyde or TVOC readings",
          data);
    }
    List<String> over = new ArrayList<>();
    if (!f.isEmpty()) {
      double mean = round(mean(f));
      data.put("formaldehydeMeanMgM3", Double.toString(mean));
      if (mean > limits.formaldehydeMax()) {
        over.add("formaldehyde " + mean + " > " + limits.formaldehydeMax());
      }
    }
    if (!v.isEmpty()) {
      double mean = round(mean(v));
      data.put("tvocMeanMgM3", Double.toString(mean));
      if (mean > limits.tvocMax()) {
        over.add("TVOC " + mean + " > " + limits.tvocMax());
      }
    }
    return over.isEmpty()
        ? result(
            id,
            CriterionKind.INDOOR_AIR,
            sensorId,
            Verdict.PASS,
            start,
            now,
            "within GB 50325 limits",
            data)
        : result(
            id,
            CriterionKind.INDOOR_AIR,
            sensorId,
            Verdict.FAIL,
            start,
            now,
            String.join("; ", over),
            data);
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

  private static CriterionResult result(
      String id,
      CriterionKind kind,
      String sensorId,
      Verdict v,
      Instant from,
      Instant to,
      String detail,
      Map<String, Object> data) {
    return new CriterionResult(id, kind, sensorId, v, from.toString(), to.toString(), detail, data);
  }
}
