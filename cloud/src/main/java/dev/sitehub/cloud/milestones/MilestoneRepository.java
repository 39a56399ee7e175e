package dev.sitehub.cloud.milestones;

import dev.sitehub.cloud.contracts.StagePayment;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;

/**
 * Milestones through Hibernate Reactive; every method returns work for a {@link
 * dev.sitehub.cloud.common.UnitOfWork} to run.
 */
@ApplicationScoped
class MilestoneRepository implements PanacheRepositoryBase<MilestoneEntity, MilestoneEntity.Key> {

  /** Adds a milestone for every stage the project has none for yet. */
  Uni<Void> ensure(
      String projectId, List<StagePayment> stages, StageChecklists checklists, Instant now) {
    return getSession()
        .chain(
            s ->
                s.createSelectionQuery(
                        "select seq from MilestoneEntity where projectId = ?1", Integer.class)
                    .setParameter(1, projectId)
                    .getResultList()
                    .chain(
                        taken -> {
                          var have = new HashSet<>(taken);
                          Uni<Void> adding = Uni.createFrom().voidItem();
                          for (StagePayment stage : stages) {
                            if (have.add(stage.seq())) {
                              MilestoneEntity m =
                                  new MilestoneEntity(
                                      projectId,
                                      stage.seq(),
                                      stage.name(),
                                      checklists.checklistFor(stage.type()),
                                      now);
                              adding = adding.chain(() -> s.persist(m));
                            }
                          }
                          return adding.chain(s::flush);
                        }));
  }

  Uni<List<Milestone>> list(String projectId) {
    return list("projectId = ?1 order by seq", projectId)
        .map(l -> l.stream().map(MilestoneEntity::view).toList());
  }

  /** The milestone, locked until the caller's transaction ends when {@code lock} is set. */
  Uni<Optional<MilestoneEntity>> find(String projectId, int seq, boolean lock) {
    MilestoneEntity.Key key = new MilestoneEntity.Key(projectId, seq);
    return (lock ? findById(key, LockModeType.PESSIMISTIC_WRITE) : findById(key))
        .map(Optional::ofNullable);
  }

  /** The milestones of these projects in one of {@code states}, by project and stage. */
  Uni<List<MilestoneEntity>> inStates(
      Collection<String> projectIds, Collection<MilestoneState> states) {
    return projectIds.isEmpty()
        ? Uni.createFrom().item(List.of())
        : list("projectId in ?1 and state in ?2 order by projectId, seq", projectIds, states);
  }

  /** Milestones not accepted yet with a planned end before {@code before}, or with any if null. */
  Uni<List<MilestoneEntity>> openWithPlannedEnd(LocalDate before) {
    return before == null
        ? list(
            "state <> ?1 and plannedEnd is not null order by projectId, seq",
            MilestoneState.ACCEPTED)
        : list(
            "state <> ?1 and plannedEnd < ?2 order by projectId, seq",
            MilestoneState.ACCEPTED,
            before);
  }

  /** Every milestone in {@code state}, by project and stage. */
  Uni<List<MilestoneEntity>> inState(MilestoneState state) {
    return list("state = ?1 order by projectId, seq", state);
  }
}
