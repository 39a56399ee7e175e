package dev.sitehub.cloud.timeline;

import dev.sitehub.cloud.accounts.SiteAccess;
import dev.sitehub.cloud.common.Ids;
import dev.sitehub.cloud.contracts.Project;
import dev.sitehub.cloud.contracts.ProjectAccess;
import dev.sitehub.cloud.portal.PortalContext;
import dev.sitehub.cloud.portal.PortalRender;
import dev.sitehub.cloud.portal.PortalRequest;
import dev.sitehub.cloud.settlement.DepositForm;
import dev.sitehub.cloud.sites.Site;
import dev.sitehub.cloud.sites.SiteService;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * "My projects" and each project's timeline: stages with their dates and states, inspections,
 * acceptance records with their evidence, and the payments. Members of the project's site see it;
 * everyone else gets the 403 page, whether or not the project exists.
 */
@Path("/portal/projects")
public class ProjectPage {

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance projects(PortalContext ctx, List<ProjectCard> projects);

    static native TemplateInstance project(PortalContext ctx, TimelineView view);
  }

  private final ProjectDirectory directory;
  private final ProjectTimeline timeline;
  private final ProjectAccess access;
  private final SiteService sites;
  private final Ids ids;
  private final PortalRequest portal;
  private final PortalRender render;
  private final JsonWebToken caller;

  public ProjectPage(
      ProjectDirectory directory,
      ProjectTimeline timeline,
      ProjectAccess access,
      SiteService sites,
      Ids ids,
      PortalRequest portal,
      PortalRender render,
      JsonWebToken caller) {
    this.directory = directory;
    this.timeline = timeline;
    this.access = access;
    this.sites = sites;
    this.ids = ids;
    this.portal = portal;
    this.render = render;
    this.caller = caller;
  }

  @GET
  @RolesAllowed("**")
  public Response projects() {
    PortalContext ctx = portal.context();
    List<Site> visible = sites.visibleTo(caller.getSubject(), SiteAccess.isOperator(caller));
    List<ProjectCard> cards = directory.projects(visible, caller.getSubject(), ctx.supervisor());
    return render.page(Templates.projects(ctx, cards));
  }

  @GET
  @Path("{projectId}")
  @RolesAllowed("**")
  public Response project(@PathParam("projectId") String projectId) {
    PortalContext ctx = portal.context();
    Project p = access.require(caller, projectId);
    boolean customer = p.customerId().equals(caller.getSubject());
    TimelineView view = timeline.of(p, customer ? DepositForm.fresh(projectId, ids) : null);
    return render.page(Templates.project(ctx, view));
  }
}
