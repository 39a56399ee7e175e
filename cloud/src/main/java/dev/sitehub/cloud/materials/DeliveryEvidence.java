package dev.sitehub.cloud.materials;

import dev.sitehub.cloud.evidence.EvidenceRecord;
import dev.sitehub.cloud.evidence.EvidenceRows;
import dev.sitehub.cloud.evidence.EvidenceSource;
import dev.sitehub.cloud.evidence.RecordKind;
import dev.sitehub.cloud.evidence.TableSource;
import io.smallrye.mutiny.Uni;
import java.util.Map;
import java.util.Optional;

/**
 * A delivery decision with the order's lines and the frozen camera still, as the evidence chain
 * hashes it.
 */
public final class DeliveryEvidence implements EvidenceSource {
  private static final TableSource SOURCE =
      new TableSource(
          RecordKind.DELIVERY_ACCEPTANCE,
          "SELECT a.order_id, a.project_id, a.decision, a.reason, a.decided_by, a.decided_at,"
              + " a.snapshot_id, a.snapshot_device, a.snapshot_camera, a.snapshot_taken_at,"
              + " a.snapshot_key, a.snapshot_sha256, a.snapshot_note, o.supplier_id, o.total_fen,"
              + " o.ordered_by, o.ordered_at, o.carrier, o.tracking_number, o.shipped_by,"
              + " o.shipped_at, o.delivered_by, o.delivered_at FROM delivery_acceptance a"
              + " JOIN material_order o ON o.order_id = a.order_id WHERE a.order_id = ?",
          Map.of(
              "lines",
              "SELECT line_id, name, spec, unit, quantity, unit_price_fen, line_total_fen"
                  + " FROM material_line WHERE order_id = ? ORDER BY line_id"),
          "SELECT snapshot_key, snapshot_sha256 FROM delivery_acceptance WHERE order_id = ?"
              + " AND snapshot_key IS NOT NULL");

  @Override
  public RecordKind kind() {
    return SOURCE.kind();
  }

  @Override
  public Uni<Optional<EvidenceRecord>> load(EvidenceRows rows, String recordId) {
    return SOURCE.load(rows, recordId);
  }
}
