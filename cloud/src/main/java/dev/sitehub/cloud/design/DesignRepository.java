package dev.sitehub.cloud.design;

import static dev.sitehub.cloud.common.NativeSql.instant;
import static dev.sitehub.cloud.common.NativeSql.rows;
import static dev.sitehub.cloud.common.NativeSql.update;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Tuple;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Proposals, comments and the confirmation, in SQL through the reactive session: versions are
 * numbered by the insert itself and the one-per-project confirmation is an upsert that does
 * nothing. Every method returns work for a {@link dev.sitehub.cloud.common.UnitOfWork} to run.
 */
@ApplicationScoped
class DesignRepository {

  Uni<Void> insertProposal(
      String id,
      String projectId,
      String designerId,
      String notes,
      String fileKey,
      String fileSha256,
      String fileType,
      Instant at) {
    return update(
            "INSERT INTO design_proposal (proposal_id, project_id, version, designer_id, notes,"
                + " file_key, file_sha256, file_type, created_at) SELECT ?1, ?2,"
                + " coalesce(max(version), 0) + 1, ?3, ?4, ?5, ?6, ?7, ?8 FROM design_proposal"
                + " WHERE project_id = ?2",
            id,
            projectId,
            designerId,
            notes,
            fileKey,
            fileSha256,
            fileType,
            at)
        .replaceWithVoid();
  }

  Uni<Void> insertComment(String id, String proposalId, String authorId, String body, Instant at) {
    return update(
            "INSERT INTO design_comment (comment_id, proposal_id, author_id, body, created_at)"
                + " VALUES (?1, ?2, ?3, ?4, ?5)",
            id,
            proposalId,
            authorId,
            body,
            at)
        .replaceWithVoid();
  }

  /** Records the project's confirmation; false when the project has one already. */
  Uni<Boolean> confirm(String id, String projectId, String proposalId, String userId, Instant at) {
    return update(
            "INSERT INTO design_confirmation (confirmation_id, project_id, proposal_id,"
                + " confirmed_by, confirmed_at) VALUES (?1, ?2, ?3, ?4, ?5)"
                + " ON CONFLICT DO NOTHING",
            id,
            projectId,
            proposalId,
            userId,
            at)
        .map(n -> n > 0);
  }

  Uni<List<String>> proposalIds(String projectId) {
    return rows(
            "SELECT proposal_id FROM design_proposal WHERE project_id = ?1 ORDER BY version",
            projectId)
        .map(rows -> rows.stream().map(t -> (String) t.get(0)).toList());
  }

  Uni<Optional<Proposal>> find(String projectId, String proposalId) {
    return rows(
            "SELECT d.proposal_id, d.project_id, d.version, d.designer_id, d.notes, d.file_key,"
                + " d.file_sha256, d.file_type, d.created_at, f.confirmation_id IS NOT NULL"
                + " FROM design_proposal d LEFT JOIN design_confirmation f"
                + " ON f.proposal_id = d.proposal_id"
                + " WHERE d.proposal_id = ?1 AND d.project_id = ?2",
            proposalId,
            projectId)
        .chain(
            found -> {
              if (found.isEmpty()) {
                return Uni.createFrom().item(Optional.<Proposal>empty());
              }
              Tuple t = found.get(0);
              return comments(proposalId)
                  .map(
                      comments ->
                          Optional.of(
                              new Proposal(
                                  (String) t.get(0),
                                  (String) t.get(1),
                                  ((Number) t.get(2)).intValue(),
                                  (String) t.get(3),
                                  (String) t.get(4),
                                  (String) t.get(5),
                                  (String) t.get(6),
                                  (String) t.get(7),
                                  instant(t.get(8)),
                                  (Boolean) t.get(9),
                                  comments)));
            });
  }

  private Uni<List<Proposal.Comment>> comments(String proposalId) {
    return rows(
            "SELECT comment_id, author_id, body, created_at FROM design_comment"
                + " WHERE proposal_id = ?1 ORDER BY created_at, comment_id",
            proposalId)
        .map(
            rows ->
                rows.stream()
                    .map(
                        t ->
                            new Proposal.Comment(
                                (String) t.get(0),
                                (String) t.get(1),
                                (String) t.get(2),
                                instant(t.get(3))))
                    .toList());
  }
}
