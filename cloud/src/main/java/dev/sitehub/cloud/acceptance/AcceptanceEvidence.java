package dev.sitehub.cloud.acceptance;

import dev.sitehub.cloud.portal.PortalContext;
import io.quarkus.qute.TemplateData;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * An acceptance record as a portal page shows it: its state, each criterion's verdict with the data
 * behind it, the inspection it rests on, the site's snapshots around it, and both signatures, with
 * times in the site's zone and message keys for everything the viewer reads in their language.
 */
@TemplateData
public record AcceptanceEvidence(
    String recordId,
    int stageSeq,
    AcceptanceState state,
    List<Criterion> criteria,
    String inspectionId,
    String overrideReason,
    String supervisorSignedAt,
    String customerSignedAt,
    List<Thumbnail> snapshots) {

  /**
   * One criterion's verdict, its finding and facts (rendered in the viewer's language by the
   * projectparts/finding template), and each fact with the message key of its label.
   */
  @TemplateData
  public record Criterion(
      String kind,
      String sensorId,
      Verdict verdict,
      String from,
      String to,
      Finding finding,
      CriterionData data,
      String breachAt,
      String breachUnit,
      List<Fact> facts) {
    public boolean passed() {
      return verdict == Verdict.PASS;
    }

    /** The kind as the messages name it; null for a stored kind no longer known. */
    public CriterionKind kindName() {
      try {
        return CriterionKind.valueOf(kind);
      } catch (IllegalArgumentException | NullPointerException unknown) {
        return null;
      }
    }
  }

  /** One measured fact: the message key of its label and its value as shown. */
  @TemplateData
  public record Fact(CriterionFact label, String value) {}

  /** A camera still taken while the stage was worked on, linked to its full image. */
  @TemplateData
  public record Thumbnail(String url, String takenAt, String cameraId) {}

  public static AcceptanceEvidence of(AcceptanceRecord r, String zone, List<Thumbnail> snapshots) {
    List<Criterion> criteria =
        r.criteria().stream()
            .map(
                c ->
                    new Criterion(
                        c.kind().name(),
                        c.sensorId(),
                        c.verdict(),
                        time(c.from(), zone),
                        time(c.to(), zone),
                        c.finding(),
                        c.data(),
                        c.data().firstBreachAt() == null
                            ? null
                            : PortalContext.time(c.data().firstBreachAt(), zone),
                        unit(c.data().firstBreachMeasure()),
                        facts(c.data(), zone)))
            .toList();
    return new AcceptanceEvidence(
        r.recordId(),
        r.stageSeq(),
        r.state(),
        criteria,
        r.inspectionId(),
        r.overrideReason(),
        r.supervisorSignedAt() == null ? null : PortalContext.time(r.supervisorSignedAt(), zone),
        r.customerSignedAt() == null ? null : PortalContext.time(r.customerSignedAt(), zone),
        List.copyOf(snapshots));
  }

  public boolean signed() {
    return state == AcceptanceState.SIGNED;
  }

  public boolean awaitingSupervisor() {
    return state == AcceptanceState.AWAITING_SUPERVISOR;
  }

  public boolean awaitingCustomer() {
    return state == AcceptanceState.AWAITING_CUSTOMER;
  }

  /** A window bound in the site's zone; left as stored if it is not an instant. */
  static String time(String iso, String zone) {
    if (iso == null) {
      return "—";
    }
    try {
      return PortalContext.time(java.time.Instant.parse(iso), zone);
    } catch (java.time.format.DateTimeParseException e) {
      return iso;
    }
  }

  /**
   * The set facts in declaration order, times in the site's zone; the legacy text is shown apart.
   */
  static List<Fact> facts(CriterionData data, String zone) {
    List<Fact> out = new ArrayList<>();
    for (RecordComponent rc : CriterionData.class.getRecordComponents()) {
      Object v;
      try {
        v = rc.getAccessor().invoke(data);
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("cannot read " + rc.getName(), e);
      }
      if (v == null || "legacyDetail".equals(rc.getName())) {
        continue;
      }
      out.add(new Fact(CriterionFact.ofComponent(rc.getName()), value(v, zone)));
    }
    return out;
  }

  private static String value(Object v, String zone) {
    if (v instanceof Instant i) {
      return PortalContext.time(i, zone);
    }
    if (v instanceof Measure m) {
      return unit(m);
    }
    if (v instanceof Double d) {
      return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }
    return v.toString();
  }

  private static String unit(Measure m) {
    return m == null ? null : m == Measure.TEMPERATURE_C ? "°C" : "%RH";
  }
}
