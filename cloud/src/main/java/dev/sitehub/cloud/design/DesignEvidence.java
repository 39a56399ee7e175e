package dev.sitehub.cloud.design;

import dev.sitehub.cloud.evidence.EvidenceRecord;
import dev.sitehub.cloud.evidence.EvidenceRows;
import dev.sitehub.cloud.evidence.EvidenceSource;
import dev.sitehub.cloud.evidence.RecordKind;
import dev.sitehub.cloud.evidence.TableSource;
import io.smallrye.mutiny.Uni;
import java.util.Map;
import java.util.Optional;

/** A design confirmation with the confirmed proposal's file, as the evidence chain hashes it. */
public final class DesignEvidence implements EvidenceSource {
  private static final TableSource SOURCE =
      new TableSource(
          RecordKind.DESIGN_CONFIRMATION,
          "SELECT c.confirmation_id, c.project_id, c.proposal_id, c.confirmed_by, c.confirmed_at,"
              + " d.version, d.designer_id, d.notes, d.file_key, d.file_sha256, d.file_type"
              + " FROM design_confirmation c JOIN design_proposal d ON d.proposal_id = c.proposal_id"
              + " WHERE c.confirmation_id = ?",
          Map.of(),
          "SELECT d.file_key, d.file_sha256 FROM design_confirmation c JOIN design_proposal d"
              + " ON d.proposal_id = c.proposal_id WHERE c.confirmation_id = ?");

  @Override
  public RecordKind kind() {
    return SOURCE.kind();
  }

  @Override
  public Uni<Optional<EvidenceRecord>> load(EvidenceRows rows, String recordId) {
    return SOURCE.load(rows, recordId);
  }
}
