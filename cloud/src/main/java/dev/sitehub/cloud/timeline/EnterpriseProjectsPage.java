package dev.sitehub.cloud.timeline;

import dev.sitehub.cloud.enterprises.Workspace;
import dev.sitehub.cloud.enterprises.Workspaces;
import dev.sitehub.cloud.portal.PortalContext;
import dev.sitehub.cloud.portal.PortalRender;
import dev.sitehub.cloud.portal.PortalRequest;
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
 * The enterprise workspace's contracts and projects: every contract the enterprise is party to, its
 * state, the project's current stage, and links to the contract, timeline, stage and materials
 * pages, which each check the viewer's access themselves.
 */
@Path("/portal/enterprise/{id}/projects")
public class EnterpriseProjectsPage {
  @CheckedTemplate
  static class Templates {
    static native TemplateInstance projects(
        PortalContext ctx, Workspace ws, List<EnterpriseProjectCard> contracts);
  }

  private final EnterpriseProjects projects;
  private final Workspaces workspaces;
  private final PortalRequest portal;
  private final PortalRender render;
  private final JsonWebToken caller;

  public EnterpriseProjectsPage(
      EnterpriseProjects projects,
      Workspaces workspaces,
      PortalRequest portal,
      PortalRender render,
      JsonWebToken caller) {
    this.projects = projects;
    this.workspaces = workspaces;
    this.portal = portal;
    this.render = render;
    this.caller = caller;
  }

  @GET
  @RolesAllowed("**")
  public Response page(@PathParam("id") String id) {
    PortalContext ctx = portal.context();
    Workspace ws = workspaces.open(caller.getSubject(), id);
    return render.page(Templates.projects(ctx, ws, projects.of(id)));
  }
}
