package dev.sitehub.cloud;

import static io.restassured.RestAssured.given;

import dev.sitehub.cloud.BusinessFixtures.Company;
import dev.sitehub.cloud.accounts.Role;
import dev.sitehub.cloud.accounts.UserAccount;
import dev.sitehub.cloud.contracts.ContractResource;
import dev.sitehub.cloud.enterprises.EnterpriseType;
import dev.sitehub.cloud.telemetry.Accepted;
import dev.sitehub.cloud.telemetry.TelemetryWriter;
import dev.sitehub.protocol.message.Reading;
import dev.sitehub.protocol.message.SensorKind;
import dev.sitehub.protocol.message.TelemetryBatch;
import io.restassured.http.ContentType;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongToDoubleFunction;

/**
 * A filed contract and its project, made through the real contract API, with its people signed in;
 * and generated telemetry written through the real telemetry writer.
 */
@ApplicationScoped
public class LifecycleFixtures {
  private final BusinessFixtures business;
  private final TestUsers users;
  private final TelemetryWriter writer;
  private final AtomicLong seq = new AtomicLong();

  public LifecycleFixtures(BusinessFixtures business, TestUsers users, TelemetryWriter writer) {
    this.business = business;
    this.users = users;
    this.writer = writer;
  }

  /** The people and ids of one simulated project. */
  public record Site(
      String projectId,
      String siteId,
      UserAccount customer,
      Company deco,
      Company supervision,
      UserAccount pm,
      UserAccount supervisor,
      String customerToken,
      String pmToken,
      String supervisorToken) {}

  /** A drafted contract nobody has signed yet, and its parties. */
  public record Draft(
      String contractId,
      UserAccount customer,
      Company deco,
      Company supervision,
      String customerToken) {}

  /** A project with four stages (30/30/30/10 %, 5 % retention) on a total of {@code totalFen}. */
  public Site project(long totalFen) {
    Draft d = draft(totalFen, "Bathroom and kitchen");
    String contractId = d.contractId();
    UserAccount customer = d.customer();
    Company deco = d.deco();
    Company sup = d.supervision();
    UserAccount pm = deco.staff().get(Role.PROJECT_MANAGER);
    UserAccount supervisor = sup.staff().get(Role.SUPERVISOR);
    String customerToken = d.customerToken();
    String sha =
        given()
            .auth()
            .oauth2(customerToken)
            .get("/api/contracts/" + contractId + "/versions/1/document")
            .header(ContractResource.SHA_HEADER);
    String projectId = null;
    for (String token :
        List.of(customerToken, TestUsers.token(deco.admin()), TestUsers.token(sup.admin()))) {
      projectId =
          given()
              .auth()
              .oauth2(token)
              .contentType(ContentType.JSON)
              .body(Map.of("documentSha256", sha))
              .post("/api/contracts/" + contractId + "/versions/1/signatures")
              .then()
              .statusCode(200)
              .extract()
              .path("projectId");
    }
    String siteId =
        given()
            .auth()
            .oauth2(customerToken)
            .get("/api/projects/" + projectId)
            .then()
            .statusCode(200)
            .extract()
            .path("siteId");
    return new Site(
        projectId,
        siteId,
        customer,
        deco,
        sup,
        pm,
        supervisor,
        customerToken,
        TestUsers.token(pm),
        TestUsers.token(supervisor));
  }

  /** A contract for a new homeowner with a decoration and a supervision company, unsigned. */
  public Draft draft(long totalFen, String scope) {
    String city = business.uniqueCity();
    UserAccount customer = users.user(Role.HOMEOWNER);
    Company deco =
        business.company(EnterpriseType.DECORATION_COMPANY, city, true, Role.PROJECT_MANAGER);
    Company sup = business.company(EnterpriseType.SUPERVISION_COMPANY, city, true, Role.SUPERVISOR);
    UserAccount pm = deco.staff().get(Role.PROJECT_MANAGER);
    UserAccount supervisor = sup.staff().get(Role.SUPERVISOR);
    Map<String, Object> terms = new HashMap<>();
    terms.put("siteName", "Sim flat");
    terms.put("siteAddress", "1 Simulation Road");
    terms.put("scope", scope);
    terms.put("totalFen", totalFen);
    terms.put("startDate", "2026-12-01");
    terms.put("endDate", "2027-03-31");
    terms.put("retentionBp", 500);
    terms.put(
        "stages",
        List.of(
            Map.of("name", "水电验收 plumbing and electrical", "shareBp", 3000),
            Map.of("name", "防水闭水 waterproofing", "shareBp", 3000),
            Map.of("name", "泥木 tiling", "shareBp", 3000),
            Map.of("name", "竣工验收 completion", "shareBp", 1000)));
    terms.put(
        "staff",
        List.of(
            Map.of("role", "PROJECT_MANAGER", "userId", pm.userId()),
            Map.of("role", "SUPERVISOR", "userId", supervisor.userId())));
    Map<String, Object> body = new HashMap<>();
    body.put("decorationCompanyId", deco.id());
    body.put("supervisionCompanyId", sup.id());
    body.put("terms", terms);
    String customerToken = TestUsers.token(customer);
    String contractId =
        given()
            .auth()
            .oauth2(customerToken)
            .contentType(ContentType.JSON)
            .body(body)
            .post("/api/contracts")
            .then()
            .statusCode(201)
            .extract()
            .path("contractId");
    return new Draft(contractId, customer, deco, sup, customerToken);
  }

  /** Writes one reading every {@code step} from {@code from} to {@code to} through the writer. */
  public int writeSeries(
      String siteId,
      String sensorId,
      SensorKind kind,
      Instant from,
      Instant to,
      Duration step,
      LongToDoubleFunction valueByMinute)
      throws SQLException {
    String device = "dev-sim-" + UUID.randomUUID().toString().substring(0, 8);
    List<Reading> readings = new ArrayList<>();
    for (Instant t = from; !t.isAfter(to); t = t.plus(step)) {
      readings.add(
          Reading.of(
              sensorId,
              kind,
              t,
              valueByMinute.applyAsDouble(Duration.between(from, t).toMinutes())));
    }
    List<Accepted> batches = new ArrayList<>();
    for (int i = 0; i < readings.size(); i += 100) {
      List<Reading> part = readings.subList(i, Math.min(readings.size(), i + 100));
      batches.add(
          new Accepted.Telemetry(
              siteId,
              new TelemetryBatch(
                  device, seq.incrementAndGet(), part.get(part.size() - 1).ts(), part)));
    }
    writer.write(batches);
    return readings.size();
  }
}
