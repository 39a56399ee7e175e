package dev.sitehub.cloud.lifecycle;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;

import dev.sitehub.cloud.LifecycleFixtures;
import dev.sitehub.cloud.LifecycleFixtures.Site;
import dev.sitehub.cloud.TestUsers;
import dev.sitehub.cloud.accounts.Role;
import dev.sitehub.cloud.devices.DeviceService;
import dev.sitehub.cloud.evidence.Canonical;
import dev.sitehub.cloud.evidence.VerifyChainMain;
import dev.sitehub.edge.sim.SimulatedSite;
import dev.sitehub.edge.sim.SimulationOptions;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * The materials part of the lifecycle on a simulated site whose box and camera run the real edge
 * agent: contract filed with two suppliers, bill of materials, orders, shipments, and the delivery
 * accepted with the camera's own still attached and filed; the chain verifies intact through the
 * endpoint and the command line.
 */
@QuarkusTest
class MaterialsOnSimulatedSiteTest {
  private static final Duration WAIT = Duration.ofSeconds(60);
  @Inject LifecycleFixtures fixtures;
  @Inject DeviceService devices;

  @ConfigProperty(name = "sitehub.mqtt.port")
  int brokerPort;

  private static RequestSpecification as(String token) {
    return given().auth().oauth2(token).contentType(ContentType.JSON);
  }

  private static Map<String, Object> line(String name, int quantity, long fen, String supplier) {
    return Map.of(
        "name",
        name,
        "spec",
        "standard",
        "unit",
        "pcs",
        "quantity",
        quantity,
        "unitPriceFen",
        fen,
        "supplierId",
        supplier);
  }

  @Test
  void simulatedSite_materialsDelivered_cameraStillAttachedAndChainIntact() throws Exception {
    Site s = fixtures.projectWithSuppliers(2_000_000L);
    String budgeter = TestUsers.token(s.budgeter());
    String budgeter2 = TestUsers.token(s.supplier2().staff().get(Role.BUDGETER));
    String prj = "/api/projects/" + s.projectId();
    String code = devices.createClaim(s.siteId(), null).code();
    try (SimulatedSite sim =
        SimulatedSite.start(
            SimulationOptions.withClaimCode(
                    "127.0.0.1", brokerPort, code, Files.createTempDirectory("sim-materials-"))
                .withCameras(1)
                .withIntervals(
                    Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofSeconds(2)))) {
      await()
          .atMost(WAIT)
          .untilAsserted(
              () ->
                  as(s.customerToken())
                      .get("/api/sites/" + s.siteId() + "/snapshots")
                      .then()
                      .statusCode(200)
                      .body("size()", greaterThan(0)));

      as(budgeter)
          .body(line("PPR pipe 20 mm", 40, 1250, s.supplier().id()))
          .post(prj + "/materials/bom/lines")
          .then()
          .statusCode(201);
      as(budgeter)
          .body(line("Waterproof coating 20 kg", 3, 32_000, s.supplier2().id()))
          .post(prj + "/materials/bom/lines")
          .then()
          .statusCode(201);
      Response orders = as(budgeter).post(prj + "/materials/orders");
      orders.then().statusCode(201).body("totalFen.sum()", equalTo(146_000));
      List<String> ids = orders.path("orderId");
      List<String> suppliers = orders.path("supplierId");
      String pipes = ids.get(suppliers.indexOf(s.supplier().id()));
      String coating = ids.get(suppliers.indexOf(s.supplier2().id()));
      for (String[] o :
          List.of(new String[] {pipes, budgeter}, new String[] {coating, budgeter2})) {
        as(o[1])
            .body(Map.of("carrier", "SF Express", "trackingNumber", "SF" + o[0].hashCode()))
            .post(prj + "/materials/orders/" + o[0] + "/ship")
            .then()
            .statusCode(200);
        as(o[1])
            .post(prj + "/materials/orders/" + o[0] + "/deliver")
            .then()
            .statusCode(200)
            .body("state", equalTo("DELIVERED"));
      }

      Response accepted =
          as(s.customerToken())
              .body(Map.of("reason", "40 pipes counted"))
              .post(prj + "/materials/orders/" + pipes + "/accept");
      accepted.then().statusCode(200).body("acceptance.decision", equalTo("ACCEPTED"));
      long snapshotId = accepted.<Number>path("acceptance.snapshotId").longValue();
      Instant taken = Instant.parse(accepted.path("acceptance.snapshotTakenAt"));
      Instant delivered = Instant.parse(accepted.path("deliveredAt"));
      assertThat(Duration.between(taken, delivered).abs()).isLessThan(Duration.ofHours(2));
      // The attached still is the camera's own frame: same bytes as the archived snapshot.
      Response still =
          as(s.customerToken()).get("/api/sites/" + s.siteId() + "/snapshots/" + snapshotId);
      still.then().statusCode(200).body("deviceId", equalTo(sim.deviceId()));
      byte[] image =
          as(s.customerToken())
              .get("/api/sites/" + s.siteId() + "/snapshots/" + snapshotId + "/image")
              .then()
              .statusCode(200)
              .extract()
              .asByteArray();
      assertThat(Canonical.sha256(image))
          .isEqualTo(still.<String>path("sha256"))
          .isEqualTo(accepted.<String>path("acceptance.snapshotSha256"));
      as(s.pmToken())
          .body(Map.of())
          .post(prj + "/materials/orders/" + coating + "/accept")
          .then()
          .statusCode(200)
          .body("acceptance.snapshotKey", org.hamcrest.Matchers.endsWith(".jpeg"));
    }

    as(s.customerToken())
        .get(prj + "/evidence")
        .then()
        .body("kind", equalTo(List.of("CONTRACT", "DELIVERY_ACCEPTANCE", "DELIVERY_ACCEPTANCE")));
    as(s.customerToken())
        .get(prj + "/evidence/verify")
        .then()
        .statusCode(200)
        .body("intact", equalTo(true))
        .body("links", equalTo(3));
    String url = ConfigProvider.getConfig().getValue("quarkus.datasource.jdbc.url", String.class);
    String dir = ConfigProvider.getConfig().getValue("sitehub.attachments.dir", String.class);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int exit =
        VerifyChainMain.run(
            new String[] {url + "&user=postgres", dir, s.projectId()},
            new PrintStream(out, true, StandardCharsets.UTF_8));
    assertThat(exit).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("intact");
  }
}
