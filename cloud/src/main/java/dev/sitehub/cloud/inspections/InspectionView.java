package dev.sitehub.cloud.inspections;

import java.time.Instant;
import java.util.List;

/** A stored inspection with its items and the rectification tasks its failures opened. */
public record InspectionView(
    String inspectionId,
    String projectId,
    int stageSeq,
    Checklist checklist,
    String inspectorId,
    Instant inspectedAt,
    boolean passed,
    List<Item> items,
    List<String> rectificationIds) {
  /** One stored item. */
  public record Item(
      String code, String title, ItemResult.Outcome result, String note, String photoKey) {}
}
