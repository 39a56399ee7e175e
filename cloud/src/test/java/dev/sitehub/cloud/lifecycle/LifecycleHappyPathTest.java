package dev.sitehub.cloud.lifecycle;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import dev.sitehub.cloud.Db;
import dev.sitehub.cloud.LifecycleFixtures;
import dev.sitehub.cloud.LifecycleFixtures.Site;
import dev.sitehub.cloud.TestClock;
import dev.sitehub.cloud.TestUsers;
import dev.sitehub.cloud.accounts.Role;
import dev.sitehub.cloud.evidence.VerifyChainMain;
import dev.sitehub.protocol.message.SensorKind;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The full lifecycle on a simulated site: contract filed, stages started, inspected (one failure,
 * rectified), a waterproofing stage whose closed-water test blocks acceptance while the leak sensor
 * is wet and allows it once dry for 48 h (controllable clock, generated telemetry), both
 * signatures, payments released, final acceptance with indoor air, retention after warranty,
 * evaluations, and the evidence chain verified, tampered with, and named at the broken link.
 */
@QuarkusTest
class LifecycleHappyPathTest {
  private static final String P = "https://sitehub.dev/problems/";
  private static final long TOTAL = 10_000_000L;
  @Inject LifecycleFixtures fixtures;
  @Inject TestUsers users;
  @Inject TestClock clock;
  @Inject Db db;
  @Inject AgroalDataSource ds;

  private Site s;

  @AfterEach
  void resetClock() {
    clock.reset();
  }

  private RequestSpecification as(String token) {
    return given().auth().oauth2(token).contentType(ContentType.JSON);
  }

  private String base() {
    return "/api/projects/" + s.projectId();
  }

  private Response money(String token, String path, String key, Object body) {
    RequestSpecification r = as(token);
    if (key != null) {
      r = r.header("Idempotency-Key", key);
    }
    return body == null ? r.post(base() + path) : r.body(body).post(base() + path);
  }

  /** The ledger sums to zero in the database and in the statement, after every operation. */
  private Response statementBalanced() {
    assertThat(
            db.count(
                "SELECT coalesce(sum(p.amount_fen),0) FROM ledger_posting p JOIN ledger_txn t"
                    + " ON t.txn_id = p.txn_id WHERE t.project_id = ?",
                s.projectId()))
        .isZero();
    Response st = as(s.customerToken()).get(base() + "/ledger/statement");
    st.then().statusCode(200).body("balanced", equalTo(true));
    return st;
  }

  private void move(int seq, String action) {
    as(s.pmToken()).post(base() + "/milestones/" + seq + "/" + action).then().statusCode(200);
  }

  private List<Map<String, Object>> allPass(String checklist) {
    List<Map<String, Object>> items = new ArrayList<>();
    List<String> codes =
        as(s.customerToken())
            .get("/api/checklists")
            .then()
            .statusCode(200)
            .extract()
            .path(checklist + ".code");
    for (String code : codes) {
      items.add(new HashMap<>(Map.of("code", code, "result", "PASS", "note", "ok")));
    }
    return items;
  }

  private Response inspect(int seq, List<Map<String, Object>> items) {
    return as(s.supervisorToken())
        .body(Map.of("items", items))
        .post(base() + "/milestones/" + seq + "/inspections");
  }

  private final List<String> receipts = new ArrayList<>();

  private void signBoth(int seq) {
    as(s.customerToken())
        .post(base() + "/stages/" + seq + "/acceptance/sign")
        .then()
        .statusCode(409)
        .body("type", equalTo(P + "supervisor-signs-first"));
    as(s.supervisorToken())
        .post(base() + "/stages/" + seq + "/acceptance/sign")
        .then()
        .statusCode(200)
        .body("state", equalTo("AWAITING_CUSTOMER"));
    String receipt =
        as(s.customerToken())
            .post(base() + "/stages/" + seq + "/acceptance/sign")
            .then()
            .statusCode(200)
            .body("state", equalTo("SIGNED"))
            .extract()
            .header("SiteHub-Evidence-Receipt");
    // The signature that filed the record hands its signers the chain head to keep.
    assertThat(receipt).startsWith("sitehub-evidence-receipt/1 " + s.projectId() + " ");
    receipts.add(receipt);
  }

