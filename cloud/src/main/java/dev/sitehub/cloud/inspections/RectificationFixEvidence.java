package dev.sitehub.cloud.inspections;

import dev.sitehub.cloud.evidence.EvidenceRecord;
import dev.sitehub.cloud.evidence.EvidenceRows;
import dev.sitehub.cloud.evidence.EvidenceSource;
import dev.sitehub.cloud.evidence.RecordKind;
import dev.sitehub.cloud.evidence.TableSource;
import io.smallrye.mutiny.Uni;
import java.util.Map;
import java.util.Optional;

/** A rectification fix with its photo, as the evidence chain hashes it. */
public final class RectificationFixEvidence implements EvidenceSource {
  private static final TableSource SOURCE =
      new TableSource(
          RecordKind.RECTIFICATION_FIX,
          "SELECT f.fix_id, f.rectification_id, f.project_id, r.inspection_id, r.item_code,"
              + " f.note, f.photo_key, f.photo_sha256, f.fixed_by, f.fixed_at"
              + " FROM rectification_fix f JOIN rectification r"
              + " ON r.rectification_id = f.rectification_id WHERE f.fix_id = ?",
          Map.of(),
          "SELECT photo_key, photo_sha256 FROM rectification_fix WHERE fix_id = ?"
              + " AND photo_key IS NOT NULL");

  @Override
  public RecordKind kind() {
    return SOURCE.kind();
  }

  @Override
  public Uni<Optional<EvidenceRecord>> load(EvidenceRows rows, String recordId) {
    return SOURCE.load(rows, recordId);
  }
}
