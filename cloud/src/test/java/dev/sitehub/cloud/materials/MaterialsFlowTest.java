package dev.sitehub.cloud.materials;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import dev.sitehub.cloud.Db;
import dev.sitehub.cloud.LifecycleFixtures;
import dev.sitehub.cloud.LifecycleFixtures.Site;
import dev.sitehub.cloud.TestClock;
import dev.sitehub.cloud.TestUsers;
import dev.sitehub.cloud.accounts.Role;
import dev.sitehub.cloud.media.MediaFixtures;
import dev.sitehub.cloud.media.SnapshotArchive;
import dev.sitehub.cloud.media.TestFrames;
import dev.sitehub.protocol.message.FrameReason;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Materials through the REST API on a real filed contract with two suppliers: the bill of materials
 * and its totals, orders per supplier, forward-only shipments, delivery decisions with the nearest
 * camera still attached, every refusal, and the evidence chain naming an altered delivery row or
 * still.
 */
@QuarkusTest
class MaterialsFlowTest {
  private static final String P = "https://sitehub.dev/problems/";
  @Inject LifecycleFixtures fixtures;
  @Inject TestUsers users;
  @Inject TestClock clock;
  @Inject Db db;
  @Inject SnapshotArchive archive;
  @Inject MediaFixtures media;

  private Site s;
  private String budgeter;
  private String budgeter2;

  @BeforeEach
  void project() {
    s = fixtures.projectWithSuppliers(5_000_000L);
    budgeter = TestUsers.token(s.budgeter());
    budgeter2 = TestUsers.token(s.supplier2().staff().get(Role.BUDGETER));
  }

  @AfterEach
  void resetClock() {
    clock.reset();
  }

  private RequestSpecification as(String token) {
    return given().auth().oauth2(token).contentType(ContentType.JSON);
  }

  private String base() {
    return "/api/projects/" + s.projectId() + "/materials";
  }

  private static Map<String, Object> line(
      String name, String quantity, long priceFen, String supplier) {
    Map<String, Object> m = new HashMap<>();
    m.put("name", name);
    m.put("spec", "600x600 mm");
    m.put("unit", "m2");
    m.put("quantity", new java.math.BigDecimal(quantity));
    m.put("unitPriceFen", priceFen);
    m.put("supplierId", supplier);
    return m;
  }

  private Response addLine(String token, Map<String, Object> line) {
    return as(token).body(line).post(base() + "/bom/lines");
  }

  private void refused(Map<String, Object> line, String type, String field) {
    addLine(budgeter, line)
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("type", equalTo(P + type))
        .body("detail", containsString(field));
  }

  /** Two orders placed: supplier 1 (tiles 12.5 m2 at 39.99 yuan, grout) and supplier 2 (paint). */
  private Map<String, String> placeTwoOrders() {
    String sup1 = s.supplier().id();
    String sup2 = s.supplier2().id();
    addLine(budgeter, line("Floor tile", "12.5", 3999, sup1)).then().statusCode(201);
    addLine(budgeter, line("Grout", "3", 1000, sup1)).then().statusCode(201);
    addLine(budgeter, line("Wall paint", "2", 500, sup2)).then().statusCode(201);
    Response placed = as(budgeter).post(base() + "/orders");
    placed.then().statusCode(201).body("size()", equalTo(2));
    List<String> suppliers = placed.path("supplierId");
    List<String> ids = placed.path("orderId");
    return Map.of(sup1, ids.get(suppliers.indexOf(sup1)), sup2, ids.get(suppliers.indexOf(sup2)));
  }

  private long still(Instant takenAt, int shade) {
    return archive
        .archive(
            s.siteId(),
            media.device(s.siteId()),
            TestFrames.frame(
                MediaFixtures.CAMERA,
                takenAt,
                shade,
                FrameReason.PERIODIC,
                TestFrames.jpeg(64, 48, shade)))
        .orElseThrow()
        .id();
  }

