package dev.sitehub.cloud.inspections;

import static dev.sitehub.cloud.common.NativeSql.instant;
import static dev.sitehub.cloud.common.NativeSql.rows;

import io.smallrye.mutiny.Uni;
import jakarta.persistence.Tuple;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads stored inspections back as views, in the caller's reactive session. */
final class InspectionQueries {
  private InspectionQueries() {}

  static Uni<Optional<InspectionView>> find(String inspectionId) {
    return select("inspection_id = ?1", inspectionId).map(r -> r.stream().findFirst());
  }

  /** The photo key of an item of an inspection in the project, if the item has a photo. */
  static Uni<Optional<String>> photoKey(String projectId, String inspectionId, String code) {
    return rows(
            "SELECT ii.photo_key FROM inspection_item ii JOIN inspection i"
                + " ON i.inspection_id = ii.inspection_id WHERE i.project_id = ?1"
                + " AND ii.inspection_id = ?2 AND ii.item_code = ?3"
                + " AND ii.photo_key IS NOT NULL",
            projectId,
            inspectionId,
            code)
        .map(r -> r.stream().findFirst().map(t -> (String) t.get(0)));
  }

  static Uni<List<InspectionView>> forStage(String projectId, int seq) {
    return select("project_id = ?1 AND stage_seq = ?2", projectId, seq);
  }

  private static Uni<List<InspectionView>> select(String where, Object... args) {
    return rows(
            "SELECT inspection_id, project_id, stage_seq, checklist, inspector_id, inspected_at,"
                + " passed FROM inspection WHERE "
                + where
                + " ORDER BY inspected_at, inspection_id",
            args)
        .chain(
            found -> {
              List<InspectionView> out = new ArrayList<>();
              Uni<Void> all = Uni.createFrom().voidItem();
              for (Tuple t : found) {
                String id = (String) t.get(0);
                all =
                    all.chain(() -> items(id))
                        .chain(
                            items ->
                                tasks(id)
                                    .invoke(
                                        tasks ->
                                            out.add(
                                                new InspectionView(
                                                    id,
                                                    (String) t.get(1),
                                                    ((Number) t.get(2)).intValue(),
                                                    (String) t.get(3),
                                                    (String) t.get(4),
                                                    instant(t.get(5)),
                                                    (Boolean) t.get(6),
                                                    items,
                                                    tasks))))
                        .replaceWithVoid();
              }
              return all.replaceWith(out);
            });
  }

  private static Uni<List<InspectionView.Item>> items(String id) {
    return rows(
            "SELECT item_code, title, result, note, photo_key FROM inspection_item"
                + " WHERE inspection_id = ?1 ORDER BY item_code",
            id)
        .map(
            r ->
                r.stream()
                    .map(
                        t ->
                            new InspectionView.Item(
                                (String) t.get(0),
                                (String) t.get(1),
                                (String) t.get(2),
                                (String) t.get(3),
                                (String) t.get(4)))
                    .toList());
  }

  private static Uni<List<String>> tasks(String id) {
    return rows(
            "SELECT rectification_id FROM rectification WHERE inspection_id = ?1"
                + " ORDER BY item_code",
            id)
        .map(r -> r.stream().map(t -> (String) t.get(0)).toList());
  }
}
