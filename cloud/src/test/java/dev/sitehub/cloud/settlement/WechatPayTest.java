package dev.sitehub.cloud.settlement;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import dev.sitehub.cloud.Db;
import dev.sitehub.cloud.LifecycleFixtures;
import dev.sitehub.cloud.LifecycleFixtures.Site;
import dev.sitehub.cloud.LifecycleMatrix;
import dev.sitehub.cloud.TestUsers;
import dev.sitehub.cloud.accounts.Role;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Verifies WeChat Pay end to end with the real SDK against {@link WechatPaySimulator}, which checks
 * the SDK's request signatures and signs its answers and notifications: only a verified SUCCESS
 * notification posts a deposit, once; refunds and payouts reach the provider with the ledger's
 * amounts; an outage leaves the ledger balanced and the instruction is sent again later.
 */
@QuarkusTest
@TestProfile(WechatPayProfile.class)
class WechatPayTest {
  private static final String P = "https://sitehub.dev/problems/";
  WechatPaySimulator sim;
  @Inject LifecycleFixtures fixtures;
  @Inject LifecycleMatrix lifecycle;
  @Inject TestUsers users;
  @Inject Db db;
  @Inject PaymentDispatcher dispatcher;

  private String operator() {
    return TestUsers.token(users.user(Role.OPERATOR));
  }

  private Response checkout(Site s, long fen, String channel) {
    return given()
        .log()
        .ifValidationFails()
        .auth()
        .oauth2(s.customerToken())
        .contentType(ContentType.JSON)
        .header("Idempotency-Key", UUID.randomUUID().toString())
        .body(Map.of("amountFen", fen, "channel", channel))
        .post("/api/projects/" + s.projectId() + "/payments/checkouts")
        .then()
        .log()
        .ifError()
        .extract()
        .response();
  }

  private String paidOrder(Site s, long fen) {
    String no = checkout(s, fen, "NATIVE").then().statusCode(200).extract().path("outTradeNo");
    notify(sim.paid(no)).then().statusCode(204);
    return no;
  }

  private Response notify(WechatPaySimulator.Notification n) {
    var r = given().contentType(ContentType.JSON).body(n.body());
    for (var h : n.headers().entrySet()) {
      r = r.header(h.getKey(), h.getValue());
    }
    return r.post("/api/payments/wechatpay/notify");
  }

  private long txns(Site s) {
    return db.count("SELECT count(*) FROM ledger_txn WHERE project_id = ?", s.projectId());
  }

  private void balanced(Site s) {
    assertThat(
            db.count(
                "SELECT coalesce(sum(p.amount_fen),0) FROM ledger_posting p JOIN ledger_txn t"
                    + " ON t.txn_id = p.txn_id WHERE t.project_id = ?",
                s.projectId()))
        .isZero();
  }

  private long balance(Site s, String account) {
    return db.count(
        "SELECT coalesce(sum(p.amount_fen),0) FROM ledger_posting p JOIN ledger_txn t"
            + " ON t.txn_id = p.txn_id WHERE t.project_id = ? AND p.account = ?",
        s.projectId(),
        account);
  }

  private java.util.List<String> outNos(Site s, String kind) {
    java.util.List<String> out = new java.util.ArrayList<>();
    for (int n = 0; ; n++) {
      String no =
          db.text(
              "SELECT out_no FROM payment_instruction WHERE project_id = ? AND kind = ?"
                  + " ORDER BY out_no OFFSET "
                  + n
                  + " LIMIT 1",
              s.projectId(),
              kind);
      if (no == null) {
        return out;
      }
      out.add(no);
    }
  }

  private Response post(String token, String path, Object body) {
    var r =
        given()
            .auth()
            .oauth2(token)
            .contentType(ContentType.JSON)
            .header("Idempotency-Key", UUID.randomUUID().toString());
    return body == null ? r.post(path) : r.body(body).post(path);
  }

  @Test
  void notification_forgedOrTampered_refusedAndNothingPosts() {
    Site s = fixtures.project(1_000_000L);
    Response c = checkout(s, 300_000, "NATIVE");
    c.then()
        .statusCode(200)
        .body("payUrl", startsWith("weixin://wxpay/"))
        .body("state", equalTo("CREATED"));
    String no = c.path("outTradeNo");
    notify(sim.forged(no, 300_000)).then().statusCode(401);
    WechatPaySimulator.Notification real = sim.paid(no);
    String tampered = real.body().replace("\"ciphertext\":\"", "\"ciphertext\":\"A");
    notify(new WechatPaySimulator.Notification(real.headers(), tampered)).then().statusCode(401);
    assertThat(txns(s)).isZero();
    assertThat(db.text("SELECT state FROM payment_order WHERE out_trade_no = ?", no))
        .isEqualTo("CREATED");
    assertThat(sim.badSignatures.get()).isZero();
  }

  @Test
  void notification_duplicated_postsOnce() {
    Site s = fixtures.project(1_000_000L);
    String no = checkout(s, 300_000, "NATIVE").then().statusCode(200).extract().path("outTradeNo");
    WechatPaySimulator.Notification n = sim.paid(no);
    notify(n).then().statusCode(204);
    notify(n).then().statusCode(204);
    assertThat(txns(s)).isEqualTo(1);
    assertThat(balance(s, "ESCROW")).isEqualTo(300_000);
    assertThat(db.text("SELECT state FROM payment_order WHERE out_trade_no = ?", no))
        .isEqualTo("PAID");
    balanced(s);
    checkout(s, 100_000, "H5")
        .then()
        .statusCode(200)
        .body("payUrl", startsWith("https://wx.tenpay.com/"))
        .body("channel", equalTo("H5"));
    assertThat(txns(s)).isEqualTo(1);
  }

