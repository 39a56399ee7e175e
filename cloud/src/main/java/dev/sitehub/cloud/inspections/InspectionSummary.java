package dev.sitehub.cloud.inspections;

import dev.sitehub.cloud.portal.PortalContext;
import io.quarkus.qute.TemplateData;
import java.util.List;

/**
 * A stored inspection as the portal shows it: when, passed or not, and each item's result with its
 * photo.
 */
@TemplateData
public record InspectionSummary(
    String inspectionId, String inspectedAt, boolean passed, List<Item> items) {

  /** One checked item with its result and the supervisor's note. */
  @TemplateData
  public record Item(
      String code, String title, ItemResult.Outcome result, String note, String photoUrl) {
    public boolean failed() {
      return result == ItemResult.Outcome.FAIL;
    }

    /** The item named in the viewer\'s language, or null to show the stored title. */
    public ChecklistItemCode itemName() {
      return ChecklistItem.name(code);
    }
  }

  /** Where an inspected item's photo is served (the API, which the portal session may read). */
  static String photoUrl(String projectId, String inspectionId, String code) {
    return "/api/projects/" + projectId + "/inspections/" + inspectionId + "/photos/" + code;
  }

  public static InspectionSummary of(InspectionView v, String zone) {
    return new InspectionSummary(
        v.inspectionId(),
        PortalContext.time(v.inspectedAt(), zone),
        v.passed(),
        v.items().stream()
            .map(
                i ->
                    new Item(
                        i.code(),
                        i.title(),
                        i.result(),
                        i.note(),
                        i.photoKey() == null
                            ? null
                            : photoUrl(v.projectId(), v.inspectionId(), i.code())))
            .toList());
  }
}