  @Test
  void bomLines_validAndInvalid_totalsInFenAndEachBadFieldNamed() {
    String sup1 = s.supplier().id();
    Response added = addLine(budgeter, line("Floor tile", "12.5", 3999, sup1));
    added.then().statusCode(201).body("lineTotalFen", equalTo(49988)).body("orderId", nullValue());
    addLine(budgeter, line("Grout", "3", 1000, sup1)).then().statusCode(201);
    as(s.customerToken())
        .get(base() + "/bom")
        .then()
        .statusCode(200)
        .body("lines.size()", equalTo(2))
        .body("totalFen", equalTo(52988))
        .body("unorderedFen", equalTo(52988));

    Map<String, Object> bad = line("", "1", 1, sup1);
    refused(bad, "invalid-name", "name");
    bad = line("Tile", "1", 1, sup1);
    bad.remove("spec");
    refused(bad, "invalid-spec", "spec");
    refused(line("Tile", "0", 1, sup1), "invalid-quantity", "quantity");
    refused(line("Tile", "1.2345", 1, sup1), "invalid-quantity", "quantity");
    refused(line("Tile", "1", -1, sup1), "invalid-unitPriceFen", "unitPriceFen");
    bad = line("Tile", "1", 1, sup1);
    bad.remove("supplierId");
    refused(bad, "invalid-supplierId", "supplierId");
    refused(line("Tile", "1", 1, s.deco().id()), "supplier-not-in-project", "supplierId");

    addLine(s.pmToken(), line("Tile", "1", 1, sup1))
        .then()
        .statusCode(403)
        .body("type", equalTo(P + "role-not-allowed"));
    String stranger = TestUsers.token(users.user(Role.BUDGETER));
    addLine(stranger, line("Tile", "1", 1, sup1))
        .then()
        .statusCode(403)
        .body("type", equalTo(P + "foreign-project"));

    String lineId = added.path("lineId");
    as(budgeter).delete(base() + "/bom/lines/" + lineId).then().statusCode(204);
    as(budgeter)
        .delete(base() + "/bom/lines/" + lineId)
        .then()
        .statusCode(409)
        .body("type", equalTo(P + "line-not-removable"));
    as(s.customerToken()).get(base() + "/bom").then().body("totalFen", equalTo(3000));
  }

  @Test
  void orders_groupedPerSupplier_supplierStaffSeeOnlyTheirs() {
    Map<String, String> orders = placeTwoOrders();
    String o1 = orders.get(s.supplier().id());
    String o2 = orders.get(s.supplier2().id());
    as(budgeter)
        .post(base() + "/orders")
        .then()
        .statusCode(409)
        .body("type", equalTo(P + "nothing-to-order"));
    as(s.customerToken())
        .get(base() + "/orders/" + o1)
        .then()
        .statusCode(200)
        .body("state", equalTo("ORDERED"))
        .body("totalFen", equalTo(52988))
        .body("lines.size()", equalTo(2))
        .body("supplierName", equalTo(s.supplier().enterprise().name()));
    as(s.customerToken())
        .get(base() + "/bom")
        .then()
        .body("totalFen", equalTo(53988))
        .body("unorderedFen", equalTo(0));

    // The second supplier's budgeter is not on the site, yet sees exactly its own order.
    as(budgeter2)
        .get(base() + "/orders")
        .then()
        .statusCode(200)
        .body("size()", equalTo(1))
        .body("[0].orderId", equalTo(o2))
        .body("[0].totalFen", equalTo(1000));
    as(budgeter2)
        .get(base() + "/orders/" + o1)
        .then()
        .statusCode(404)
        .body("type", equalTo(P + "order-not-found"));
    as(budgeter2).get(base() + "/bom").then().statusCode(403);
    as(TestUsers.token(users.user(Role.HOMEOWNER)))
        .get(base() + "/orders")
        .then()
        .statusCode(403)
        .body("type", equalTo(P + "foreign-project"));
    as(s.customerToken())
        .get(base() + "/orders/mord-nope")
        .then()
        .statusCode(404)
        .body("type", equalTo(P + "order-not-found"));
  }

