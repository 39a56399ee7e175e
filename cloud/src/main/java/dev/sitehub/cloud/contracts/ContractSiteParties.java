package dev.sitehub.cloud.contracts;

import dev.sitehub.cloud.common.UnitOfWork;
import dev.sitehub.cloud.sites.SiteParties;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Answers the site membership rules from the projects and filed contracts on a site. */
@ApplicationScoped
class ContractSiteParties implements SiteParties {
  private final ProjectRepository projects;
  private final ContractService contracts;
  private final UnitOfWork work;

  ContractSiteParties(ProjectRepository projects, ContractService contracts, UnitOfWork work) {
    this.projects = projects;
    this.contracts = contracts;
    this.work = work;
  }

  @Override
  public Optional<String> customerOf(String siteId) {
    return onSite(siteId).stream().findFirst().map(Project::customerId);
  }

  @Override
  public Set<String> partiesOf(String siteId) {
    Set<String> parties = new LinkedHashSet<>();
    for (Project p : onSite(siteId)) {
      parties.add(p.customerId());
      contracts
          .filedTerms(p.contractId())
          .ifPresent(t -> t.staff().forEach(s -> parties.add(s.userId())));
    }
    return parties;
  }

  private List<Project> onSite(String siteId) {
    List<String> ids = work.read(() -> projects.projectIdsOnSites(List.of(siteId)));
    return ids.stream()
        .map(id -> work.read(() -> projects.find(id)))
        .flatMap(Optional::stream)
        .toList();
  }
}
