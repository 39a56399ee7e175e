package dev.sitehub.cloud.inspections;

import dev.sitehub.cloud.portal.PortalContext;
import io.quarkus.qute.TemplateData;
import java.util.List;

/**
 * The rectification list: each task with its state and who holds the ball, the project manager's
 * fix form on open tasks, and the supervisor's close and reject buttons on fixed ones.
 */
@TemplateData
public record RectificationsView(
    String projectId,
    String siteName,
    boolean manager,
    boolean supervisor,
    List<Row> rows,
    String formId,
    String note,
    InspectionProblem noteError,
    InspectionProblem photoError,
    String errorId,
    InspectionProblem error) {

  /** One task as the list shows it. */
  @TemplateData
  public record Row(
      String id,
      int seq,
      String itemCode,
      String title,
      RectificationState state,
      BallWith ballWith,
      String fixNote,
      String fixedBy,
      String fixedAt,
      String closedBy,
      String closedAt,
      String itemPhotoUrl,
      String fixPhotoUrl,
      int fixCount) {
    /** The item named in the viewer\'s language, or null to show the stored title. */
    public ChecklistItemCode itemName() {
      return ChecklistItem.name(itemCode);
    }

    public boolean closed() {
      return state == RectificationState.CLOSED;
    }
  }

  static RectificationsView of(
      String projectId,
      String siteName,
      String zone,
      boolean manager,
      boolean supervisor,
      List<Rectification> tasks) {
    List<Row> rows =
        tasks.stream()
            .map(
                r ->
                    new Row(
                        r.rectificationId(),
                        r.stageSeq(),
                        r.itemCode(),
                        r.title(),
                        r.state(),
                        r.ballWith(),
                        r.fixNote(),
                        r.fixedBy(),
                        PortalContext.time(r.fixedAt(), zone),
                        r.closedBy(),
                        PortalContext.time(r.closedAt(), zone),
                        r.itemPhoto()
                            ? InspectionSummary.photoUrl(projectId, r.inspectionId(), r.itemCode())
                            : null,
                        r.latestFix()
                            .filter(RectificationFix::hasPhoto)
                            .map(f -> fixPhotoUrl(projectId, r.rectificationId(), f.fixId()))
                            .orElse(null),
                        r.fixes().size()))
            .toList();
    return new RectificationsView(
        projectId, siteName, manager, supervisor, rows, null, "", null, null, null, null);
  }

  /** Where a reported fix's photo is served (the API, which the portal session may read). */
  static String fixPhotoUrl(String projectId, String taskId, String fixId) {
    return "/api/projects/"
        + projectId
        + "/rectifications/"
        + taskId
        + "/fixes/"
        + fixId
        + "/photo";
  }

  /** The project manager reports fixes on open tasks. */
  public boolean canFix(Row r) {
    return manager && r.state() == RectificationState.OPEN;
  }

  /** Only the supervisor verifies a reported fix: closes it or sends it back. */
  public boolean canVerify(Row r) {
    return supervisor && r.state() == RectificationState.FIXED;
  }

  public String noteFor(String id) {
    return id.equals(formId) ? note : "";
  }

  public InspectionProblem noteErrorFor(String id) {
    return id.equals(formId) ? noteError : null;
  }

  public InspectionProblem photoErrorFor(String id) {
    return id.equals(formId) ? photoError : null;
  }

  public InspectionProblem errorFor(String id) {
    return id.equals(errorId) ? error : null;
  }

  /** The fix form of task {@code id} as typed, with its note and photo errors. */
  RectificationsView withFixForm(
      String id, String typed, InspectionProblem noteError, InspectionProblem photoError) {
    return new RectificationsView(
        projectId,
        siteName,
        manager,
        supervisor,
        rows,
        id,
        typed,
        noteError,
        photoError,
        null,
        null);
  }

  RectificationsView withError(String id, InspectionProblem problem) {
    return new RectificationsView(
        projectId, siteName, manager, supervisor, rows, null, "", null, null, id, problem);
  }
}