  @Test
  void refundAndPayout_reachProviderWithLedgerAmounts() {
    Site s = fixtures.project(1_000_000L);
    String first = paidOrder(s, 200_000);
    String second = paidOrder(s, 300_000);
    lifecycle.record(s.projectId(), 1, "SIGNED", Duration.ZERO);
    String base = "/api/projects/" + s.projectId();
    post(s.customerToken(), base + "/ledger/stages/1/release", null)
        .then()
        .statusCode(409)
        .body("type", equalTo(P + "payout-account-missing"));
    given()
        .auth()
        .oauth2(operator())
        .contentType(ContentType.JSON)
        .body(Map.of("receiverType", "MERCHANT_ID", "account", "1900000999", "name", "装修公司"))
        .put("/api/enterprises/" + s.deco().id() + "/payout-account")
        .then()
        .statusCode(200);
    post(s.customerToken(), base + "/ledger/stages/1/release", null).then().statusCode(200);
    long payable = balance(s, "CONTRACTOR");
    assertThat(payable).as("stage 1's payable part").isGreaterThan(200_000);
    post(operator(), base + "/ledger/refunds", Map.of("amountFen", 100_000, "reason", "x"))
        .then()
        .statusCode(200);
    dispatcher.sendDue();
    long shared = 0;
    long refunded = 0;
    for (String out : outNos(s, "PAYOUT")) {
      assertThat(sim.shares.get(out).account()).isEqualTo("1900000999");
      shared += sim.shares.get(out).amountFen();
    }
    for (String out : outNos(s, "REFUND")) {
      refunded += sim.refunds.get(out);
    }
    assertThat(shared).isEqualTo(payable);
    assertThat(refunded).isEqualTo(100_000);
    assertThat(outNos(s, "PAYOUT")).hasSize(2);
    assertThat(
            db.count(
                "SELECT count(*) FROM payment_instruction WHERE project_id = ? AND state <> 'DONE'",
                s.projectId()))
        .isZero();
    assertThat(db.text("SELECT shared_fen::text FROM payment_order WHERE out_trade_no = ?", first))
        .isEqualTo("200000");
    assertThat(
            db.text(
                "SELECT (shared_fen + refunded_fen)::text FROM payment_order WHERE out_trade_no = ?",
                second))
        .isEqualTo(Long.toString(payable - 200_000 + 100_000));
    balanced(s);
  }

  @Test
  void providerOutage_ledgerConsistentAndRetriedOnce() {
    Site s = fixtures.project(1_000_000L);
    paidOrder(s, 300_000);
    String base = "/api/projects/" + s.projectId();
    sim.down(true);
    try {
      checkout(s, 100_000, "NATIVE")
          .then()
          .statusCode(503)
          .body("type", equalTo(P + "provider-unavailable"));
      post(operator(), base + "/ledger/refunds", Map.of("amountFen", 50_000, "reason", "x"))
          .then()
          .statusCode(200);
      dispatcher.sendDue();
    } finally {
      sim.down(false);
    }
    balanced(s);
    assertThat(balance(s, "CUSTOMER_REFUND")).isEqualTo(50_000);
    assertThat(sim.refunds).isEmpty();
    String out =
        db.text(
            "SELECT out_no FROM payment_instruction WHERE project_id = ? AND state = 'PENDING'"
                + " AND attempts = 1 AND last_error LIKE 'HTTP 500%'",
            s.projectId());
    assertThat(out).isNotNull();
    dispatcher.sendDue();
    assertThat(sim.refunds).as("not due before its backoff").doesNotContainKey(out);
    db.update("UPDATE payment_instruction SET next_attempt_at = now() WHERE out_no = ?", out);
    dispatcher.sendDue();
    assertThat(sim.refunds).containsEntry(out, 50_000L);
    assertThat(db.text("SELECT state FROM payment_instruction WHERE out_no = ?", out))
        .isEqualTo("DONE");
    // The provider's answer lost: sending the same out_refund_no again refunds nothing more.
    db.update(
        "UPDATE payment_instruction SET state = 'PENDING', next_attempt_at = now() WHERE out_no = ?",
        out);
    dispatcher.sendDue();
    assertThat(sim.refunds).containsEntry(out, 50_000L);
    assertThat(sim.refundRequests.get(out).get()).isEqualTo(2);
    assertThat(txns(s)).isEqualTo(2);
    balanced(s);
  }

  @Test
  void reconciliation_paidAtProviderNotNotified_reported() {
    Site s = fixtures.project(1_000_000L);
    String no = checkout(s, 120_000, "NATIVE").then().statusCode(200).extract().path("outTradeNo");
    sim.paid(no);
    given()
        .auth()
        .oauth2(operator())
        .post("/api/payments/reconciliation")
        .then()
        .statusCode(200)
        .body("find { it.subject == '" + no + "' }.ours", equalTo("CREATED"))
        .body("find { it.subject == '" + no + "' }.provider", equalTo("SUCCESS"));
    assertThat(txns(s)).isZero();
  }

  @Test
  void reconciliation_fromTheOperatorPortal_listsTheMismatchInChinese() {
    Site s = fixtures.project(1_000_000L);
    String no = checkout(s, 80_000, "NATIVE").then().statusCode(200).extract().path("outTradeNo");
    sim.paid(no);
    String page =
        given()
            .auth()
            .oauth2(operator())
            .header("Accept-Language", "zh-CN")
            .post("/portal/operator/disputes/reconciliation")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    assertThat(page).contains("支付对账").contains("data-mismatch=\"" + no + "\"");
    assertThat(txns(s)).isZero();
  }
}
