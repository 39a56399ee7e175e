package dev.sitehub.cloud.acceptance;

import dev.sitehub.cloud.evidence.EvidenceRecord;
import dev.sitehub.cloud.evidence.EvidenceRows;
import dev.sitehub.cloud.evidence.EvidenceSource;
import dev.sitehub.cloud.evidence.RecordKind;
import dev.sitehub.cloud.evidence.TableSource;
import io.smallrye.mutiny.Uni;
import java.util.Map;
import java.util.Optional;

/** A signed acceptance record with the stage's camera stills, as the evidence chain hashes it. */
public final class AcceptanceRecordEvidence implements EvidenceSource {
  private static final TableSource SOURCE =
      new TableSource(
          RecordKind.ACCEPTANCE_RECORD,
          "SELECT record_id, project_id, stage_seq, state,"
              // Records filed before V9_330 were hashed with their original criteria array.
              + " COALESCE(criteria_v1, criteria)::text AS criteria,"
              + " inspection_id, override_by, override_reason, supervisor_id,"
              + " supervisor_signed_at, customer_id, customer_signed_at, created_at"
              + " FROM acceptance_record WHERE record_id = ?",
          Map.of(),
          "SELECT file_key, file_sha256 FROM acceptance_still WHERE record_id = ?"
              + " ORDER BY taken_at, snapshot_id");

  @Override
  public RecordKind kind() {
    return SOURCE.kind();
  }

  @Override
  public Uni<Optional<EvidenceRecord>> load(EvidenceRows rows, String recordId) {
    return SOURCE.load(rows, recordId);
  }
}
