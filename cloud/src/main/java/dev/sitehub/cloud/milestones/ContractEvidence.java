package dev.sitehub.cloud.milestones;

import dev.sitehub.cloud.contracts.FiledVersionRecord;
import dev.sitehub.cloud.evidence.EvidenceRecord;
import dev.sitehub.cloud.evidence.EvidenceRows;
import dev.sitehub.cloud.evidence.EvidenceSource;
import dev.sitehub.cloud.evidence.RecordKind;
import dev.sitehub.cloud.evidence.TableSource;
import io.smallrye.mutiny.Uni;
import java.util.Map;
import java.util.Optional;

/**
 * The filed first version of the project's contract, with its document rehashed by the database, as
 * the evidence chain hashes it.
 */
public final class ContractEvidence implements EvidenceSource {
  private static final TableSource SOURCE =
      new TableSource(RecordKind.CONTRACT, FiledVersionRecord.SQL, Map.of(), null);

  @Override
  public RecordKind kind() {
    return SOURCE.kind();
  }

  @Override
  public Uni<Optional<EvidenceRecord>> load(EvidenceRows rows, String recordId) {
    return SOURCE.load(rows, recordId);
  }
}