  @Test
  void shipment_forwardOnlyWithCarrierAndTracking_eachRefusalTyped() {
    Map<String, String> orders = placeTwoOrders();
    String o1 = orders.get(s.supplier().id());
    String o2 = orders.get(s.supplier2().id());
    String ship = base() + "/orders/" + o1 + "/ship";
    Map<String, String> form = Map.of("carrier", "SF Express", "trackingNumber", "SF1234567890");

    as(budgeter)
        .post(base() + "/orders/" + o1 + "/deliver")
        .then()
        .statusCode(409)
        .body("type", equalTo(P + "invalid-shipment-transition"));
    as(budgeter)
        .body(Map.of("carrier", "SF Express"))
        .post(ship)
        .then()
        .statusCode(400)
        .body("type", equalTo(P + "invalid-trackingNumber"));
    as(budgeter)
        .body(Map.of("trackingNumber", "x"))
        .post(ship)
        .then()
        .statusCode(400)
        .body("type", equalTo(P + "invalid-carrier"));
    // Only the order's own supplier ships it, even a budgeter who is on the site.
    as(budgeter)
        .body(form)
        .post(base() + "/orders/" + o2 + "/ship")
        .then()
        .statusCode(403)
        .body("type", equalTo(P + "not-order-supplier"));
    as(budgeter2).body(form).post(ship).then().statusCode(404);
    as(s.pmToken()).body(form).post(ship).then().statusCode(403);

    as(budgeter)
        .body(form)
        .post(ship)
        .then()
        .statusCode(200)
        .body("state", equalTo("SHIPPED"))
        .body("carrier", equalTo("SF Express"))
        .body("trackingNumber", equalTo("SF1234567890"));
    as(budgeter)
        .body(form)
        .post(ship)
        .then()
        .statusCode(409)
        .body("type", equalTo(P + "invalid-shipment-transition"));
    as(s.customerToken())
        .post(base() + "/orders/" + o1 + "/accept")
        .then()
        .statusCode(409)
        .body("type", equalTo(P + "delivery-not-delivered"));
    as(budgeter)
        .post(base() + "/orders/" + o1 + "/deliver")
        .then()
        .statusCode(200)
        .body("state", equalTo("DELIVERED"));
    as(budgeter)
        .post(base() + "/orders/" + o1 + "/deliver")
        .then()
        .statusCode(409)
        .body("type", equalTo(P + "invalid-shipment-transition"));
    as(budgeter)
        .body(form)
        .post(ship)
        .then()
        .statusCode(409)
        .body("type", equalTo(P + "invalid-shipment-transition"));
  }

