package dev.sitehub.cloud.evidence;

import java.util.List;
import java.util.Map;

/**
 * Where each kind of filed record lives, as SQL over the schema: contracts and amendments (filed
 * versions, with the document rehashed by the database), design confirmations with the proposal
 * file, delivery decisions with the order's lines and the frozen camera still, inspections with
 * their items and photos, rectification fixes with their photos, signed acceptance records with the
 * stage's camera stills, and ledger transactions with their postings.
 */
public final class StandardSources {
  private StandardSources() {}

  private static final String CONTRACT_ROW =
      "SELECT contract_id, version, status, fingerprint, filing_number, filed_at,"
          + " encode(sha256(convert_to(document, 'UTF8')), 'hex') AS document_sha256,"
          + " terms::text AS terms FROM contract_version"
          + " WHERE contract_id || ':' || version = ? AND status = 'FILED'";

  public static List<EvidenceSource> all() {
    return List.of(
        new TableSource(RecordKind.CONTRACT, CONTRACT_ROW, Map.of(), null),
        new TableSource(RecordKind.AMENDMENT, CONTRACT_ROW, Map.of(), null),
        new TableSource(
            RecordKind.DESIGN_CONFIRMATION,
            "SELECT c.confirmation_id, c.project_id, c.proposal_id, c.confirmed_by, c.confirmed_at,"
                + " d.version, d.designer_id, d.notes, d.file_key, d.file_sha256, d.file_type"
                + " FROM design_confirmation c JOIN design_proposal d ON d.proposal_id = c.proposal_id"
                + " WHERE c.confirmation_id = ?",
            Map.of(),
            "SELECT d.file_key, d.file_sha256 FROM design_confirmation c JOIN design_proposal d"
                + " ON d.proposal_id = c.proposal_id WHERE c.confirmation_id = ?"),
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
                + " AND snapshot_key IS NOT NULL"),
        new TableSource(
            RecordKind.INSPECTION,
            "SELECT inspection_id, project_id, stage_seq, checklist, inspector_id, inspected_at,"
                + " passed FROM inspection WHERE inspection_id = ?",
            Map.of(
                "items",
                "SELECT item_code, title, result, note, photo_key, photo_sha256"
                    + " FROM inspection_item WHERE inspection_id = ? ORDER BY item_code"),
            "SELECT photo_key, photo_sha256 FROM inspection_item WHERE inspection_id = ?"
                + " AND photo_key IS NOT NULL ORDER BY item_code"),
        new TableSource(
            RecordKind.RECTIFICATION_FIX,
            "SELECT f.fix_id, f.rectification_id, f.project_id, r.inspection_id, r.item_code,"
                + " f.note, f.photo_key, f.photo_sha256, f.fixed_by, f.fixed_at"
                + " FROM rectification_fix f JOIN rectification r"
                + " ON r.rectification_id = f.rectification_id WHERE f.fix_id = ?",
            Map.of(),
            "SELECT photo_key, photo_sha256 FROM rectification_fix WHERE fix_id = ?"
                + " AND photo_key IS NOT NULL"),
        new TableSource(
            RecordKind.ACCEPTANCE_RECORD,
            "SELECT record_id, project_id, stage_seq, state, criteria::text AS criteria,"
                + " inspection_id, override_by, override_reason, supervisor_id,"
                + " supervisor_signed_at, customer_id, customer_signed_at, created_at"
                + " FROM acceptance_record WHERE record_id = ?",
            Map.of(),
            "SELECT file_key, file_sha256 FROM acceptance_still WHERE record_id = ?"
                + " ORDER BY taken_at, snapshot_id"),
        new TableSource(
            RecordKind.LEDGER_POSTING,
            "SELECT txn_id, project_id, idempotency_key, request_hash, kind, stage_seq,"
                + " reference, actor_id, at FROM ledger_txn WHERE txn_id = ?",
            Map.of(
                "postings",
                "SELECT line, account, amount_fen FROM ledger_posting WHERE txn_id = ?"
                    + " ORDER BY line"),
            null));
  }
}
