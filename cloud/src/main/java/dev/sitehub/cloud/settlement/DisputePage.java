package dev.sitehub.cloud.settlement;

import dev.sitehub.cloud.accounts.Role;
import dev.sitehub.cloud.common.ProblemException;
import dev.sitehub.cloud.contracts.Project;
import dev.sitehub.cloud.contracts.ProjectService;
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
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The operator's dispute desk: every open dispute with the escrow it freezes, and a plain form to
 * arbitrate it (split in yuan, a written decision). Each rendered form carries its own idempotency
 * key, so a double submit replays the first arbitration instead of posting a second one.
 */
@Path("/portal/operator/disputes")
public class DisputePage {
  static final int MAX_OPEN = 200;

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance disputes(
        PortalContext ctx, List<OpenDispute> open, ArbitrationForm form, List<Mismatch> mismatches);
  }

  /** An open dispute with the money it freezes and a fresh idempotency key for its form. */
  public record OpenDispute(Dispute dispute, String escrowYuan, String key) {}

  /**
   * What the last arbitration form left on the page: the dispute it was for, the typed values, and
   * the problems next to each field and above the form, or the notice on success.
   */
  public record ArbitrationForm(
      String disputeId,
      String toContractor,
      String toCustomer,
      String decision,
      AdminProblem contractorError,
      AdminProblem customerError,
      AdminProblem decisionError,
      AdminProblem formError,
      String resolved) {
    static final ArbitrationForm NONE =
        new ArbitrationForm(null, "", "", "", null, null, null, null, null);

    public boolean isFor(String id) {
      return id.equals(disputeId);
    }
  }

  private final DisputeService disputes;
  private final PaymentReconciliation reconciliation;
  private final LedgerService ledger;
  private final ProjectService projects;
  private final PortalRequest portal;
  private final PortalRender render;
  private final JsonWebToken caller;

  public DisputePage(
      DisputeService disputes,
      PaymentReconciliation reconciliation,
      LedgerService ledger,
      ProjectService projects,
      PortalRequest portal,
      PortalRender render,
      JsonWebToken caller) {
    this.disputes = disputes;
    this.reconciliation = reconciliation;
    this.ledger = ledger;
    this.projects = projects;
    this.portal = portal;
    this.render = render;
    this.caller = caller;
  }

  @GET
  @RolesAllowed(Role.OPERATOR_NAME)
  public Response page() {
    return render(200, portal.context(), ArbitrationForm.NONE);
  }

  @POST
  @Path("{disputeId}/arbitration")
  @RolesAllowed(Role.OPERATOR_NAME)
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response arbitrate(
      @PathParam("disputeId") String disputeId,
      @FormParam("projectId") String projectId,
      @FormParam("toContractor") String toContractor,
      @FormParam("toCustomer") String toCustomer,
      @FormParam("decision") String decision,
      @FormParam("key") String key) {
    PortalContext ctx = portal.context();
    String contractorText = trim(toContractor);
    String customerText = trim(toCustomer);
    String decisionText = trim(decision);
    Long contractorFen = fen(contractorText);
    Long customerFen = fen(customerText);
    AdminProblem contractorError = contractorFen == null ? AdminProblem.AMOUNT : null;
    AdminProblem customerError = customerFen == null ? AdminProblem.AMOUNT : null;
    AdminProblem decisionError = decisionText.isEmpty() ? AdminProblem.DECISION_REQUIRED : null;
    if (contractorError != null || customerError != null || decisionError != null) {
      return render(
          422,
          ctx,
          new ArbitrationForm(
              disputeId,
              contractorText,
              customerText,
              decisionText,
              contractorError,
              customerError,
              decisionError,
              null,
              null));
    }
    Project p = projects.get(projectId == null ? "" : projectId);
    try {
      disputes.arbitrate(
          p,
          disputeId,
          new ArbitrationRequest(contractorFen, customerFen, decisionText),
          caller.getSubject(),
          key);
    } catch (ProblemException e) {
      if (e.status() == 404) {
        throw e;
      }
      AdminProblem problem = AdminProblem.refusal(AdminProblem.Form.ARBITRATION, e.code());
      return render(
          e.status() == 409 ? 409 : 422,
          ctx,
          new ArbitrationForm(
              disputeId,
              contractorText,
              customerText,
              decisionText,
              problem.at("toContractor"),
              null,
              null,
              problem.aboveForm(),
              null));
    }
    return render(
        200, ctx, new ArbitrationForm(null, "", "", "", null, null, null, null, disputeId));
  }

  /**
   * Same as {@code POST /api/payments/reconciliation}: asks the provider now instead of waiting for
   * the nightly run, then shows the findings.
   */
  @POST
  @Path("reconciliation")
  @RolesAllowed(Role.OPERATOR_NAME)
  public Response reconcile() {
    reconciliation.run();
    // The page itself, not a redirect: running it again on a reload only compares once more.
    return render(200, portal.context(), ArbitrationForm.NONE);
  }

  private Response render(int status, PortalContext ctx, ArbitrationForm form) {
    List<OpenDispute> open =
        disputes.open(MAX_OPEN).stream()
            .map(
                d ->
                    new OpenDispute(
                        d,
                        yuan(
                            ledger
                                .statement(projects.get(d.projectId()))
                                .balances()
                                .getOrDefault(Account.ESCROW, 0L)),
                        UUID.randomUUID().toString()))
            .toList();
    return render.page(status, Templates.disputes(ctx, open, form, reconciliation.last()));
  }

  /** Yuan as typed (up to two decimals, not negative) in fen; null when it is not an amount. */
  static Long fen(String yuan) {
    if (yuan == null || yuan.isEmpty() || yuan.length() > 15) {
      return null;
    }
    try {
      BigDecimal v = new BigDecimal(yuan);
      if (v.signum() < 0 || v.scale() > 2) {
        return null;
      }
      return v.movePointRight(2).longValueExact();
    } catch (NumberFormatException | ArithmeticException e) {
      return null;
    }
  }

  static String yuan(long fen) {
    return BigDecimal.valueOf(fen, 2).toPlainString();
  }

  private static String trim(String s) {
    return s == null ? "" : s.strip();
  }
}
