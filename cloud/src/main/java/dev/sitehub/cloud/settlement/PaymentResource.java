package dev.sitehub.cloud.settlement;

import com.wechat.pay.java.core.notification.RequestParam;
import dev.sitehub.cloud.accounts.Role;
import dev.sitehub.cloud.contracts.Project;
import dev.sitehub.cloud.contracts.ProjectAccess;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Payments through the provider: a customer's deposit checkout, WeChat Pay's signed notification
 * (machine-only: no user, authenticated by its signature instead), the operator's payout receivers
 * and reconciliation.
 */
@Path("/api")
@Tag(name = "settlement")
public class PaymentResource {
  private final PaymentService payments;
  private final PaymentReconciliation reconciliation;
  private final ProjectAccess access;
  private final JsonWebToken caller;

  public PaymentResource(
      PaymentService payments,
      PaymentReconciliation reconciliation,
      ProjectAccess access,
      JsonWebToken caller) {
    this.payments = payments;
    this.reconciliation = reconciliation;
    this.access = access;
    this.caller = caller;
  }

  @POST
  @Path("projects/{projectId}/payments/checkouts")
  @RolesAllowed(Role.HOMEOWNER_NAME)
  public Checkout checkout(
      @PathParam("projectId") String projectId,
      @HeaderParam(SettlementResource.KEY_HEADER) String key,
      @HeaderParam("X-Forwarded-For") String forwardedFor,
      CheckoutRequest r) {
    Project p = access.requireCustomer(caller, projectId);
    return payments.checkout(
        p,
        caller.getSubject(),
        r == null ? 0 : r.amountFen(),
        r == null ? null : r.channel(),
        clientIp(forwardedFor),
        key);
  }

  /**
   * WeChat Pay's payment notification. Unauthenticated by design (WeChat Pay has no SiteHub
   * account): the SDK verifies its signature and decrypts it, and anything unverified gets 401.
   */
  @POST
  @Path("payments/wechatpay/notify")
  @PermitAll
  @Consumes(MediaType.WILDCARD)
  public Response notify(
      @HeaderParam("Wechatpay-Serial") String serial,
      @HeaderParam("Wechatpay-Signature") String signature,
      @HeaderParam("Wechatpay-Timestamp") String timestamp,
      @HeaderParam("Wechatpay-Nonce") String nonce,
      @HeaderParam("Wechatpay-Signature-Type") String signType,
      String body) {
    RequestParam request =
        new RequestParam.Builder()
            .serialNumber(serial)
            .signature(signature)
            .timestamp(timestamp)
            .nonce(nonce)
            .signType(signType == null ? "WECHATPAY2-SHA256-RSA2048" : signType)
            .body(body == null ? "" : body)
            .build();
    payments.notified(request);
    return Response.noContent().build();
  }

  @PUT
  @Path("enterprises/{enterpriseId}/payout-account")
  @RolesAllowed(Role.OPERATOR_NAME)
  public PayoutAccount payoutAccount(
      @PathParam("enterpriseId") String enterpriseId, PayoutAccount a) {
    return payments.setPayoutAccount(
        new PayoutAccount(
            enterpriseId,
            a == null ? null : a.receiverType(),
            a == null ? null : a.account(),
            a == null ? null : a.name()),
        caller.getSubject());
  }

  @POST
  @Path("payments/reconciliation")
  @RolesAllowed(Role.OPERATOR_NAME)
  public List<Mismatch> reconcile() {
    return reconciliation.run();
  }

  private static String clientIp(String forwardedFor) {
    if (forwardedFor == null || forwardedFor.isBlank()) {
      return null;
    }
    String first = forwardedFor.split(",")[0].strip();
    return first.length() > 45 ? null : first;
  }
}
