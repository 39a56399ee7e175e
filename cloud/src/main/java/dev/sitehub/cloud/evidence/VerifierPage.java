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
 * The operator's evidence-chain verifier: recomputes a project's chain and shows "intact" with the
 * signed head's receipt, or the first broken link; given a receipt kept earlier it also shows a
 * dropped tail. Verifying only reads, so the form is a GET and the result can be bookmarked.
 */
@Path("/portal/operator/evidence")
public class VerifierPage {
  @CheckedTemplate
  static class Templates {
    static native TemplateInstance verifier(
        PortalContext ctx,
        String projectId,
        AdminProblem projectError,
        String receipt,
        String receiptError,
        ChainReport report);
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
  public Response page(
      @QueryParam("projectId") String projectId, @QueryParam("receipt") String receipt) {
    PortalContext ctx = portal.context();
    String id = projectId == null ? "" : projectId.strip();
    String kept = receipt == null ? "" : receipt.strip();
    if (id.isEmpty()) {
      return render(
          200, ctx, id, projectId == null ? null : AdminProblem.REQUIRED, kept, null, null);
    }
    if (projects.find(id).isEmpty()) {
      return render(404, ctx, id, AdminProblem.PROJECT_NOT_FOUND, kept, null, null);
    }
    if (!kept.isEmpty() && HeadReceipt.parse(kept).isEmpty()) {
      // A malformed receipt is shown under the field it was typed in, with the text kept.
      return render(422, ctx, id, null, kept, "errReceiptMalformed", null);
    }
    return render(200, ctx, id, null, kept, null, evidence.verify(id, kept));
  }

  private Response render(
      int status,
      PortalContext ctx,
      String projectId,
      AdminProblem error,
      String receipt,
      String receiptError,
      ChainReport report) {
    return render.page(
        status, Templates.verifier(ctx, projectId, error, receipt, receiptError, report));
  }
}
