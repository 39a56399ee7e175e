package dev.sitehub.cloud;

import dev.sitehub.cloud.AuthorizationMatrixTest.Access;
import dev.sitehub.cloud.AuthorizationMatrixTest.Ctx;
import dev.sitehub.cloud.AuthorizationMatrixTest.Endpoint;
import dev.sitehub.cloud.accounts.Role;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The authorization matrix rows of payments (issue 20): the customer's checkout and its page, the
 * provider's notification (public: WeChat Pay signs it instead of signing in; in the sandbox the
 * tests run on it moves nothing), and the operator's payout receivers and reconciliation.
 */
final class PaymentMatrixRows {
  private PaymentMatrixRows() {}

  private static String project(Ctx c) {
    return c.test().lifecycle.project(c.siteId(), c.caller().userId());
  }

  static List<Endpoint> rows() {
    return List.of(
        new Endpoint(
            "POST",
            "/api/projects/{projectId}/payments/checkouts",
            Access.SITE,
            EnumSet.of(Role.HOMEOWNER),
            (c, r) -> {
              String p = project(c);
              c.test().lifecycle.noOpenDispute(p);
              return r.header("Idempotency-Key", UUID.randomUUID().toString())
                  .body(Map.of("amountFen", 1000, "channel", "NATIVE"))
                  .post("/api/projects/" + p + "/payments/checkouts");
            }),
        new Endpoint(
            "GET",
            "/portal/projects/{projectId}/payments/orders/{outTradeNo}",
            Access.SITE,
            EnumSet.of(Role.HOMEOWNER),
            (c, r) -> {
              String p = project(c);
              String no = "MX" + UUID.randomUUID().toString().replace("-", "").substring(0, 28);
              c.test()
                  .db
                  .update(
                      "INSERT INTO payment_order (out_trade_no, project_id, payer_id, amount_fen,"
                          + " channel, idempotency_key, state, pay_url, created_at)"
                          + " VALUES (?, ?, ?, 1000, 'NATIVE', ?, 'CLOSED',"
                          + " 'weixin://wxpay/bizpayurl?pr=matrix', now())",
                      no,
                      p,
                      c.caller().userId(),
                      no);
              return r.get("/portal/projects/" + p + "/payments/orders/" + no);
            }),
        new Endpoint(
            "POST",
            "/api/payments/wechatpay/notify",
            Access.PUBLIC,
            EnumSet.allOf(Role.class),
            (c, r) -> r.body(Map.of("id", "matrix")).post("/api/payments/wechatpay/notify")),
        new Endpoint(
            "PUT",
            "/api/enterprises/{enterpriseId}/payout-account",
            Access.ROLE,
            EnumSet.of(Role.OPERATOR),
            (c, r) ->
                r.body(Map.of("receiverType", "MERCHANT_ID", "account", "1900000001", "name", "m"))
                    .put(
                        "/api/enterprises/"
                            + c.test().business.partner().id()
                            + "/payout-account")),
        new Endpoint(
            "POST",
            "/api/payments/reconciliation",
            Access.ROLE,
            EnumSet.of(Role.OPERATOR),
            (c, r) -> r.post("/api/payments/reconciliation")));
  }
}
