package dev.sitehub.cloud.lifecycle;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import dev.sitehub.cloud.Db;
import dev.sitehub.cloud.LifecycleFixtures;
import dev.sitehub.cloud.LifecycleFixtures.Site;
import dev.sitehub.cloud.TestUsers;
import dev.sitehub.cloud.accounts.Role;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Verifies concurrent replays of one deposit post once, disputes freeze the escrow until the
 * operator arbitrates, and refunds stay within escrow, with the ledger balanced throughout.
 */
@QuarkusTest
class LedgerDisputeTest {
  private static final String P = "https://sitehub.dev/problems/";
  @Inject LifecycleFixtures fixtures;
  @Inject TestUsers users;
  @Inject Db db;

  private Response post(String token, String path, String key, Object body) {
    var r = given().auth().oauth2(token).contentType(ContentType.JSON);
    if (key != null) {
      r = r.header("Idempotency-Key", key);
    }
    return body == null ? r.post(path) : r.body(body).post(path);
  }

  private void balanced(Site s) {
    assertThat(
            db.count(
                "SELECT coalesce(sum(p.amount_fen),0) FROM ledger_posting p JOIN ledger_txn t"
                    + " ON t.txn_id = p.txn_id WHERE t.project_id = ?",
                s.projectId()))
        .isZero();
  }

  @Test
  void deposit_eightConcurrentReplays_postedOnce() throws Exception {
    Site s = fixtures.project(1_000_000L);
    String path = "/api/projects/" + s.projectId() + "/ledger/deposits";
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<String>> ids =
          pool.invokeAll(
              java.util.Collections.nCopies(
                  8,
                  () ->
                      post(s.customerToken(), path, "same-key", Map.of("amountFen", 300_000))
                          .then()
                          .statusCode(200)
                          .extract()
                          .<String>path("txnId")));
      String first = ids.get(0).get();
      for (Future<String> f : ids) {
        assertThat(f.get()).isEqualTo(first);
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(db.count("SELECT count(*) FROM ledger_txn WHERE project_id = ?", s.projectId()))
        .isEqualTo(1);
    balanced(s);
    given()
        .auth()
        .oauth2(s.customerToken())
        .get("/api/projects/" + s.projectId() + "/ledger/statement")
        .then()
        .statusCode(200)
        .body("depositedFen", equalTo(300_000))
        .body("balances.ESCROW", equalTo(300_000));
  }

  @Test
  void dispute_freezesMoneyUntilOperatorArbitrates() {
    Site s = fixtures.project(1_000_000L);
    String base = "/api/projects/" + s.projectId();
    String operator = TestUsers.token(users.user(Role.OPERATOR));
    post(s.customerToken(), base + "/ledger/deposits", "d1", Map.of("amountFen", 500_000))
        .then()
        .statusCode(200);
    post(s.customerToken(), base + "/disputes", null, Map.of("amountFen", 0, "reason", " "))
        .then()
        .statusCode(400)
        .body("type", equalTo(P + "reason-required"));
    String dispute =
        post(
                s.customerToken(),
                base + "/disputes",
                null,
                Map.of("amountFen", 0, "reason", "cracked tiles"))
            .then()
            .statusCode(201)
            .extract()
            .path("disputeId");
    post(s.pmToken(), base + "/disputes", null, Map.of("amountFen", 0, "reason", "second"))
        .then()
        .statusCode(409)
        .body("type", equalTo(P + "dispute-open"));
    post(operator, base + "/ledger/refunds", "r1", Map.of("amountFen", 1, "reason", "x"))
        .then()
        .statusCode(409)
        .body("type", equalTo(P + "dispute-open"));
    Map<String, Object> split =
        Map.of("toContractorFen", 200_000, "toCustomerFen", 100_000, "decision", "shared fault");
    post(s.customerToken(), base + "/disputes/" + dispute + "/arbitration", "a1", split)
        .then()
        .statusCode(403);
    post(
            operator,
            base + "/disputes/" + dispute + "/arbitration",
            "a1",
            Map.of("toContractorFen", 600_000, "toCustomerFen", 0, "decision", "all"))
        .then()
        .statusCode(409)
        .body("type", equalTo(P + "insufficient-escrow"));
    String txn =
        post(operator, base + "/disputes/" + dispute + "/arbitration", "a2", split)
            .then()
            .statusCode(200)
            .body("kind", equalTo("ARBITRATION"))
            .extract()
            .path("txnId");
    assertThat(
            post(operator, base + "/disputes/" + dispute + "/arbitration", "a2", split)
                .<String>path("txnId"))
        .isEqualTo(txn);
    balanced(s);
    assertThat(db.text("SELECT state FROM dispute WHERE dispute_id = ?", dispute))
        .isEqualTo("RESOLVED");
    post(operator, base + "/ledger/refunds", "r2", Map.of("amountFen", 200_001, "reason", "x"))
        .then()
        .statusCode(409)
        .body("type", equalTo(P + "insufficient-escrow"));
    post(
            operator,
            base + "/ledger/refunds",
            "r3",
            Map.of("amountFen", 200_000, "reason", "cancelled"))
        .then()
        .statusCode(200);
    balanced(s);
    given()
        .auth()
        .oauth2(s.customerToken())
        .get(base + "/ledger/statement")
        .then()
        .statusCode(200)
        .body("balances.ESCROW", equalTo(0))
        .body("balances.CONTRACTOR", equalTo(200_000))
        .body("balances.CUSTOMER_REFUND", equalTo(300_000))
        .body("disputeOpen", equalTo(false))
        .body("balanced", equalTo(true));
    // Postings are append-only in the database too.
    assertThat(
            db.count(
                "SELECT count(*) FROM ledger_posting p JOIN ledger_txn t ON t.txn_id = p.txn_id"
                    + " WHERE t.project_id = ?",
                s.projectId()))
        .isEqualTo(7);
  }
}
