package dev.sitehub.cloud.settlement;

import dev.sitehub.cloud.accounts.Role;
import dev.sitehub.cloud.accounts.SiteAccess;
import dev.sitehub.cloud.common.Ids;
import dev.sitehub.cloud.common.ProblemException;
import dev.sitehub.cloud.contracts.Project;
import dev.sitehub.cloud.contracts.ProjectAccess;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;

/**
 * The project's money acts other than deposits and stage releases, through the same services and
 * the same project-role checks as the API: the homeowner or project manager opens a dispute, the
 * homeowner (or the operator) releases the retention, the operator refunds. Money-moving forms
 * carry an idempotency key minted when the page was drawn, so a double submit posts once.
 */
@Path("/portal/projects/{projectId}/ledger")
public class LedgerPage {
  private static final Logger LOG = Logger.getLogger(LedgerPage.class);
  private static final Set<String> DONE = Set.of("dispute", "retention", "refund");

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance ledger(PortalContext ctx, LedgerPageView view);
  }

  private final LedgerService ledger;
  private final DisputeService disputes;
  private final ProjectAccess access;
  private final Ids ids;
  private final PortalRequest portal;
  private final PortalRender render;
  private final JsonWebToken caller;

  public LedgerPage(
      LedgerService ledger,
      DisputeService disputes,
      ProjectAccess access,
      Ids ids,
      PortalRequest portal,
      PortalRender render,
      JsonWebToken caller) {
    this.ledger = ledger;
    this.disputes = disputes;
    this.access = access;
    this.ids = ids;
    this.portal = portal;
    this.render = render;
    this.caller = caller;
  }

  @GET
  @RolesAllowed("**")
  public Response page(@PathParam("projectId") String projectId, @QueryParam("done") String done) {
    Project p = access.require(caller, projectId);
    String notice = done != null && DONE.contains(done) ? done : null;
    return render.page(
        Templates.ledger(portal.context(), view(p, null, "", "", null, null, notice)));
  }

  /** Same check as {@code POST /api/projects/{id}/disputes}: homeowner or project manager. */
  @POST
  @Path("disputes")
  @RolesAllowed({Role.HOMEOWNER_NAME, Role.PROJECT_MANAGER_NAME})
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response dispute(
      @PathParam("projectId") String projectId, @FormParam("reason") String reason) {
    Project p = access.requireRole(caller, projectId, Role.HOMEOWNER, Role.PROJECT_MANAGER);
    String typed = reason == null ? "" : reason;
    if (typed.isBlank()) {
      return refused(p, "dispute", typed, "", LedgerProblem.REQUIRED);
    }
    return act(
        p,
        "dispute",
        typed,
        "",
        () -> {
          disputes.raise(p, caller.getSubject(), typed);
          return null;
        });
  }

  /** Same check as {@code POST /api/projects/{id}/ledger/retention/release}. */
  @POST
  @Path("retention/release")
  @RolesAllowed({Role.HOMEOWNER_NAME, Role.OPERATOR_NAME})
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response releaseRetention(
      @PathParam("projectId") String projectId, @FormParam("key") String key) {
    Project p = access.requireCustomer(caller, projectId);
    return act(
        p, "retention", "", "", () -> ledger.releaseRetention(p, caller.getSubject(), key(key)));
  }

  /** Same check as {@code POST /api/projects/{id}/ledger/refunds}: operators only. */
  @POST
  @Path("refunds")
  @RolesAllowed(Role.OPERATOR_NAME)
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response refund(
      @PathParam("projectId") String projectId,
      @FormParam("amount") String amount,
      @FormParam("reason") String reason,
      @FormParam("key") String key) {
    Project p = access.require(caller, projectId);
    String typed = amount == null ? "" : amount.trim();
    String why = reason == null ? "" : reason;
    if (typed.isEmpty()) {
      return refused(p, "refund", why, typed, LedgerProblem.REQUIRED);
    }
    Optional<Long> fen = DepositForm.fen(typed);
    if (fen.isEmpty()) {
      return refused(p, "refund", why, typed, LedgerProblem.AMOUNT);
    }
    return act(
        p,
        "refund",
        why,
        typed,
        () ->
            ledger.refund(
                p, fen.get(), why.isBlank() ? null : why.strip(), caller.getSubject(), key(key)));
  }

  /**
   * Runs the act; a refusal the page can word comes back on the form with what was typed, anything
   * else goes to the portal's error page.
   */
  private Response act(Project p, String form, String reason, String amount, Supplier<?> act) {
    try {
      act.get();
    } catch (ProblemException e) {
      LedgerProblem why = LedgerProblem.of(e.code()).orElseThrow(() -> e);
      return refused(p, form, reason, amount, why);
    }
    LOG.infof("portal ledger %s project=%s by=%s", form, p.projectId(), caller.getSubject());
    return render
        .redirect("/portal/projects/" + p.projectId() + "/ledger?done=" + form + "#" + form)
        .build();
  }

  private Response refused(
      Project p, String form, String reason, String amount, LedgerProblem why) {
    int status = why.onField() ? 422 : 409;
    LedgerPageView view =
        view(p, form, reason, amount, why.onField() ? why : null, why.onField() ? null : why, null);
    return render.page(status, Templates.ledger(portal.context(), view));
  }

  private LedgerPageView view(
      Project p,
      String formFor,
      String reason,
      String amount,
      LedgerProblem fieldError,
      LedgerProblem formError,
      String done) {
    Statement s = ledger.statement(p);
    boolean operator = SiteAccess.isOperator(caller);
    Set<Role> roles = access.rolesOn(caller, p);
    boolean customer = p.customerId().equals(caller.getSubject());
    return new LedgerPageView(
        p.projectId(),
        PaymentsView.yuan(s.balances().getOrDefault(Account.ESCROW, 0L)),
        PaymentsView.yuan(s.balances().getOrDefault(Account.RETENTION, 0L)),
        s.disputeOpen(),
        roles.contains(Role.HOMEOWNER) || roles.contains(Role.PROJECT_MANAGER),
        customer || operator,
        operator,
        freshKey("ret"),
        freshKey("ref"),
        formFor,
        reason,
        amount,
        fieldError,
        formError,
        done);
  }

  private String freshKey(String kind) {
    return "portal-" + kind + "-" + ids.randomText(16);
  }

  /** A key the form lost (a hand-made post) gets a fresh one: the post then happens once. */
  private String key(String key) {
    return key == null || key.isBlank() ? freshKey("x") : key;
  }
}
