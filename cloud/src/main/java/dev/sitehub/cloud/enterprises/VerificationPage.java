package dev.sitehub.cloud.enterprises;

import dev.sitehub.cloud.accounts.Role;
import dev.sitehub.cloud.common.ProblemException;
import dev.sitehub.cloud.portal.AdminProblem;
import dev.sitehub.cloud.portal.PortalContext;
import dev.sitehub.cloud.portal.PortalRender;
import dev.sitehub.cloud.portal.PortalRequest;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The operator's verification queue: each pending enterprise with its certificates, and a plain
 * form (works without JavaScript) to approve it or reject it with a reason.
 */
@Path("/portal/operator/verification")
public class VerificationPage {
  @CheckedTemplate
  static class Templates {
    static native TemplateInstance verification(
        PortalContext ctx, List<PendingEnterprise> pending, DecisionForm form);
  }

  /** A pending enterprise as the queue shows it. */
  public record PendingEnterprise(EnterpriseView enterprise, List<CertificateView> certificates) {}

  /**
   * What the last submitted decision left on the page: which enterprise, the typed reason, the
   * problems next to the decision and reason fields and above the form, or the notice after a
   * decision went through.
   */
  public record DecisionForm(
      String enterpriseId,
      String reason,
      AdminProblem decisionError,
      AdminProblem reasonError,
      AdminProblem formError,
      String decidedName,
      EnterpriseStatus decided) {
    static final DecisionForm NONE = new DecisionForm(null, "", null, null, null, null, null);

    /** The form sent back with a problem next to the field it belongs to, or above the form. */
    static DecisionForm refused(String enterpriseId, String reason, AdminProblem p) {
      return new DecisionForm(
          enterpriseId, reason, p.at("decision"), p.at("reason"), p.aboveForm(), null, null);
    }

    public boolean approved() {
      return decided == EnterpriseStatus.VERIFIED;
    }

    public boolean isFor(String id) {
      return id.equals(enterpriseId);
    }
  }

  private final EnterpriseService enterprises;
  private final EnterpriseRatings ratings;
  private final PortalRequest portal;
  private final PortalRender render;
  private final JsonWebToken caller;

  public VerificationPage(
      EnterpriseService enterprises,
      EnterpriseRatings ratings,
      PortalRequest portal,
      PortalRender render,
      JsonWebToken caller) {
    this.enterprises = enterprises;
    this.ratings = ratings;
    this.portal = portal;
    this.render = render;
    this.caller = caller;
  }

  @GET
  @RolesAllowed(Role.OPERATOR_NAME)
  public Response page() {
    return render(200, portal.context(), DecisionForm.NONE);
  }

  @POST
  @Path("{id}")
  @RolesAllowed(Role.OPERATOR_NAME)
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response decide(
      @PathParam("id") String id,
      @FormParam("decision") String decision,
      @FormParam("reason") String reason) {
    PortalContext ctx = portal.context();
    String typed = reason == null ? "" : reason.strip();
    EnterpriseStatus status = status(decision);
    if (status == null) {
      return render(422, ctx, DecisionForm.refused(id, typed, AdminProblem.INVALID_DECISION));
    }
    try {
      Enterprise e =
          enterprises.decide(id, new VerificationDecision(status, typed), caller.getSubject());
      return render(200, ctx, new DecisionForm(null, "", null, null, null, e.name(), status));
    } catch (ProblemException p) {
      if (p.status() == 404) {
        throw p;
      }
      AdminProblem problem = AdminProblem.refusal(AdminProblem.Form.VERIFICATION, p.code());
      return render(p.status() == 409 ? 409 : 422, ctx, DecisionForm.refused(id, typed, problem));
    }
  }

  private Response render(int status, PortalContext ctx, DecisionForm form) {
    List<PendingEnterprise> pending =
        enterprises.pending().stream()
            .map(
                e ->
                    new PendingEnterprise(
                        EnterpriseView.of(e, ratings.rating()),
                        enterprises.certificates(e.enterpriseId())))
            .toList();
    return render.page(status, Templates.verification(ctx, pending, form));
  }

  private static EnterpriseStatus status(String decision) {
    if (decision == null) {
      return null;
    }
    return switch (decision.strip().toUpperCase(Locale.ROOT)) {
      case "VERIFIED" -> EnterpriseStatus.VERIFIED;
      case "REJECTED" -> EnterpriseStatus.REJECTED;
      default -> null;
    };
  }
}
