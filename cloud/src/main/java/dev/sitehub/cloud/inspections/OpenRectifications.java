package dev.sitehub.cloud.inspections;

import dev.sitehub.cloud.common.NativeSql;
import dev.sitehub.cloud.milestones.StageRectifications;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Counts a stage's rectifications not closed yet, for the milestones feature. */
@ApplicationScoped
class OpenRectifications implements StageRectifications {
  @Override
  public Uni<Long> openAt(String projectId, int seq) {
    // A filtered count is an aggregate: the database answers it without loading any row.
    return NativeSql.rows(
            "SELECT count(*) FROM rectification WHERE project_id = ?1 AND stage_seq = ?2"
                + " AND state <> ?3",
            projectId,
            seq,
            RectificationState.CLOSED.name())
        .map(rows -> ((Number) rows.get(0).get(0)).longValue());
  }
}
