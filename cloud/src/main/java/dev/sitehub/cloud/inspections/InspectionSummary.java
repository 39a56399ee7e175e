package dev.sitehub.cloud.inspections;

import dev.sitehub.cloud.portal.MessageKeys;
import dev.sitehub.cloud.portal.PortalContext;
import io.quarkus.qute.TemplateData;
import java.util.List;

/** A stored inspection as the portal shows it: when, passed or not, and each item's result. */
@TemplateData
public record InspectionSummary(
    String inspectionId, String inspectedAt, boolean passed, List<Item> items) {

  /** One checked item with its result's message key and the supervisor's note. */
  @TemplateData
  public record Item(String code, String title, String result, String resultKey, String note) {
    public boolean failed() {
      return "FAIL".equals(result);
    }
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
                        MessageKeys.of("result", i.result()),
                        i.note()))
            .toList());
  }
}
