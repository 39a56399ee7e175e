package dev.sitehub.cloud.timeline;

import dev.sitehub.cloud.acceptance.AwaitingSignatures;
import dev.sitehub.cloud.contracts.ContractListings;
import dev.sitehub.cloud.contracts.ProjectListing;
import dev.sitehub.cloud.milestones.ProgressQuery;
import dev.sitehub.cloud.milestones.StageProgress;
import dev.sitehub.cloud.sites.Site;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Read-only list of the projects on the sites a viewer may see: progress, the current stage, and
 * the acceptance records waiting for the viewer (as customer or as supervisor). Each part comes
 * from the feature that owns it, one batch question each.
 */
@ApplicationScoped
class ProjectDirectory {
  static final int MAX_PROJECTS = 200;

  private final ContractListings contracts;
  private final ProgressQuery progress;
  private final AwaitingSignatures awaiting;

  ProjectDirectory(
      ContractListings contracts, ProgressQuery progress, AwaitingSignatures awaiting) {
    this.contracts = contracts;
    this.progress = progress;
    this.awaiting = awaiting;
  }

  public List<ProjectCard> projects(List<Site> sites, String viewerId, boolean supervisor) {
    Map<String, Site> byId =
        sites.stream().collect(Collectors.toMap(Site::siteId, Function.identity()));
    List<ProjectListing> projects =
        contracts.projectsOnSites(List.copyOf(byId.keySet()), MAX_PROJECTS);
    List<String> ids = projects.stream().map(ProjectListing::projectId).toList();
    Map<String, StageProgress> stages = progress.of(ids);
    Map<String, AwaitingSignatures.Counts> waiting = awaiting.of(ids);
    return projects.stream()
        .map(
            p -> {
              Site s = byId.get(p.siteId());
              StageProgress g = stages.get(p.projectId());
              AwaitingSignatures.Counts w =
                  waiting.getOrDefault(p.projectId(), new AwaitingSignatures.Counts(0, 0));
              int forViewer =
                  (p.customerId().equals(viewerId) ? w.customer() : 0)
                      + (supervisor ? w.supervisor() : 0);
              return new ProjectCard(
                  p.projectId(),
                  s.name(),
                  s.address(),
                  p.stages(),
                  g.accepted(),
                  g.currentName(),
                  g.currentState(),
                  forViewer);
            })
        .toList();
  }
}
