package dev.sitehub.cloud.inspections;

import dev.sitehub.cloud.evidence.EvidenceRecord;
import dev.sitehub.cloud.evidence.EvidenceRows;
import dev.sitehub.cloud.evidence.EvidenceSource;
import dev.sitehub.cloud.evidence.RecordKind;
import dev.sitehub.cloud.evidence.TableSource;
import io.smallrye.mutiny.Uni;
import java.util.Map;
import java.util.Optional;

/** An inspection with its items and photos, as the evidence chain hashes it. */
public final class InspectionEvidence implements EvidenceSource {
  private static final TableSource SOURCE =
      new TableSource(
          RecordKind.INSPECTION,
          "SELECT inspection_id, project_id, stage_seq, checklist, inspector_id, inspected_at,"
              + " passed FROM inspection WHERE inspection_id = ?",
          Map.of(
              "items",
              "SELECT item_code, title, result, note, photo_key, photo_sha256"
                  + " FROM inspection_item WHERE inspection_id = ? ORDER BY item_code"),
          "SELECT photo_key, photo_sha256 FROM inspection_item WHERE inspection_id = ?"
              + " AND photo_key IS NOT NULL ORDER BY item_code");

  @Override
  public RecordKind kind() {
    return SOURCE.kind();
  }

  @Override
  public Uni<Optional<EvidenceRecord>> load(EvidenceRows rows, String recordId) {
    return SOURCE.load(rows, recordId);
  }
}
