package dev.sitehub.cloud.materials;

import static dev.sitehub.cloud.common.NativeSql.instant;
import static dev.sitehub.cloud.common.NativeSql.rows;
import static dev.sitehub.cloud.common.NativeSql.update;

import io.smallrye.mutiny.Uni;
import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Bill-of-materials lines and the project's chosen suppliers, in SQL on the reactive session. */
final class BomRepository {
  private static final String COLUMNS =
      "line_id, project_id, name, spec, unit, quantity, unit_price_fen, line_total_fen,"
          + " supplier_id, order_id, created_by, created_at";

  private BomRepository() {}

  static Uni<Void> insert(BomLine l) {
    return update(
            "INSERT INTO material_line ("
                + COLUMNS
                + ") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
            l.lineId(),
            l.projectId(),
            l.name(),
            l.spec(),
            l.unit(),
            l.quantity(),
            l.unitPriceFen(),
            l.lineTotalFen(),
            l.supplierId(),
            l.orderId(),
            l.createdBy(),
            l.createdAt())
        .replaceWithVoid();
  }

  static Uni<List<BomLine>> ofProject(String projectId) {
    return query(
        "SELECT "
            + COLUMNS
            + " FROM material_line WHERE project_id = ?1 ORDER BY created_at, line_id",
        projectId);
  }

  /** Lines not ordered yet, locked so two order placements never take the same line. */
  static Uni<List<BomLine>> unorderedForUpdate(String projectId) {
    return query(
        "SELECT "
            + COLUMNS
            + " FROM material_line WHERE project_id = ?1 AND order_id IS NULL"
            + " ORDER BY created_at, line_id FOR UPDATE",
        projectId);
  }

  static Uni<List<BomLine>> ofOrder(String orderId) {
    return query(
        "SELECT "
            + COLUMNS
            + " FROM material_line WHERE order_id = ?1 ORDER BY created_at, line_id",
        orderId);
  }

  static Uni<Void> assign(List<BomLine> lines, String orderId) {
    Uni<Void> all = Uni.createFrom().voidItem();
    for (BomLine l : lines) {
      all =
          all.chain(
              () ->
                  update(
                          "UPDATE material_line SET order_id = ?1 WHERE line_id = ?2",
                          orderId,
                          l.lineId())
                      .replaceWithVoid());
    }
    return all;
  }

  /** Deletes a line that is not ordered yet; false if there is none such. */
  static Uni<Boolean> deleteUnordered(String projectId, String lineId) {
    return update(
            "DELETE FROM material_line WHERE project_id = ?1 AND line_id = ?2"
                + " AND order_id IS NULL",
            projectId,
            lineId)
        .map(n -> n == 1);
  }

  /** The material suppliers that are parties to the project's contract. */
  static Uni<Set<String>> suppliers(String contractId) {
    return rows(
            "SELECT party_id FROM contract_party WHERE contract_id = ?1"
                + " AND kind = 'MATERIAL_SUPPLIER' ORDER BY party_id",
            contractId)
        .map(
            r -> {
              Set<String> out = new LinkedHashSet<>();
              r.forEach(t -> out.add((String) t.get(0)));
              return out;
            });
  }

  private static Uni<List<BomLine>> query(String sql, String arg) {
    return rows(sql, arg)
        .map(
            r ->
                r.stream()
                    .map(
                        t ->
                            new BomLine(
                                (String) t.get(0),
                                (String) t.get(1),
                                (String) t.get(2),
                                (String) t.get(3),
                                (String) t.get(4),
                                (BigDecimal) t.get(5),
                                ((Number) t.get(6)).longValue(),
                                ((Number) t.get(7)).longValue(),
                                (String) t.get(8),
                                (String) t.get(9),
                                (String) t.get(10),
                                instant(t.get(11))))
                    .toList());
  }
}
