package dev.sitehub.cloud.inspections;

import dev.sitehub.cloud.attachments.StoredAttachment;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Rectification tasks and their fix reports through Hibernate Reactive; each method is work for a
 * {@link dev.sitehub.cloud.common.UnitOfWork}.
 */
@ApplicationScoped
class RectificationRepository implements PanacheRepositoryBase<RectificationEntity, String> {
  /** Each task with whether its failed item was photographed at inspection. */
  private static final String WITH_PHOTO =
      "select r, ii.photoKey from RectificationEntity r left join InspectionItemEntity ii"
          + " on ii.inspectionId = r.inspectionId and ii.itemCode = r.itemCode"
          + " where r.projectId = ?1";

  Uni<String> open(
      String id, String projectId, int seq, String inspectionId, ChecklistItem item, Instant at) {
    return persist(new RectificationEntity(id, projectId, seq, inspectionId, item, at))
        .chain(this::flush)
        .replaceWith(id);
  }

  Uni<List<Rectification>> forProject(String projectId) {
    return query(WITH_PHOTO + " order by r.createdAt, r.rectificationId", projectId);
  }

  Uni<Optional<Rectification>> task(String projectId, String id) {
    return query(WITH_PHOTO + " and r.rectificationId = ?2", projectId, id)
        .map(l -> l.stream().findFirst());
  }

  /** Moves from {@code from} to {@code to}; false if the task was not in {@code from}. */
  Uni<Boolean> move(
      String id,
      RectificationState from,
      RectificationState to,
      String userId,
      String note,
      Instant at) {
    // The row lock makes the check and the move one step, as two supervisors may click at once.
    return findById(id, LockModeType.PESSIMISTIC_WRITE)
        .chain(
            r -> {
              if (r == null || r.state != from) {
                return Uni.createFrom().item(false);
              }
              r.move(to, userId, note, at);
              return flush().replaceWith(true);
            });
  }

  /** Files one fix report; the caller has moved the task to FIXED in the same transaction. */
  Uni<Void> addFix(
      String fixId,
      Rectification task,
      String note,
      StoredAttachment photo,
      String userId,
      Instant at) {
    RectificationFixEntity fix = new RectificationFixEntity(fixId, task, note, photo, userId, at);
    return getSession().chain(s -> s.persist(fix).chain(s::flush));
  }

  /** The photo key of a fix of a task in the project, if that fix has a photo. */
  Uni<Optional<String>> fixPhotoKey(String projectId, String taskId, String fixId) {
    return getSession()
        .chain(
            s ->
                s.createSelectionQuery(
                        "select photoKey from RectificationFixEntity where projectId = ?1"
                            + " and rectificationId = ?2 and fixId = ?3 and photoKey is not null",
                        String.class)
                    .setParameter(1, projectId)
                    .setParameter(2, taskId)
                    .setParameter(3, fixId)
                    .getResultList())
        .map(l -> l.stream().findFirst());
  }

  private Uni<Map<String, List<RectificationFix>>> fixes(String projectId) {
    return getSession()
        .chain(
            s ->
                s.createSelectionQuery(
                        "from RectificationFixEntity where projectId = ?1 order by fixedAt, fixId",
                        RectificationFixEntity.class)
                    .setParameter(1, projectId)
                    .getResultList())
        .map(
            l ->
                l.stream()
                    .collect(
                        Collectors.groupingBy(
                            f -> f.rectificationId,
                            Collectors.mapping(
                                RectificationFixEntity::view, Collectors.toList()))));
  }

  /** Every query is scoped to one project, whose id is the first argument. */
  private Uni<List<Rectification>> query(String hql, String... args) {
    return fixes(args[0])
        .chain(
            fixes ->
                getSession()
                    .chain(
                        s -> {
                          var q = s.createSelectionQuery(hql, Object[].class);
                          for (int i = 0; i < args.length; i++) {
                            q.setParameter(i + 1, args[i]);
                          }
                          return q.getResultList();
                        })
                    .map(
                        rows ->
                            rows.stream()
                                .map(
                                    row -> {
                                      RectificationEntity r = (RectificationEntity) row[0];
                                      return r.view(
                                          row[1] != null,
                                          fixes.getOrDefault(r.rectificationId, List.of()));
                                    })
                                .toList()));
  }
}
