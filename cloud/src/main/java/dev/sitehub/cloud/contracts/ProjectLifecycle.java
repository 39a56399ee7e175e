package dev.sitehub.cloud.contracts;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What the project lifecycle (milestones) asks of projects and contracts: which site a project is
 * on, which projects a site has, which contract versions are filed, and a stage's start. Each
 * method is work for the caller's unit of work, so it commits with the caller's own writes.
 * Milestones depend on this package, so the owner offers these answers rather than implementing an
 * interface milestones would declare (that would make the two packages a cycle).
 */
@ApplicationScoped
public class ProjectLifecycle {

  /** The site of each of these projects that exists, by project id. */
  public Uni<Map<String, String>> sitesOf(Collection<String> projectIds) {
    if (projectIds.isEmpty()) {
      return Uni.createFrom().item(Map.of());
    }
    return Panache.getSession()
        .chain(
            s ->
                s.createSelectionQuery("from ProjectEntity where id in ?1", ProjectEntity.class)
                    .setParameter(1, projectIds)
                    .getResultList())
        .map(l -> l.stream().collect(Collectors.toMap(p -> p.id, p -> p.siteId)));
  }

  /** The projects on a site, in id order. */
  public Uni<List<String>> projectsOnSite(String siteId) {
    return Panache.getSession()
        .chain(
            s ->
                s.createSelectionQuery(
                        "select p.id from ProjectEntity p where p.siteId = ?1 order by p.id",
                        String.class)
                    .setParameter(1, siteId)
                    .getResultList());
  }

  /** The contract's filed version numbers, oldest first: the first is the contract itself. */
  public Uni<List<Integer>> filedVersions(String contractId) {
    return Panache.getSession()
        .chain(
            s ->
                s.createSelectionQuery(
                        "select v.version from ContractVersionEntity v"
                            + " where v.contractId = ?1 and v.status = ?2 order by v.version",
                        Integer.class)
                    .setParameter(1, contractId)
                    .setParameter(2, VersionStatus.FILED)
                    .getResultList());
  }

  /**
   * Marks the project's payment stage started, so that a later amendment, which replaces only
   * stages still pending, keeps it. A stage the plan no longer has is left alone.
   */
  public Uni<Void> startStage(String projectId, int seq) {
    return Panache.getSession()
        .chain(s -> s.find(ProjectStageEntity.class, new ProjectStageEntity.Key(projectId, seq)))
        .invoke(
            stage -> {
              if (stage != null) {
                stage.start();
              }
            })
        .replaceWithVoid();
  }
}
