package dev.sitehub.cloud.contracts;

import dev.sitehub.cloud.accounts.SiteMemberships;
import dev.sitehub.cloud.common.Ids;
import dev.sitehub.cloud.common.ProblemException;
import dev.sitehub.cloud.sites.CreateSiteRequest;
import dev.sitehub.cloud.sites.Site;
import dev.sitehub.cloud.sites.SiteService;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Turns a filed contract into a project: creates its site through the sites model (so devices can
 * be provisioned there), makes the customer and every named staff member site members, and copies
 * the payment stages. A filed amendment updates the stages that have not started.
 */
@ApplicationScoped
public class ProjectService {
  private static final Logger LOG = Logger.getLogger(ProjectService.class);
  private final ProjectRepository projects;
  private final SiteService sites;
  private final SiteMemberships memberships;
  private final ContractsConfig config;
  private final Ids ids;

  public ProjectService(
      ProjectRepository projects,
      SiteService sites,
      SiteMemberships memberships,
      ContractsConfig config,
      Ids ids) {
    this.projects = projects;
    this.sites = sites;
    this.memberships = memberships;
    this.config = config;
    this.ids = ids;
  }

  void onFiled(ContractVersion filed) {
    ContractTerms t = filed.terms();
    Optional<String> existing = projects.projectIdOf(filed.contractId());
    if (existing.isPresent()) {
      projects.replacePendingStages(existing.get(), t.stages());
      addMembers(existing.get(), t);
      LOG.infof(
          "project stages amended project=%s contract=%s version=%d",
          existing.get(), filed.contractId(), filed.version());
      return;
    }
    Site site =
        sites.create(
            new CreateSiteRequest(t.siteName(), t.siteAddress(), config.siteTimezone()),
            t.customer().id());
    String projectId = ids.next("prj");
    if (!projects.insert(
        projectId, filed.contractId(), site.siteId(), t.customer().id(), t.stages())) {
      LOG.warnf(
          "project already existed contract=%s; site %s left unused",
          filed.contractId(), site.siteId());
      return;
    }
    addMembers(projectId, t);
    LOG.infof(
        "project created project=%s contract=%s site=%s",
        projectId, filed.contractId(), site.siteId());
  }

  private void addMembers(String projectId, ContractTerms t) {
    Project p = projects.find(projectId).orElseThrow();
    memberships.add(p.siteId(), t.customer().id());
    for (NamedStaff s : t.staff()) {
      memberships.add(p.siteId(), s.userId());
    }
  }

  public Project get(String projectId) {
    return projects
        .find(projectId)
        .orElseThrow(() -> ProblemException.notFound("project-not-found", "no such project"));
  }

  /**
   * The project if the user is a member of its site; anyone else gets the same 403 whether or not
   * it exists ("foreign project").
   */
  /** The projects on the sites the user belongs to, in id order. */
  public List<String> projectIdsOf(String userId) {
    List<String> sites = memberships.sitesOf(userId);
    return sites.isEmpty() ? List.of() : projects.projectIdsOnSites(sites);
  }

  public boolean isMember(String projectId, String userId) {
    Optional<Project> p = projects.find(projectId);
    return p.isPresent() && memberships.isMember(p.get().siteId(), userId);
  }

  public Project requireMember(String projectId, String userId) {
    Optional<Project> p = projects.find(projectId);
    if (p.isEmpty() || !memberships.isMember(p.get().siteId(), userId)) {
      throw ProblemException.forbidden("foreign-project", "you are not a member of this project");
    }
    return p.get();
  }
}
