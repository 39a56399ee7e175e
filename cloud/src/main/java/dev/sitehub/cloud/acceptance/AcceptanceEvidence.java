package dev.sitehub.cloud.acceptance;

import dev.sitehub.cloud.portal.PortalContext;
import io.quarkus.qute.TemplateData;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

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

  /** One criterion's verdict and a one-line summary of its data. */
  @TemplateData
  public record Criterion(
      String kind,
      String sensorId,
      Verdict verdict,
      String from,
      String to,
      String detail,
      String data) {
    public boolean passed() {
      return verdict == Verdict.PASS;
    }
  }

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
                        c.detail(),
                        summary(c.data())))
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

  /** The criterion data as "key: value" pairs in a stable order. */
  static String summary(Map<String, Object> data) {
    return new TreeMap<>(data)
        .entrySet().stream()
            .map(e -> e.getKey() + ": " + e.getValue())
            .collect(Collectors.joining(", "));
  }
}
