package dev.sitehub.cloud.settlement;

import dev.sitehub.cloud.evidence.EvidenceRecord;
import dev.sitehub.cloud.evidence.EvidenceRows;
import dev.sitehub.cloud.evidence.EvidenceSource;
import dev.sitehub.cloud.evidence.RecordKind;
import dev.sitehub.cloud.evidence.TableSource;
import io.smallrye.mutiny.Uni;
import java.util.Map;
import java.util.Optional;

/** A ledger transaction with its postings, as the evidence chain hashes it. */
public final class LedgerEvidence implements EvidenceSource {
  private static final TableSource SOURCE =
      new TableSource(
          RecordKind.LEDGER_POSTING,
          "SELECT txn_id, project_id, idempotency_key, request_hash, kind, stage_seq,"
              + " reference, actor_id, at FROM ledger_txn WHERE txn_id = ?",
          Map.of(
              "postings",
              "SELECT line, account, amount_fen FROM ledger_posting WHERE txn_id = ?"
                  + " ORDER BY line"),
          null);

  @Override
  public RecordKind kind() {
    return SOURCE.kind();
  }

  @Override
  public Uni<Optional<EvidenceRecord>> load(EvidenceRows rows, String recordId) {
    return SOURCE.load(rows, recordId);
  }
}
