package dev.sitehub.cloud.milestones;

import dev.sitehub.cloud.common.NativeSql;
import dev.sitehub.cloud.contracts.StagePayment;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.persistence.Tuple;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * Milestones in SQL through the caller's reactive session; every method returns work for a {@link
 * dev.sitehub.cloud.common.UnitOfWork} to run.
 */
final class MilestoneRepository {
  private static final String COLUMNS =
      "project_id, seq, name, checklist, state, planned_start, planned_end, actual_start, actual_end";

  private MilestoneRepository() {}

  static Uni<Void> ensure(String projectId, List<StagePayment> stages, StageChecklists checklists) {
    Uni<Void> all = Uni.createFrom().voidItem();
    for (StagePayment s : stages) {
      all =
          all.chain(
              () ->
                  update(
                      "INSERT INTO milestone (project_id, seq, name, checklist)"
                          + " VALUES (?1, ?2, ?3, ?4) ON CONFLICT DO NOTHING",
                      projectId,
                      s.seq(),
                      s.name(),
                      checklists.checklistFor(s.name())));
    }
    return all;
  }

  static Uni<List<Milestone>> list(String projectId) {
    return query(
        "SELECT " + COLUMNS + " FROM milestone WHERE project_id = ?1 ORDER BY seq", projectId);
  }

  static Uni<Optional<Milestone>> find(String projectId, int seq, boolean lock) {
    return query(
            "SELECT "
                + COLUMNS
                + " FROM milestone WHERE project_id = ?1 AND seq = ?2"
                + (lock ? " FOR UPDATE" : ""),
            projectId,
            seq)
        .map(l -> l.stream().findFirst());
  }

  static Uni<Void> setState(String projectId, int seq, MilestoneState s, Instant at) {
    Uni<Void> state =
        update(
            "UPDATE milestone SET state = ?1, updated_at = ?2,"
                + " actual_start = CASE WHEN ?1 = 'IN_PROGRESS' THEN ?2 ELSE actual_start END,"
                + " actual_end = CASE WHEN ?1 = 'ACCEPTED' THEN ?2 ELSE actual_end END"
                + " WHERE project_id = ?3 AND seq = ?4",
            s.name(),
            at,
            projectId,
            seq);
    if (s != MilestoneState.IN_PROGRESS) {
      return state;
    }
    // A started stage must survive amendments, which replace only PENDING stages.
    return state.chain(
        () ->
            update(
                "UPDATE project_stage SET status = 'STARTED' WHERE project_id = ?1 AND seq = ?2",
                projectId,
                seq));
  }

  static Uni<Void> plan(String projectId, int seq, LocalDate start, LocalDate end) {
    return Panache.getSession()
        .chain(
            s ->
                s.createNativeQuery(
                        "UPDATE milestone SET planned_start = ?1, planned_end = ?2,"
                            + " updated_at = now() WHERE project_id = ?3 AND seq = ?4")
                    .setParameter(1, start)
                    .setParameter(2, end)
                    .setParameter(3, projectId)
                    .setParameter(4, seq)
                    .executeUpdate())
        .replaceWithVoid();
  }

  static Uni<Long> openRectifications(String projectId, int seq) {
    return tuples(
            "SELECT count(*) FROM rectification WHERE project_id = ?1 AND stage_seq = ?2"
                + " AND state <> 'CLOSED'",
            projectId,
            seq)
        .map(l -> ((Number) l.get(0).get(0)).longValue());
  }

  static Uni<List<Integer>> filedVersions(String contractId) {
    return tuples(
            "SELECT version FROM contract_version WHERE contract_id = ?1 AND status = 'FILED'"
                + " ORDER BY version",
            contractId)
        .map(l -> l.stream().map(t -> ((Number) t.get(0)).intValue()).toList());
  }

  static Uni<List<Milestone>> query(String sql, Object... args) {
    return tuples(sql, args).map(l -> l.stream().map(MilestoneRepository::map).toList());
  }

  static Uni<List<Tuple>> tuples(String sql, Object... args) {
    return NativeSql.rows(sql, args);
  }

  private static Uni<Void> update(String sql, Object... args) {
    return NativeSql.update(sql, args).replaceWithVoid();
  }

  private static Milestone map(Tuple t) {
    return new Milestone(
        (String) t.get(0),
        ((Number) t.get(1)).intValue(),
        (String) t.get(2),
        (String) t.get(3),
        MilestoneState.valueOf((String) t.get(4)),
        date(t.get(5)),
        date(t.get(6)),
        instant(t.get(7)),
        instant(t.get(8)));
  }

  static LocalDate date(Object v) {
    return v == null || v instanceof LocalDate ? (LocalDate) v : LocalDate.parse(v.toString());
  }

  static Instant instant(Object v) {
    if (v == null || v instanceof Instant) {
      return (Instant) v;
    }
    if (v instanceof OffsetDateTime o) {
      return o.toInstant();
    }
    return ((java.util.Date) v).toInstant();
  }
}
