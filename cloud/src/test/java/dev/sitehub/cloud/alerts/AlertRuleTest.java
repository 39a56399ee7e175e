package dev.sitehub.cloud.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sitehub.protocol.message.EventType;
import dev.sitehub.protocol.message.SensorKind;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The rule kinds refuse what they cannot evaluate, and round-trip through their flat form. */
class AlertRuleTest {

  private static AlertRuleDocument document(RuleKind kind) {
    return new AlertRuleDocument(
        "r1",
        kind,
        Severity.MINOR,
        true,
        false,
        null,
        null,
        null,
        null,
        null,
        false,
        null,
        null,
        null,
        null);
  }

  @Test
  void threshold_missingMetricComparisonAndLimit_everyProblemNamed() {
    assertThatThrownBy(
            () ->
                new AlertRule.Threshold(
                    "r1", Severity.MINOR, true, false, null, null, Double.NaN, 0, null, false))
        .isInstanceOf(InvalidRuleException.class)
        .hasMessage(
            "metric is required for THRESHOLD; comparison is required for THRESHOLD;"
                + " limit must be a finite number; sustainSeconds must be positive");
  }

  @Test
  void document_badCodeAndNoKind_codeAndKindProblemsOnly() {
    AlertRuleDocument d =
        new AlertRuleDocument(
            "Bad Code",
            null,
            null,
            true,
            false,
            null,
            null,
            null,
            null,
            null,
            false,
            null,
            null,
            null,
            null);
    assertThatThrownBy(d::toRule)
        .isInstanceOf(InvalidRuleException.class)
        .hasMessage("code must match [a-z0-9-]{1,48}; kind is required");
  }

  @Test
  void document_kindWithoutItsField_namesTheField() {
    assertThatThrownBy(() -> document(RuleKind.EVENT).toRule())
        .hasMessage("events must not be empty");
    assertThatThrownBy(() -> document(RuleKind.QUIET_HOURS).toRule())
        .hasMessage("events must not be empty");
    assertThatThrownBy(() -> document(RuleKind.DEVICE_OFFLINE).toRule())
        .hasMessage("offlineMinutes must be > 0");
    assertThatThrownBy(() -> document(RuleKind.DISK_LOW).toRule())
        .hasMessage("minFreeBytes must be > 0");
    assertThatThrownBy(() -> document(RuleKind.SITE_STALLED).toRule())
        .hasMessage("workingDays must be > 0");
    assertThat(document(RuleKind.MILESTONE_OVERDUE).toRule())
        .isInstanceOf(AlertRule.MilestoneOverdue.class);
  }

  @Test
  void noSeverity_refusedForEveryKind() {
    assertThatThrownBy(() -> new AlertRule.MilestoneOverdue("r1", null, true, true))
        .hasMessage("severity is required");
  }

  @Test
  void document_ofThreshold_roundTripsAndLeavesOtherKindsFieldsEmpty() {
    AlertRule rule =
        new AlertRule.Threshold(
            "pm25-high",
            Severity.MAJOR,
            true,
            true,
            SensorKind.PM2_5,
            Comparison.ABOVE,
            75.0,
            900,
            null,
            false);
    AlertRuleDocument d = AlertRuleDocument.of(rule);
    assertThat(d.kind()).isEqualTo(RuleKind.THRESHOLD);
    assertThat(d.limit()).isEqualTo(75.0);
    assertThat(d.events()).isEmpty();
    assertThat(d.offlineMinutes()).isNull();
    assertThat(d.toRule()).isEqualTo(rule);
  }

  @Test
  void document_ofEvent_roundTrips() {
    AlertRule rule =
        new AlertRule.Event("leak", Severity.CRITICAL, true, true, Set.of(EventType.LEAK));
    assertThat(AlertRuleDocument.of(rule).toRule()).isEqualTo(rule);
  }
}
