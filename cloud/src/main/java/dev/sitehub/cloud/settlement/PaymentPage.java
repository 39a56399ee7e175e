package dev.sitehub.cloud.settlement;

import dev.sitehub.cloud.accounts.Role;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;

/**
 * The homeowner's deposit into escrow from the project page, through the same ledger service as the
 * API: the form's idempotency key makes a double submit post once, and a bad amount comes back with
 * the error next to the field.
 */
@Path("/portal/projects/{projectId}/payments")
public class PaymentPage {
  private static final Logger LOG = Logger.getLogger(PaymentPage.class);

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance deposit(PortalContext ctx, DepositForm form);

    static native TemplateInstance checkout(PortalContext ctx, CheckoutView view);
  }

  private final PaymentService payments;
  private final ProjectAccess access;
  private final Ids ids;
  private final PortalRequest portal;
  private final PortalRender render;
  private final JsonWebToken caller;

  public PaymentPage(
      PaymentService payments,
      ProjectAccess access,
      Ids ids,
      PortalRequest portal,
      PortalRender render,
      JsonWebToken caller) {
    this.payments = payments;
    this.access = access;
    this.ids = ids;
    this.portal = portal;
    this.render = render;
    this.caller = caller;
  }

  @POST
  @Path("deposits")
  @RolesAllowed(Role.HOMEOWNER_NAME)
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response deposit(
      @PathParam("projectId") String projectId,
      @FormParam("amount") String amount,
      @FormParam("channel") String channel,
      @FormParam("key") String key) {
    PortalContext ctx = portal.context();
    Project p = access.requireCustomer(caller, projectId);
    String typed = amount == null ? "" : amount.trim();
    String k = key == null || key.isBlank() ? DepositForm.freshKey(ids) : key;
    if (typed.isEmpty()) {
      return invalid(ctx, new DepositForm(projectId, typed, k, DepositProblem.REQUIRED, null));
    }
    Optional<Long> fen = DepositForm.fen(typed);
    if (fen.isEmpty()) {
      return invalid(ctx, new DepositForm(projectId, typed, k, DepositProblem.AMOUNT, null));
    }
    Checkout checkout;
    try {
      checkout = payments.checkout(p, caller.getSubject(), fen.get(), channel, null, k);
    } catch (ProblemException e) {
      DepositProblem problem = DepositProblem.of(e.code(), e.status()).orElseThrow(() -> e);
      if (problem.onAmount()) {
        return invalid(ctx, new DepositForm(projectId, typed, k, problem, null));
      }
      String fresh = DepositForm.freshKey(ids);
      return invalid(ctx, new DepositForm(projectId, typed, fresh, null, problem));
    }
    LOG.infof("portal deposit project=%s by=%s", projectId, caller.getSubject());
    // A query that differs per deposit: an htmx redirect to the same address with only a new
    // fragment would not reload, leaving old totals and the typed amount on screen.
    String target =
        checkout.paid()
            ? "/portal/projects/" + projectId + "?deposit=" + checkout.outTradeNo() + "#payments"
            : "/portal/projects/" + projectId + "/payments/orders/" + checkout.outTradeNo();
    return render.redirect(target).build();
  }

  /** The checkout of one deposit order: its QR code or WeChat Pay link, or that it is paid. */
  @GET
  @Path("orders/{outTradeNo}")
  @RolesAllowed(Role.HOMEOWNER_NAME)
  public Response checkout(
      @PathParam("projectId") String projectId, @PathParam("outTradeNo") String outTradeNo) {
    Project p = access.requireCustomer(caller, projectId);
    Checkout c =
        payments
            .checkout(p, outTradeNo)
            .orElseThrow(() -> ProblemException.notFound("order-not-found", "no such order"));
    return render.page(200, Templates.checkout(portal.context(), CheckoutView.of(c)));
  }

  private Response invalid(PortalContext ctx, DepositForm form) {
    return render.page(422, Templates.deposit(ctx, form));
  }
}
