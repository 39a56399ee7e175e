package dev.sitehub.cloud.acceptance;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.quarkus.qute.TemplateData;
import java.time.Instant;

/**
 * The measured facts behind one criterion's verdict, typed; only the facts of the criterion's kind
 * are set, the rest stay null (and absent from JSON).
 */
@TemplateData
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CriterionData(
    Integer readings,
    Long requiredHours,
    Long requiredMinutes,
    Integer wetReadings,
    Instant lastWetAt,
    Long dryMinutes,
    Long largestGapMinutes,
    Double minTestMpa,
    Double maxDropMpa,
    Double startMpa,
    Double minMpa,
    Double dropMpa,
    Integer temperatureReadings,
    Integer humidityReadings,
    Integer breaches,
    Instant firstBreachAt,
    Double firstBreachValue,
    Measure firstBreachMeasure,
    Double curingMinC,
    Double curingMaxC,
    Double curingMaxRh,
    Integer formaldehydeReadings,
    Integer tvocReadings,
    Double formaldehydeMeanMgM3,
    Double formaldehydeMax,
    Double tvocMeanMgM3,
    Double tvocMax,
    String legacyDetail) {

  static Builder builder() {
    return new Builder();
  }

  /** Collects the facts while a criterion is judged. */
  static final class Builder {
    private Integer readings;
    private Long requiredHours;
    private Long requiredMinutes;
    private Integer wetReadings;
    private Instant lastWetAt;
    private Long dryMinutes;
    private Long largestGapMinutes;
    private Double minTestMpa;
    private Double maxDropMpa;
    private Double startMpa;
    private Double minMpa;
    private Double dropMpa;
    private Integer temperatureReadings;
    private Integer humidityReadings;
    private Integer breaches;
    private Instant firstBreachAt;
    private Double firstBreachValue;
    private Measure firstBreachMeasure;
    private Double curingMinC;
    private Double curingMaxC;
    private Double curingMaxRh;
    private Integer formaldehydeReadings;
    private Integer tvocReadings;
    private Double formaldehydeMeanMgM3;
    private Double formaldehydeMax;
    private Double tvocMeanMgM3;
    private Double tvocMax;
    private String legacyDetail;

    Builder readings(Integer v) {
      this.readings = v;
      return this;
    }

    Builder requiredHours(Long v) {
      this.requiredHours = v;
      return this;
    }

    Builder requiredMinutes(Long v) {
      this.requiredMinutes = v;
      return this;
    }

    Builder wetReadings(Integer v) {
      this.wetReadings = v;
      return this;
    }

    Builder lastWetAt(Instant v) {
      this.lastWetAt = v;
      return this;
    }

    Builder dryMinutes(Long v) {
      this.dryMinutes = v;
      return this;
    }

    Builder largestGapMinutes(Long v) {
      this.largestGapMinutes = v;
      return this;
    }

    Builder minTestMpa(Double v) {
      this.minTestMpa = v;
      return this;
    }

    Builder maxDropMpa(Double v) {
      this.maxDropMpa = v;
      return this;
    }

    Builder startMpa(Double v) {
      this.startMpa = v;
      return this;
    }

    Builder minMpa(Double v) {
      this.minMpa = v;
      return this;
    }

    Builder dropMpa(Double v) {
      this.dropMpa = v;
      return this;
    }

    Builder temperatureReadings(Integer v) {
      this.temperatureReadings = v;
      return this;
    }

    Builder humidityReadings(Integer v) {
      this.humidityReadings = v;
      return this;
    }

    Builder breaches(Integer v) {
      this.breaches = v;
      return this;
    }

    Builder firstBreachAt(Instant v) {
      this.firstBreachAt = v;
      return this;
    }

    Builder firstBreachValue(Double v) {
      this.firstBreachValue = v;
      return this;
    }

    Builder firstBreachMeasure(Measure v) {
      this.firstBreachMeasure = v;
      return this;
    }

    Builder curingMinC(Double v) {
      this.curingMinC = v;
      return this;
    }

    Builder curingMaxC(Double v) {
      this.curingMaxC = v;
      return this;
    }

    Builder curingMaxRh(Double v) {
      this.curingMaxRh = v;
      return this;
    }

    Builder formaldehydeReadings(Integer v) {
      this.formaldehydeReadings = v;
      return this;
    }

    Builder tvocReadings(Integer v) {
      this.tvocReadings = v;
      return this;
    }

    Builder formaldehydeMeanMgM3(Double v) {
      this.formaldehydeMeanMgM3 = v;
      return this;
    }

    Builder formaldehydeMax(Double v) {
      this.formaldehydeMax = v;
      return this;
    }

    Builder tvocMeanMgM3(Double v) {
      this.tvocMeanMgM3 = v;
      return this;
    }

    Builder tvocMax(Double v) {
      this.tvocMax = v;
      return this;
    }

    Builder legacyDetail(String v) {
      this.legacyDetail = v;
      return this;
    }

    CriterionData build() {
      return new CriterionData(
          readings,
          requiredHours,
          requiredMinutes,
          wetReadings,
          lastWetAt,
          dryMinutes,
          largestGapMinutes,
          minTestMpa,
          maxDropMpa,
          startMpa,
          minMpa,
          dropMpa,
          temperatureReadings,
          humidityReadings,
          breaches,
          firstBreachAt,
          firstBreachValue,
          firstBreachMeasure,
          curingMinC,
          curingMaxC,
          curingMaxRh,
          formaldehydeReadings,
          tvocReadings,
          formaldehydeMeanMgM3,
          formaldehydeMax,
          tvocMeanMgM3,
          tvocMax,
          legacyDetail);
    }
  }
}
