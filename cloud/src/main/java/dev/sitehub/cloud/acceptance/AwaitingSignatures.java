package dev.sitehub.cloud.acceptance;

import dev.sitehub.cloud.common.NativeSql;
import dev.sitehub.cloud.common.UnitOfWork;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Answers "how many acceptance records wait for a signature?" per project, for list pages. */
@ApplicationScoped
public class AwaitingSignatures {
  // An aggregate over many projects in one statement: clearer and cheaper in SQL than in HQL.
  private static final String SQL =
      "SELECT project_id, count(*) FILTER (WHERE state = 'AWAITING_CUSTOMER'),"
          + " count(*) FILTER (WHERE state = 'AWAITING_SUPERVISOR')"
          + " FROM acceptance_record WHERE project_id IN (?1) GROUP BY project_id";
  private final UnitOfWork work;

  AwaitingSignatures(UnitOfWork work) {
    this.work = work;
  }

  /** Records waiting for the customer and for the supervisor, by project. */
  public record Counts(int customer, int supervisor) {}

  /** Each project's counts; projects with no waiting record are absent. */
  public Map<String, Counts> of(List<String> projectIds) {
    Map<String, Counts> out = new HashMap<>();
    if (projectIds.isEmpty()) {
      return out;
    }
    work.read(() -> NativeSql.rows(SQL, projectIds))
        .forEach(
            t ->
                out.put(
                    (String) t.get(0),
                    new Counts(((Number) t.get(1)).intValue(), ((Number) t.get(2)).intValue())));
    return out;
  }
}