  @Test
  void deliveryDecisions_nearestStillAttachedOrNone_filedAndTamperNamed() throws Exception {
    Map<String, String> orders = placeTwoOrders();
    String o1 = orders.get(s.supplier().id());
    String o2 = orders.get(s.supplier2().id());
    Map<String, String> form = Map.of("carrier", "Deppon", "trackingNumber", "DP-77");
    Instant t = Instant.now().minus(Duration.ofDays(3)).truncatedTo(ChronoUnit.SECONDS);
    long far = still(t.minus(Duration.ofMinutes(30)), 31);
    long nearest = still(t.plus(Duration.ofMinutes(10)), 32);
    still(t.plus(Duration.ofHours(3)), 33);
    assertThat(far).isNotEqualTo(nearest);

    as(budgeter).body(form).post(base() + "/orders/" + o1 + "/ship").then().statusCode(200);
    clock.setNow(t);
    as(budgeter).post(base() + "/orders/" + o1 + "/deliver").then().statusCode(200);
    clock.reset();

    String accept = base() + "/orders/" + o1 + "/accept";
    as(s.supervisorToken()).post(accept).then().statusCode(403);
    as(budgeter).post(accept).then().statusCode(403);
    as(TestUsers.token(users.user(Role.HOMEOWNER))).post(accept).then().statusCode(403);
    as(s.customerToken())
        .body(Map.of())
        .post(base() + "/orders/" + o1 + "/dispute")
        .then()
        .statusCode(400)
        .body("type", equalTo(P + "invalid-reason"))
        .body("detail", containsString("reason"));
    Response accepted = as(s.customerToken()).body(Map.of("reason", "all there")).post(accept);
    accepted
        .then()
        .statusCode(200)
        .body("acceptance.decision", equalTo("ACCEPTED"))
        .body("acceptance.decidedBy", equalTo(s.customer().userId()))
        .body("acceptance.snapshotId", equalTo((int) nearest))
        .body("acceptance.snapshotCamera", equalTo(MediaFixtures.CAMERA))
        .body(
            "acceptance.snapshotNote",
            matchesPattern("snapshot " + nearest + " of camera cam1, (599|600) s from delivery"));
    String key = accepted.path("acceptance.snapshotKey");
    String sha = accepted.path("acceptance.snapshotSha256");
    assertThat(key).isEqualTo(sha + ".jpeg");
    assertThat(sha).isEqualTo(db.text("SELECT sha256 FROM media_snapshot WHERE id = ?", nearest));
    as(s.pmToken())
        .body(Map.of("reason", "again"))
        .post(base() + "/orders/" + o1 + "/dispute")
        .then()
        .statusCode(409)
        .body("type", equalTo(P + "delivery-already-decided"));

    // The supplier's installer works for the supplier but is not its materials contact.
    as(TestUsers.token(s.supplier2().staff().get(Role.INSTALLER)))
        .body(form)
        .post(base() + "/orders/" + o2 + "/ship")
        .then()
        .statusCode(403);
    // No still within two hours of the second delivery: recorded as none available.
    as(budgeter2).body(form).post(base() + "/orders/" + o2 + "/ship").then().statusCode(200);
    clock.setNow(t.plus(Duration.ofDays(2)));
    as(budgeter2).post(base() + "/orders/" + o2 + "/deliver").then().statusCode(200);
    clock.reset();
    as(s.pmToken())
        .body(Map.of("reason", "two buckets dented"))
        .post(base() + "/orders/" + o2 + "/dispute")
        .then()
        .statusCode(200)
        .body("acceptance.decision", equalTo("DISPUTED"))
        .body("acceptance.reason", equalTo("two buckets dented"))
        .body("acceptance.snapshotId", nullValue())
        .body("acceptance.snapshotNote", startsWith("none available"));

    // Both decisions are in the evidence chain, which verifies intact.
    String chain = "/api/projects/" + s.projectId() + "/evidence";
    List<String> kinds = as(s.customerToken()).get(chain).path("kind");
    assertThat(kinds).containsSubsequence("CONTRACT", "DELIVERY_ACCEPTANCE", "DELIVERY_ACCEPTANCE");
    as(s.customerToken()).get(chain + "/verify").then().body("intact", equalTo(true));
    long link =
        db.count(
            "SELECT seq FROM evidence_link WHERE project_id = ? AND record_id = ?",
            s.projectId(),
            o1);

    // Alter the delivery row: the verifier names that decision's link.
    db.update("UPDATE delivery_acceptance SET reason = 'half missing' WHERE order_id = ?", o1);
    as(s.customerToken())
        .get(chain + "/verify")
        .then()
        .body("intact", equalTo(false))
        .body("brokenSeq", equalTo((int) link))
        .body("brokenKind", equalTo("DELIVERY_ACCEPTANCE"))
        .body("brokenRecordId", equalTo(o1))
        .body("reason", equalTo("record content was altered"));
    db.update("UPDATE delivery_acceptance SET reason = 'all there' WHERE order_id = ?", o1);
    as(s.customerToken()).get(chain + "/verify").then().body("intact", equalTo(true));

    // Alter the attached still: the verifier names the same link and the file.
    Path file =
        Path.of(ConfigProvider.getConfig().getValue("sitehub.attachments.dir", String.class), key);
    byte[] original = Files.readAllBytes(file);
    byte[] altered = original.clone();
    altered[altered.length / 2] ^= 0x01;
    Files.write(file, altered);
    try {
      as(s.customerToken())
          .get(chain + "/verify")
          .then()
          .body("intact", equalTo(false))
          .body("brokenSeq", equalTo((int) link))
          .body("brokenRecordId", equalTo(o1))
          .body("reason", equalTo("media " + key + " was altered"));
    } finally {
      Files.write(file, original);
    }
    as(s.customerToken()).get(chain + "/verify").then().body("intact", equalTo(true));
  }
}
