package dev.sitehub.cloud.design;

import dev.sitehub.cloud.attachments.AttachmentType;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Proposals, their comments and the project's confirmation through Hibernate Reactive. Versions are
 * numbered from the project's highest, and the database's unique keys refuse a second version with
 * the same number or a second confirmation, should two requests race. Every method returns work for
 * a {@link dev.sitehub.cloud.common.UnitOfWork} to run.
 */
@ApplicationScoped
class DesignRepository implements PanacheRepositoryBase<ProposalEntity, String> {

  Uni<Void> insertProposal(
      String id,
      String projectId,
      String designerId,
      String notes,
      String fileKey,
      String fileSha256,
      AttachmentType fileType,
      Instant at) {
    return getSession()
        .chain(
            s ->
                s.createSelectionQuery(
                        "select coalesce(max(version), 0) from ProposalEntity where projectId = ?1",
                        Integer.class)
                    .setParameter(1, projectId)
                    .getSingleResult())
        .chain(
            highest ->
                persist(
                    new ProposalEntity(
                        id,
                        projectId,
                        highest + 1,
                        designerId,
                        notes,
                        fileKey,
                        fileSha256,
                        fileType,
                        at)))
        .replaceWithVoid();
  }

  Uni<Void> insertComment(String id, String proposalId, String authorId, String body, Instant at) {
    return getSession()
        .chain(s -> s.persist(new CommentEntity(id, proposalId, authorId, body, at)))
        .replaceWithVoid();
  }

  /**
   * Records the project's confirmation; false when the project has one already. A confirmation
   * racing this one past the check is refused by the database's one-per-project key at the flush.
   */
  Uni<Boolean> confirm(String id, String projectId, String proposalId, String userId, Instant at) {
    return getSession()
        .chain(
            s ->
                s.createSelectionQuery(
                        "select count(*) from ConfirmationEntity where projectId = ?1", Long.class)
                    .setParameter(1, projectId)
                    .getSingleResult()
                    .chain(
                        n ->
                            n > 0
                                ? Uni.createFrom().item(false)
                                : s.persist(
                                        new ConfirmationEntity(
                                            id, projectId, proposalId, userId, at))
                                    .chain(s::flush)
                                    .replaceWith(true)));
  }

  /** Every proposal of the project, oldest version first, with comments and confirmation. */
  Uni<List<Proposal>> list(String projectId) {
    return list("projectId = ?1 order by version", projectId)
        .chain(proposals -> views(projectId, proposals));
  }

  Uni<Optional<Proposal>> find(String projectId, String proposalId) {
    return find("id = ?1 and projectId = ?2", proposalId, projectId)
        .list()
        .chain(found -> views(projectId, found))
        .map(views -> views.stream().findFirst());
  }

  private Uni<List<Proposal>> views(String projectId, List<ProposalEntity> proposals) {
    if (proposals.isEmpty()) {
      return Uni.createFrom().item(List.of());
    }
    List<String> ids = proposals.stream().map(p -> p.id).toList();
    return getSession()
        .chain(
            s ->
                s.createSelectionQuery(
                        "from CommentEntity where proposalId in ?1 order by createdAt, id",
                        CommentEntity.class)
                    .setParameter(1, ids)
                    .getResultList()
                    .chain(
                        comments ->
                            s.createSelectionQuery(
                                    "select proposalId from ConfirmationEntity"
                                        + " where projectId = ?1",
                                    String.class)
                                .setParameter(1, projectId)
                                .getResultList()
                                .map(
                                    confirmed ->
                                        views(
                                            proposals,
                                            comments.stream()
                                                .collect(Collectors.groupingBy(c -> c.proposalId)),
                                            confirmed))));
  }

  private static List<Proposal> views(
      List<ProposalEntity> proposals,
      Map<String, List<CommentEntity>> comments,
      List<String> confirmed) {
    return proposals.stream()
        .map(
            p ->
                new Proposal(
                    p.id,
                    p.projectId,
                    p.version,
                    p.designerId,
                    p.notes,
                    p.fileKey,
                    p.fileSha256,
                    p.fileType.name(),
                    p.createdAt,
                    confirmed.contains(p.id),
                    comments.getOrDefault(p.id, List.of()).stream()
                        .map(CommentEntity::view)
                        .toList()))
        .toList();
  }
}
