package dev.sitehub.cloud.contracts;

import dev.sitehub.cloud.accounts.SiteMemberships;
import dev.sitehub.cloud.common.Ids;
import dev.sitehub.cloud.common.ProblemException;
import dev.sitehub.cloud.common.UnitOfWork;
import dev.sitehub.cloud.sites.CreateSiteRequest;
import dev.sitehub.cloud.sites.Site;
import dev.sitehub.cloud.sites.SiteService;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
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
  private final UnitOfWork work;
  private final Clock clock;
  private final Ids ids;

  ProjectService(
      ProjectRepository projects,
      SiteService sites,
      SiteMemberships memberships,
      ContractsConfig config,
      UnitOfWork work,
      Clock clock,
      Ids ids) {
    this.projects = projects;
    this.sites = sites;
    this.memberships = memberships;
    this.config = config;
    this.work = work;
    this.clock = clock;
    this.ids = ids;
  }

  void onFiled(ContractVersion filed) {
    ContractTerms t = filed.terms();
    Optional<Project> existing =
        work.read(
            () ->
                projects
                    .projectIdOf(filed.contractId())
                    .chain(
                        id ->
                            id.isEmpty()
                                ? Uni.createFrom().item(Optional.<Project>empty())
                                : projects.find(id.get())));
    if (existing.isPresent()) {
      Project p = existing.get();
      // The new plan and the members it names commit together.
      work.write(
          () ->
              projects
                  .replacePendingStages(p.projectId(), t.stages())
                  .chain(() -> addingMembers(p.siteId(), t)));
      LOG.infof(
          "project stages amended project=%s contract=%s version=%d",
          p.projectId(), filed.contractId(), filed.version());
      return;
    }
    Site site =
        sites.create(
            new CreateSiteRequest(t.siteName(), t.siteAddress(), config.siteTimezone()),
            t.customer().id());
    String projectId = ids.next("prj");
    boolean created;
    try {
      // The project, its stages and its members commit together.
      created =
          work.write(
              () ->
                  projects
                      .insert(
                          projectId,
                          filed.contractId(),
                          site.siteId(),
                          t.customer().id(),
                          t.stages(),
                          clock.instant())
                      .call(
                          fresh ->
                              fresh
                                  ? addingMembers(site.siteId(), t)
                                  : Uni.createFrom().voidItem()));
    } catch (RuntimeException e) {
      // Another filing of the same contract created its project first: the key refused ours.
      if (!UnitOfWork.isUniqueViolation(e)) {
        throw e;
      }
      created = false;
    }
    if (!created) {
      LOG.warnf(
          "project already existed contract=%s; site %s left unused",
          filed.contractId(), site.siteId());
      return;
    }
    LOG.infof(
        "project created project=%s contract=%s site=%s",
        projectId, filed.contractId(), site.siteId());
  }

  /** Work that makes the customer and every named staff member members of the project's site. */
  private Uni<Void> addingMembers(String siteId, ContractTerms t) {
    Uni<Void> adding = memberships.adding(siteId, t.customer().id());
    for (NamedStaff s : t.staff()) {
      adding = adding.chain(() -> memberships.adding(siteId, s.userId()));
    }
    return adding;
  }

  public Project get(String projectId) {
    return find(projectId)
        .orElseThrow(() -> ProblemException.notFound("project-not-found", "no such project"));
  }

  /** The projects on the sites the user belongs to, in id order. */
  public List<String> projectIdsOf(String userId) {
    List<String> sites = memberships.sitesOf(userId);
    return sites.isEmpty() ? List.of() : work.read(() -> projects.projectIdsOnSites(sites));
  }

  public boolean isMember(String projectId, String userId) {
    Optional<Project> p = find(projectId);
    return p.isPresent() && memberships.isMember(p.get().siteId(), userId);
  }

  /**
   * The project if the user is a member of its site; anyone else gets the same 403 whether or not
   * it exists ("foreign project").
   */
  public Project requireMember(String projectId, String userId) {
    Optional<Project> p = find(projectId);
    if (p.isEmpty() || !memberships.isMember(p.get().siteId(), userId)) {
      throw ProblemException.forbidden("foreign-project", "you are not a member of this project");
    }
    return p.get();
  }

  /** The project, or empty when there is none: for forms that show "no such project" inline. */
  public Optional<Project> find(String projectId) {
    return work.read(() -> projects.find(projectId));
  }
}