  private void release(int seq) {
    String key = "rel-" + seq;
    String txn =
        money(s.customerToken(), "/ledger/stages/" + seq + "/release", key, null)
            .then()
            .statusCode(200)
            .body("kind", equalTo("STAGE_RELEASE"))
            .extract()
            .path("txnId");
    statementBalanced();
    assertThat(
            money(s.customerToken(), "/ledger/stages/" + seq + "/release", key, null)
                .<String>path("txnId"))
        .isEqualTo(txn);
    money(s.customerToken(), "/ledger/stages/" + seq + "/release", key + "-again", null)
        .then()
        .statusCode(409)
        .body("type", equalTo(P + "stage-already-released"));
  }

  /** Start, ready, inspect all PASS, accept, sign, sign, release. */
  private void acceptPlainStage(int seq, String checklist) {
    move(seq, "start");
    move(seq, "ready");
    inspect(seq, allPass(checklist)).then().statusCode(201).body("passed", equalTo(true));
    as(s.supervisorToken())
        .body(Map.of())
        .post(base() + "/stages/" + seq + "/acceptance")
        .then()
        .statusCode(201);
    signBoth(seq);
    release(seq);
  }

  private static String png() {
    byte[] b = new byte[64];
    byte[] magic = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    System.arraycopy(magic, 0, b, 0, magic.length);
    byte[] noise = UUID.randomUUID().toString().getBytes(StandardCharsets.US_ASCII);
    System.arraycopy(noise, 0, b, 8, noise.length);
    return Base64.getEncoder().encodeToString(b);
  }

