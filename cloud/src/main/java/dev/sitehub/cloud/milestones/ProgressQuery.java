package dev.sitehub.cloud.milestones;

import dev.sitehub.cloud.common.NativeSql;
import dev.sitehub.cloud.common.UnitOfWork;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Answers "how far are these projects?" for list pages, in one query over the milestone table. */
@ApplicationScoped
public class ProgressQuery {
  /**
   * An aggregate per project (counts and the first stage not accepted), which SQL answers in one
   * pass without loading any milestone.
   */
  private static final String SQL =
      "SELECT m.project_id, count(*), count(*) FILTER (WHERE m.state = 'ACCEPTED'),"
          + " (array_agg(m.seq ORDER BY m.seq) FILTER (WHERE m.state <> 'ACCEPTED'))[1],"
          + " (array_agg(m.name ORDER BY m.seq) FILTER (WHERE m.state <> 'ACCEPTED'))[1],"
          + " (array_agg(m.state ORDER BY m.seq) FILTER (WHERE m.state <> 'ACCEPTED'))[1]"
          + " FROM milestone m WHERE m.project_id IN (?1) GROUP BY m.project_id";

  private final UnitOfWork work;

  ProgressQuery(UnitOfWork work) {
    this.work = work;
  }

  /** Each project's progress; a project without milestones yet gets {@link StageProgress#none}. */
  public Map<String, StageProgress> of(List<String> projectIds) {
    Map<String, StageProgress> out = new HashMap<>();
    projectIds.forEach(p -> out.put(p, StageProgress.none(p)));
    if (projectIds.isEmpty()) {
      return out;
    }
    work.read(() -> NativeSql.rows(SQL, projectIds))
        .forEach(
            t ->
                out.put(
                    (String) t.get(0),
                    new StageProgress(
                        (String) t.get(0),
                        ((Number) t.get(1)).intValue(),
                        ((Number) t.get(2)).intValue(),
                        t.get(3) == null ? null : ((Number) t.get(3)).intValue(),
                        (String) t.get(4),
                        t.get(5) == null ? null : MilestoneState.valueOf((String) t.get(5)))));
    return out;
  }
}
