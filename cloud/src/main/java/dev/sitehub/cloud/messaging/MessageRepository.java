package dev.sitehub.cloud.messaging;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Project messages, read marks and unread counts through Hibernate Reactive; each method is work
 * for a {@link dev.sitehub.cloud.common.UnitOfWork}.
 */
@ApplicationScoped
class MessageRepository implements PanacheRepositoryBase<ProjectMessage, Long> {

  Uni<MessageView> insert(
      String projectId,
      String authorId,
      String body,
      String fileKey,
      String fileType,
      String fileName,
      Instant now) {
    ProjectMessage m =
        new ProjectMessage(projectId, authorId, body, fileKey, fileType, fileName, now);
    return persistAndFlush(m).map(ProjectMessage::view);
  }

  Uni<List<MessageView>> after(String projectId, long afterId, int limit) {
    return find("projectId = ?1 and id > ?2 order by id", projectId, afterId)
        .range(0, limit - 1)
        .list()
        .map(l -> l.stream().map(ProjectMessage::view).toList());
  }

  /** The message, if it carries an attachment. */
  Uni<Optional<ProjectMessage>> withAttachment(String projectId, long messageId) {
    return find("projectId = ?1 and id = ?2 and attachmentKey is not null", projectId, messageId)
        .firstResult()
        .map(Optional::ofNullable);
  }

  /** Moves the read mark forward only, so an old client cannot un-read messages. */
  Uni<Void> markRead(String projectId, String userId, long upTo) {
    // An upsert that never moves backwards is one statement in SQL and race-free under concurrency.
    return getSession()
        .chain(
            s ->
                s.createNativeQuery(
                        "INSERT INTO project_message_read (project_id, user_id, last_read_id)"
                            + " VALUES (?1, ?2, ?3) ON CONFLICT (project_id, user_id) DO UPDATE"
                            + " SET last_read_id = greatest(project_message_read.last_read_id,"
                            + " excluded.last_read_id)")
                    .setParameter(1, projectId)
                    .setParameter(2, userId)
                    .setParameter(3, upTo)
                    .executeUpdate())
        .replaceWithVoid();
  }

  /** Unread messages by others in each of the projects, in the order given; one query. */
  Uni<List<UnreadCount>> unread(String userId, List<String> projectIds) {
    if (projectIds.isEmpty()) {
      return Uni.createFrom().item(List.of());
    }
    return getSession()
        .chain(
            s ->
                s.createSelectionQuery(
                        "select m.projectId, count(m) from ProjectMessage m"
                            + " where m.projectId in ?1 and m.authorId <> ?2"
                            + " and m.id > coalesce((select r.lastReadId from ReadMark r"
                            + " where r.projectId = m.projectId and r.userId = ?2), 0)"
                            + " group by m.projectId",
                        Object[].class)
                    .setParameter(1, projectIds)
                    .setParameter(2, userId)
                    .getResultList())
        .map(
            rows -> {
              Map<String, Long> counts = new LinkedHashMap<>();
              projectIds.forEach(p -> counts.put(p, 0L));
              rows.forEach(r -> counts.put((String) r[0], ((Number) r[1]).longValue()));
              return counts.entrySet().stream()
                  .map(e -> new UnreadCount(e.getKey(), e.getValue()))
                  .toList();
            });
  }
}