  private void exec(String sql, Object... args) throws Exception {
    try (Connection c = ds.getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < args.length; i++) {
        ps.setObject(i + 1, args[i]);
      }
      ps.executeUpdate();
    }
  }

  private int cli(ByteArrayOutputStream out) {
    String url = ConfigProvider.getConfig().getValue("quarkus.datasource.jdbc.url", String.class);
    String media = ConfigProvider.getConfig().getValue("sitehub.attachments.dir", String.class);
    out.reset();
    return VerifyChainMain.run(
        new String[] {url + "&user=postgres", media, s.projectId()},
        new PrintStream(out, true, StandardCharsets.UTF_8));
  }

  @Test
  void simulatedSite_contractToEvaluation_gatedByTelemetryAndSignatures() throws Exception {
    s = fixtures.project(TOTAL);
    Instant realNow = Instant.now().truncatedTo(ChronoUnit.MINUTES);
    Instant testStart = realNow.minus(Duration.ofHours(51));

    // Milestones come from the contract's stages; the filed contract heads the evidence chain.
    as(s.customerToken())
        .get(base() + "/milestones")
        .then()
        .statusCode(200)
        .body("size()", equalTo(4))
        .body("state", org.hamcrest.Matchers.everyItem(equalTo("PLANNED")))
        .body("[1].checklist", equalTo("WATERPROOFING"));
    as(s.customerToken()).get(base() + "/evidence").then().body("[0].kind", equalTo("CONTRACT"));

    // Deposits are idempotent: a replay returns the first transaction and posts nothing.
    String dep =
        money(s.customerToken(), "/ledger/deposits", "dep-1", Map.of("amountFen", 4_000_000))
            .then()
            .statusCode(200)
            .extract()
            .path("txnId");
    assertThat(dep).startsWith("txn-");
    assertThat(
            money(s.customerToken(), "/ledger/deposits", "dep-1", Map.of("amountFen", 4_000_000))
                .<String>path("txnId"))
        .isEqualTo(dep);
    statementBalanced().then().body("depositedFen", equalTo(4_000_000));
    money(s.customerToken(), "/ledger/deposits", "dep-1", Map.of("amountFen", 5))
        .then()
        .statusCode(409)
        .body("type", equalTo(P + "idempotency-key-reused"));
    money(s.customerToken(), "/ledger/deposits", "dep-big", Map.of("amountFen", TOTAL))
        .then()
        .statusCode(409)
        .body("type", equalTo(P + "deposit-exceeds-contract"));
    statementBalanced().then().body("depositedFen", equalTo(4_000_000));

    // Release before acceptance is refused.
    money(s.customerToken(), "/ledger/stages/1/release", "early", null)
        .then()
        .statusCode(409)
        .body("type", equalTo(P + "stage-not-accepted"));

    // Stage 1: a failed item becomes a rectification in the PM's court; only the supervisor closes.
    move(1, "start");
    move(1, "ready");
    List<Map<String, Object>> items = allPass("PLUMBING_ELECTRICAL");
    items.get(0).put("photoBase64", png());
    items.get(1).put("result", "FAIL");
    Response failed = inspect(1, items);
    failed
        .then()
        .statusCode(201)
        .body("passed", equalTo(false))
        .body("rectificationIds.size()", equalTo(1));
    String firstInspection = failed.path("inspectionId");
    String rect = failed.path("rectificationIds[0]");
    as(s.customerToken())
        .get(base() + "/rectifications")
        .then()
        .body("[0].ballWith", equalTo("PROJECT_MANAGER"));
    as(s.pmToken())
        .post(base() + "/milestones/1/ready")
        .then()
        .statusCode(409)
        .body("type", equalTo(P + "rectifications-open"));
    as(s.supervisorToken())
        .post(base() + "/rectifications/" + rect + "/close")
        .then()
        .statusCode(409)
        .body("type", equalTo(P + "invalid-rectification-transition"));
    as(s.pmToken())
        .body(Map.of("note", "re-routed"))
        .post(base() + "/rectifications/" + rect + "/fixed")
        .then()
        .statusCode(200)
        .body("ballWith", equalTo("SUPERVISOR"));
    as(s.pmToken()).post(base() + "/rectifications/" + rect + "/close").then().statusCode(403);
    as(s.supervisorToken())
        .post(base() + "/rectifications/" + rect + "/close")
        .then()
        .statusCode(200)
        .body("state", equalTo("CLOSED"));
    move(1, "ready");
    inspect(1, allPass("PLUMBING_ELECTRICAL")).then().statusCode(201).body("passed", equalTo(true));
    as(s.supervisorToken())
        .body(Map.of())
        .post(base() + "/stages/1/acceptance")
        .then()
        .statusCode(201);
    signBoth(1);
    as(s.customerToken()).get(base() + "/milestones").then().body("[0].state", equalTo("ACCEPTED"));
    release(1);

    // Stage 2, waterproofing: the leak probe is wet between 1 h and 2 h into the test, then dry.
    int written =
        fixtures.writeSeries(
            s.siteId(),
            "leak1",
            SensorKind.DIGITAL,
            testStart,
            realNow,
            Duration.ofMinutes(10),
            m -> m >= 60 && m <= 120 ? 1 : 0);
    assertThat(written).isEqualTo(51 * 6 + 1);
    clock.setNow(testStart.plus(Duration.ofMinutes(95)));
    move(2, "start");
    move(2, "ready");
    inspect(2, allPass("WATERPROOFING")).then().statusCode(201);
    as(s.supervisorToken())
        .body(
            Map.of(
                "kind",
                "CLOSED_WATER",
                "sensorId",
                "leak1",
                "startedAt",
                testStart.toString(),
                "hours",
                48))
        .post(base() + "/stages/2/criteria")
        .then()
        .statusCode(201);
    as(s.supervisorToken())
        .body(Map.of())
        .post(base() + "/stages/2/acceptance")
        .then()
        .statusCode(409)
        .body("type", equalTo(P + "acceptance-criteria-failed"))
        .body("detail", containsString("FAIL"));
    as(s.customerToken())
        .get(base() + "/stages/2/criteria")
        .then()
        .statusCode(200)
        .body("[0].verdict", equalTo("FAIL"))
        .body("[0].data.wetReadings", equalTo(4));
    clock.setNow(testStart.plus(Duration.ofHours(20)));
    as(s.supervisorToken())
        .body(Map.of())
        .post(base() + "/stages/2/acceptance")
        .then()
        .statusCode(409)
        .body("detail", containsString("PENDING"));
    as(s.supervisorToken())
        .body(Map.of("overrideReason", "trust me"))
        .post(base() + "/stages/2/acceptance")
        .then()
        .statusCode(403)
        .body("type", equalTo(P + "override-operator-only"));
    clock.reset();
    Response accepted =
        as(s.supervisorToken()).body(Map.of()).post(base() + "/stages/2/acceptance");
    accepted
        .then()
        .statusCode(201)
        .body("criteria[0].verdict", equalTo("PASS"))
        .body("criteria[0].kind", equalTo("CLOSED_WATER"));
    assertThat(accepted.<Integer>path("criteria[0].data.dryMinutes"))
        .isGreaterThanOrEqualTo(48 * 60);
    signBoth(2);
    money(s.customerToken(), "/ledger/deposits", "dep-2", Map.of("amountFen", 6_000_000))
        .then()
        .statusCode(200);
    statementBalanced();
    release(2);

    acceptPlainStage(3, "TILING");
    // Final acceptance needs every stage accepted first.
    as(s.supervisorToken())
        .body(Map.of())
        .post(base() + "/stages/0/acceptance")
        .then()
        .statusCode(409)
        .body("type", equalTo(P + "stages-not-accepted"));
    acceptPlainStage(4, "COMPLETION");

    // Final acceptance with indoor air measured over the last two hours.
    fixtures.writeSeries(
        s.siteId(),
        "air1",
        SensorKind.FORMALDEHYDE,
        realNow.minus(Duration.ofHours(2)),
        realNow,
        Duration.ofMinutes(5),
        m -> 0.05);
    fixtures.writeSeries(
        s.siteId(),
        "air1",
        SensorKind.TVOC,
        realNow.minus(Duration.ofHours(2)),
        realNow,
        Duration.ofMinutes(5),
        m -> 0.30);
    as(s.supervisorToken())
        .body(
            Map.of(
                "kind",
                "INDOOR_AIR",
                "sensorId",
                "air1",
                "startedAt",
                realNow.minus(Duration.ofHours(2)).toString()))
        .post(base() + "/stages/0/criteria")
        .then()
        .statusCode(201);
    as(s.supervisorToken())
        .body(Map.of())
        .post(base() + "/stages/0/acceptance")
        .then()
        .statusCode(201)
        .body("criteria[0].verdict", equalTo("PASS"));
    signBoth(0);

    // Retention waits for the 30-day warranty observation.
    money(s.customerToken(), "/ledger/retention/release", "ret", null)
        .then()
        .statusCode(409)
        .body("type", equalTo(P + "warranty-running"));
    clock.setNow(Instant.now().plus(Duration.ofDays(31)));
    money(s.customerToken(), "/ledger/retention/release", "ret-2", null)
        .then()
        .statusCode(200)
        .body("kind", equalTo("RETENTION_RELEASE"));
    // A second release under a new key is refused as such (409), never the one-release index's
    // 500, even if stage money were retained again afterwards.
    money(s.customerToken(), "/ledger/retention/release", "ret-3", null)
        .then()
        .statusCode(409)
        .body("type", equalTo(P + "retention-released"));
    clock.reset();
    statementBalanced()
        .then()
        .body("balances.ESCROW", equalTo(0))
        .body("balances.RETENTION", equalTo(0))
        .body("balances.CONTRACTOR", equalTo((int) TOTAL))
        .body("depositedFen", equalTo((int) TOTAL));

    // Evaluation: once per target per contract, one reply, aggregates and the library hook.
    Map<String, Object> rating =
        new HashMap<>(
            Map.of(
                "targetKind",
                "ENTERPRISE",
                "targetId",
                s.deco().id(),
                "quality",
                5,
                "schedule",
                4,
                "communication",
                5,
                "tidiness",
                4,
                "text",
                "Solid work"));
    String evalId =
        as(s.customerToken())
            .body(rating)
            .post(base() + "/evaluations")
            .then()
            .statusCode(201)
            .extract()
            .path("evaluationId");
    as(s.customerToken())
        .body(rating)
        .post(base() + "/evaluations")
        .then()
        .statusCode(409)
        .body("type", equalTo(P + "already-evaluated"));
    rating.put("targetKind", "STAFF");
    rating.put("targetId", s.pm().userId());
    as(s.customerToken()).body(rating).post(base() + "/evaluations").then().statusCode(201);
    rating.put("targetId", s.customer().userId());
    as(s.customerToken())
        .body(rating)
        .post(base() + "/evaluations")
        .then()
        .statusCode(400)
        .body("type", equalTo(P + "not-a-contract-party"));
    assertThat(
            db.count("SELECT rating_count FROM enterprise WHERE enterprise_id = ?", s.deco().id()))
        .isEqualTo(1);
    assertThat(db.count("SELECT rating_sum FROM enterprise WHERE enterprise_id = ?", s.deco().id()))
        .isEqualTo(5);
    as(s.supervisorToken())
        .body(Map.of("text", "thanks"))
        .post("/api/evaluations/" + evalId + "/reply")
        .then()
        .statusCode(403)
        .body("type", equalTo(P + "not-enterprise-member"));
    String decoAdmin = TestUsers.token(s.deco().admin());
    as(decoAdmin)
        .body(Map.of("text", "Thank you"))
        .post("/api/evaluations/" + evalId + "/reply")
        .then()
        .statusCode(200)
        .body("reply", equalTo("Thank you"));
    as(decoAdmin)
        .body(Map.of("text", "again"))
        .post("/api/evaluations/" + evalId + "/reply")
        .then()
        .statusCode(409)
        .body("type", equalTo(P + "already-replied"));
    as(s.customerToken())
        .queryParam("kind", "ENTERPRISE")
        .queryParam("id", s.deco().id())
        .get("/api/evaluations/aggregate")
        .then()
        .statusCode(200)
        .body("count", equalTo(1))
        .body("overall", equalTo(4.5f));

    // The evidence chain: intact through the endpoint and the command line.
    long links = db.count("SELECT count(*) FROM evidence_link WHERE project_id = ?", s.projectId());
    // 1 contract + 5 inspections + 1 rectification fix + 5 acceptance records + 2 deposits,
    // 4 releases, 1 retention.
    assertThat(links).isEqualTo(19);
    as(s.customerToken())
        .get(base() + "/evidence/verify")
        .then()
        .statusCode(200)
        .body("intact", equalTo(true))
        .body("links", equalTo(19));
    // Every receipt handed out at sign-off still verifies against the grown chain.
    assertThat(receipts).hasSize(5);
    for (String receipt : receipts) {
      as(s.customerToken())
          .queryParam("receipt", receipt)
          .get(base() + "/evidence/verify")
          .then()
          .statusCode(200)
          .body("intact", equalTo(true));
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    assertThat(cli(out)).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("intact");

    // Alter one stored row: the verifier names exactly that inspection's link.
    String stage2Inspection =
        db.text(
            "SELECT inspection_id FROM inspection WHERE project_id = ? AND stage_seq = 2",
            s.projectId());
    long seqOfIt =
        db.count(
            "SELECT seq FROM evidence_link WHERE project_id = ? AND record_id = ?",
            s.projectId(),
            stage2Inspection);
    exec(
        "UPDATE inspection_item SET note = 'looked fine to me' WHERE inspection_id = ? AND item_code = 'wp-wall-height'",
        stage2Inspection);
    as(s.customerToken())
        .get(base() + "/evidence/verify")
        .then()
        .statusCode(200)
        .body("intact", equalTo(false))
        .body("brokenSeq", equalTo((int) seqOfIt))
        .body("brokenKind", equalTo("INSPECTION"))
        .body("brokenRecordId", equalTo(stage2Inspection))
        .body("reason", equalTo("record content was altered"));
    assertThat(cli(out)).isEqualTo(1);
    assertThat(out.toString(StandardCharsets.UTF_8))
        .contains("BROKEN at link " + seqOfIt)
        .contains(stage2Inspection);
    exec(
        "UPDATE inspection_item SET note = 'ok' WHERE inspection_id = ? AND item_code = 'wp-wall-height'",
        stage2Inspection);
    as(s.customerToken()).get(base() + "/evidence/verify").then().body("intact", equalTo(true));

    // Alter one media file: the verifier names the inspection whose photo it was.
    String key =
        db.text(
            "SELECT photo_key FROM inspection_item WHERE inspection_id = ? AND photo_key IS NOT NULL",
            firstInspection);
    Path photo =
        Path.of(ConfigProvider.getConfig().getValue("sitehub.attachments.dir", String.class), key);
    byte[] original = Files.readAllBytes(photo);
    byte[] altered = original.clone();
    altered[altered.length - 1] ^= 0x01;
    Files.write(photo, altered);
    try {
      as(s.customerToken())
          .get(base() + "/evidence/verify")
          .then()
          .statusCode(200)
          .body("intact", equalTo(false))
          .body("brokenKind", equalTo("INSPECTION"))
          .body("brokenRecordId", equalTo(firstInspection))
          .body("reason", containsString("was altered"))
          .body("reason", containsString(key));
    } finally {
      Files.write(photo, original);
    }
    as(s.customerToken()).get(base() + "/evidence/verify").then().body("intact", equalTo(true));
  }

  @Test
  void foreignUser_projectEndpoints_403SameAsMissingProject() {
    s = fixtures.project(1_000_000L);
    String stranger = TestUsers.token(users.user(Role.HOMEOWNER));
    as(stranger)
        .get(base() + "/milestones")
        .then()
        .statusCode(403)
        .body("type", equalTo(P + "foreign-project"));
    as(stranger)
        .get("/api/projects/prj-nope/milestones")
        .then()
        .statusCode(403)
        .body("type", equalTo(P + "foreign-project"));
    money(stranger, "/ledger/deposits", "x", Map.of("amountFen", 1)).then().statusCode(403);
    // A site member who is not the customer may not deposit.
    money(s.pmToken(), "/ledger/deposits", "x", Map.of("amountFen", 1)).then().statusCode(403);
    money(s.customerToken(), "/ledger/deposits", null, Map.of("amountFen", 1))
        .then()
        .statusCode(400)
        .body("type", equalTo(P + "idempotency-key-required"));
    money(s.customerToken(), "/ledger/deposits", "neg", Map.of("amountFen", -5))
        .then()
        .statusCode(400)
        .body("type", equalTo(P + "invalid-amount"));
  }
}
