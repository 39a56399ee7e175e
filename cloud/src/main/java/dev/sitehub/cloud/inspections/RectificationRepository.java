package dev.sitehub.cloud.inspections;

import static dev.sitehub.cloud.common.NativeSql.instant;
import static dev.sitehub.cloud.common.NativeSql.rows;
import static dev.sitehub.cloud.common.NativeSql.update;

import dev.sitehub.cloud.attachments.StoredAttachment;
import io.smallrye.mutiny.Uni;
import jakarta.persistence.Tuple;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Rectification tasks in SQL through the caller's reactive session. */
final class RectificationRepository {
  private static final String COLUMNS =
      "r.rectification_id, r.project_id, r.stage_seq, r.inspection_id, r.item_code, r.title,"
          + " r.state, r.fix_note, r.fixed_by, r.fixed_at, r.closed_by, r.closed_at,"
          + " ii.photo_key IS NOT NULL";

  private RectificationRepository() {}

  static Uni<String> open(
      String id, String projectId, int seq, String inspectionId, ChecklistItem item, Instant at) {
    return update(
            "INSERT INTO rectification (rectification_id, project_id, stage_seq, inspection_id,"
                + " item_code, title, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
            id,
            projectId,
            seq,
            inspectionId,
            item.code(),
            item.title(),
            at)
        .replaceWith(id);
  }

  static Uni<List<Rectification>> forProject(String projectId) {
    return query("r.project_id = ?1 ORDER BY r.created_at, r.rectification_id", projectId);
  }

  static Uni<Optional<Rectification>> find(String projectId, String id) {
    return query("r.project_id = ?1 AND r.rectification_id = ?2", projectId, id)
        .map(r -> r.stream().findFirst());
  }

  /** Moves from {@code from} to {@code to}; false if the task was not in {@code from}. */
  static Uni<Boolean> move(
      String id,
      RectificationState from,
      RectificationState to,
      String userId,
      String note,
      Instant at) {
    String set =
        switch (to) {
          case CLOSED -> "closed_by = ?2, closed_at = ?3," + " fix_note = coalesce(?4, fix_note)";
          case OPEN, FIXED -> "fixed_by = ?2, fixed_at = ?3, fix_note = ?4";
        };
    return update(
            "UPDATE rectification SET state = ?1, "
                + set
                + " WHERE rectification_id = ?5 AND state = ?6",
            to.name(),
            to == RectificationState.OPEN ? null : userId,
            to == RectificationState.OPEN ? null : at,
            note,
            id,
            from.name())
        .map(n -> n == 1);
  }

  /** Files one fix report; the caller has moved the task to FIXED in the same transaction. */
  static Uni<Void> addFix(
      String fixId,
      Rectification task,
      String note,
      StoredAttachment photo,
      String userId,
      Instant at) {
    return update(
            "INSERT INTO rectification_fix (fix_id, rectification_id, project_id, note, photo_key,"
                + " photo_sha256, fixed_by, fixed_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
            fixId,
            task.rectificationId(),
            task.projectId(),
            note,
            photo == null ? null : photo.key(),
            photo == null ? null : photo.sha256(),
            userId,
            at)
        .replaceWithVoid();
  }

  /** The photo key of a fix of a task in the project, if that fix has a photo. */
  static Uni<Optional<String>> fixPhotoKey(String projectId, String taskId, String fixId) {
    return rows(
            "SELECT photo_key FROM rectification_fix WHERE project_id = ?1"
                + " AND rectification_id = ?2 AND fix_id = ?3 AND photo_key IS NOT NULL",
            projectId,
            taskId,
            fixId)
        .map(r -> r.stream().findFirst().map(t -> (String) t.get(0)));
  }

  private static Uni<Map<String, List<RectificationFix>>> fixes(String projectId) {
    return rows(
            "SELECT rectification_id, fix_id, note, photo_key IS NOT NULL, fixed_by, fixed_at"
                + " FROM rectification_fix WHERE project_id = ?1 ORDER BY fixed_at, fix_id",
            projectId)
        .map(
            rows -> {
              Map<String, List<RectificationFix>> out = new HashMap<>();
              for (Tuple t : rows) {
                out.computeIfAbsent((String) t.get(0), k -> new ArrayList<>())
                    .add(
                        new RectificationFix(
                            (String) t.get(1),
                            (String) t.get(2),
                            (Boolean) t.get(3),
                            (String) t.get(4),
                            instant(t.get(5))));
              }
              return out;
            });
  }

  /** Every query is scoped to one project, whose id is the first argument. */
  private static Uni<List<Rectification>> query(String where, String... args) {
    return fixes(args[0])
        .chain(
            fixes ->
                rows(
                        "SELECT "
                            + COLUMNS
                            + " FROM rectification r LEFT JOIN inspection_item ii"
                            + " ON ii.inspection_id = r.inspection_id"
                            + " AND ii.item_code = r.item_code WHERE "
                            + where,
                        (Object[]) args)
                    .map(
                        rows ->
                            rows.stream()
                                .map(
                                    t ->
                                        new Rectification(
                                            (String) t.get(0),
                                            (String) t.get(1),
                                            ((Number) t.get(2)).intValue(),
                                            (String) t.get(3),
                                            (String) t.get(4),
                                            (String) t.get(5),
                                            RectificationState.valueOf((String) t.get(6)),
                                            (String) t.get(7),
                                            (String) t.get(8),
                                            instant(t.get(9)),
                                            (String) t.get(10),
                                            instant(t.get(11)),
                                            (Boolean) t.get(12),
                                            List.copyOf(
                                                fixes.getOrDefault((String) t.get(0), List.of()))))
                                .toList()));
  }
}
