package dev.sitehub.cloud.evidence;

import dev.sitehub.cloud.accounts.Role;
import dev.sitehub.cloud.contracts.ProjectService;
import dev.sitehub.cloud.portal.AdminProblem;
import dev.sitehub.cloud.portal.PortalContext;
import dev.sitehub.cloud.portal.PortalRender;
import dev.sitehub.cloud.portal.PortalRequest;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The operator's evidence-chain verifier: recomputes a project's chain and shows "intact" or the
 * first broken link. Verifying only reads, so the form is a GET and the result can be bookmarked.
 */
@Path("/portal/operator/evidence")
public class VerifierPage {
  @CheckedTemplate
  static class Templates {
    static native TemplateInstance verifier(
        PortalContext ctx, String projectId, AdminProblem projectError, ChainReport report);
  }

  private final EvidenceService evidence;
  private final ProjectService projects;
  private final PortalRequest portal;
  private final PortalRender render;
  private final JsonWebToken caller;

  public VerifierPage(
      EvidenceService evidence,
      ProjectService projects,
      PortalRequest portal,
      PortalRender render,
      JsonWebToken caller) {
    this.evidence = evidence;
    this.projects = projects;
    this.portal = portal;
    this.render = render;
    this.caller = caller;
  }

  @GET
  @RolesAllowed(Role.OPERATOR_NAME)
  public Response page(@QueryParam("projectId") String projectId) {
    PortalContext ctx = portal.context();
    String id = projectId == null ? "" : projectId.strip();
    if (id.isEmpty()) {
      return render(200, ctx, id, projectId == null ? null : AdminProblem.REQUIRED, null);
    }
    if (projects.find(id).isEmpty()) {
      return render(404, ctx, id, AdminProblem.PROJECT_NOT_FOUND, null);
    }
    return render(200, ctx, id, null, evidence.verify(id));
  }

  private Response render(
      int status, PortalContext ctx, String projectId, AdminProblem error, ChainReport report) {
    return render.page(status, Templates.verifier(ctx, projectId, error, report));
  }
}
