package dev.sitehub.cloud.contracts;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;

/**
 * Projects and their stages through Hibernate Reactive; each method is work for a {@link
 * dev.sitehub.cloud.common.UnitOfWork}.
 */
@ApplicationScoped
class ProjectRepository implements PanacheRepositoryBase<ProjectEntity, String> {

  /** Inserts the project and its stages; false if the contract already has a project. */
  Uni<Boolean> insert(
      String projectId,
      String contractId,
      String siteId,
      String customerId,
      List<StagePayment> stages,
      Instant now) {
    return count("contractId", contractId)
        .chain(
            n ->
                n > 0
                    ? Uni.createFrom().item(false)
                    : persist(new ProjectEntity(projectId, contractId, siteId, customerId, now))
                        .chain(this::flush)
                        .chain(() -> addStages(projectId, stages))
                        .replaceWith(true));
  }

  /**
   * Applies an amended plan: stages not yet started take the new amounts, new stages are added, and
   * pending stages the amendment dropped are removed. Started stages keep their history.
   */
  Uni<Void> replacePendingStages(String projectId, List<StagePayment> stages) {
    return getSession()
        .chain(
            s ->
                s.createMutationQuery(
                        "delete from ProjectStageEntity where projectId = ?1 and status = ?2")
                    .setParameter(1, projectId)
                    .setParameter(2, ProjectStageEntity.PENDING)
                    .executeUpdate())
        .chain(() -> addStages(projectId, stages));
  }

  /** Adds the stages whose sequence number the project does not have yet. */
  private Uni<Void> addStages(String projectId, List<StagePayment> stages) {
    return getSession()
        .chain(
            s ->
                s.createSelectionQuery(
                        "select seq from ProjectStageEntity where projectId = ?1", Integer.class)
                    .setParameter(1, projectId)
                    .getResultList()
                    .chain(
                        taken -> {
                          var have = new HashSet<>(taken);
                          Uni<Void> work = Uni.createFrom().voidItem();
                          for (StagePayment stage : stages) {
                            if (have.add(stage.seq())) {
                              work =
                                  work.chain(
                                      () -> s.persist(new ProjectStageEntity(projectId, stage)));
                            }
                          }
                          return work.chain(s::flush);
                        }));
  }

  Uni<Optional<String>> projectIdOf(String contractId) {
    return find("contractId", contractId)
        .firstResult()
        .map(p -> Optional.ofNullable(p).map(x -> x.id));
  }

  /** The projects on these sites, in id order. */
  Uni<List<String>> projectIdsOnSites(List<String> siteIds) {
    return getSession()
        .chain(
            s ->
                s.createSelectionQuery(
                        "select p.id from ProjectEntity p where p.siteId in ?1 order by p.id",
                        String.class)
                    .setParameter(1, siteIds)
                    .getResultList());
  }

  Uni<Optional<Project>> find(String projectId) {
    return findById(projectId)
        .chain(
            p ->
                p == null
                    ? Uni.createFrom().item(Optional.<Project>empty())
                    : getSession()
                        .chain(
                            s ->
                                s.createSelectionQuery(
                                        "from ProjectStageEntity where projectId = ?1 order by seq",
                                        ProjectStageEntity.class)
                                    .setParameter(1, projectId)
                                    .getResultList())
                        .map(
                            stages ->
                                Optional.of(
                                    new Project(
                                        p.id,
                                        p.contractId,
                                        p.siteId,
                                        p.customerId,
                                        p.status,
                                        stages.stream().map(ProjectStageEntity::view).toList()))));
  }
}
