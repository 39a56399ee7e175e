package dev.sitehub.cloud.audit;

import dev.sitehub.cloud.accounts.UserDirectory;
import dev.sitehub.cloud.common.UnitOfWork;
import dev.sitehub.cloud.portal.PortalRender;
import dev.sitehub.cloud.portal.PortalRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** One project's audit trail, for the members of its site and for operators. */
@Path("/portal/projects/{projectId}/audit")
public class ProjectAuditPage {
  private final AuditLog log;
  private final ProjectAuditScope scope;
  private final UserDirectory directory;
  private final UnitOfWork work;
  private final PortalRequest portal;
  private final PortalRender render;
  private final JsonWebToken caller;

  public ProjectAuditPage(
      AuditLog log,
      ProjectAuditScope scope,
      UserDirectory directory,
      UnitOfWork work,
      PortalRequest portal,
      PortalRender render,
      JsonWebToken caller) {
    this.log = log;
    this.scope = scope;
    this.directory = directory;
    this.work = work;
    this.portal = portal;
    this.render = render;
    this.caller = caller;
  }

  @GET
  @RolesAllowed("**")
  public Response page(@PathParam("projectId") String projectId) {
    ProjectAuditScope.Scope s = scope.ofReadableProject(caller, projectId);
    List<AuditPage.Row> rows =
        AuditPage.rows(log.ofProject(projectId, s, AuditPage.ROWS), directory, work);
    return render.page(
        AuditPage.Templates.trail(portal.context(), projectId, rows, List.of(), null));
  }
}
