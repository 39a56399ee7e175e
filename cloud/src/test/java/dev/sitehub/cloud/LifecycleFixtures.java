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
      String supervisorToken,
      Company supplier,
      Company supplier2) {
    /** The budgeter of the first supplier, named in the contract (so a site member). */
    public UserAccount budgeter() {
      return supplier.staff().get(Role.BUDGETER);
    }
  }

  /**
   * A drafted contract nobody has signed yet, and its parties; the suppliers are null unless asked
   * for.
   */
  public record Draft(
      String contractId,
      UserAccount customer,
      Company deco,
      Company supervision,
      String customerToken,
      Company supplier,
      Company supplier2) {}

  /** The four stages of the fixtures' contracts, each with its stage type. */
  static final List<Map<String, Object>> STAGES =
      List.of(
          Map.of(
              "name", "水电验收 plumbing and electrical",
              "shareBp", 3000,
              "type", "PLUMBING_ELECTRICAL"),
          Map.of("name", "防水闭水 waterproofing", "shareBp", 3000, "type", "WATERPROOFING"),
          Map.of("name", "泥木 tiling", "shareBp", 3000, "type", "TILING"),
          Map.of("name", "竣工验收 completion", "shareBp", 1000, "type", "COMPLETION"));

  /** A project with four stages (30/30/30/10 %, 5 % retention) on a total of {@code totalFen}. */
  public Site project(long totalFen) {
    return project(totalFen, false);
  }

  /**
   * As {@link #project(long)}, with two material suppliers in the contract, each with a budgeter;
   * only the first supplier's budgeter is named in the contract and so is on the site.
   */
  public Site projectWithSuppliers(long totalFen) {
    return project(totalFen, true);
  }

  /**
   * A project whose contract has these stages (maps of name, shareBp and type), for tests of what a
   * stage's type decides.
   */
  public Site projectWithStages(long totalFen, List<Map<String, Object>> stages) {
    return project(totalFen, false, stages);
  }

  private Site project(long totalFen, boolean suppliers) {
    return project(totalFen, suppliers, STAGES);
  }

  private Site project(long totalFen, boolean suppliers, List<Map<String, Object>> stages) {
    Draft d = draft(totalFen, "Bathroom and kitchen", suppliers, stages);
    String contractId = d.contractId();
    UserAccount customer = d.customer();
    Company deco = d.deco();
    Company sup = d.supervision();
    Company supplier = d.supplier();
    Company supplier2 = d.supplier2();
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
    List<String> signers =
        new ArrayList<>(
            List.of(customerToken, TestUsers.token(deco.admin()), TestUsers.token(sup.admin())));
    if (suppliers) {
      signers.add(TestUsers.token(supplier.admin()));
      signers.add(TestUsers.token(supplier2.admin()));
    }
    for (String token : signers) {
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
        TestUsers.token(supervisor),
        supplier,
        supplier2);
  }

  /** A contract for a new homeowner with a decoration and a supervision company, unsigned. */
  public Draft draft(long totalFen, String scope) {
    return draft(totalFen, scope, false, STAGES);
  }

  /**
   * As {@link #draft(long, String)}; with {@code suppliers}, two material suppliers are parties,
   * each with a budgeter, and only the first supplier's budgeter is named in the contract.
   */
  private Draft draft(
      long totalFen, String scope, boolean suppliers, List<Map<String, Object>> stages) {
    String city = business.uniqueCity();
    UserAccount customer = users.user(Role.HOMEOWNER);
    Company deco =
        business.company(EnterpriseType.DECORATION_COMPANY, city, true, Role.PROJECT_MANAGER);
    Company sup = business.company(EnterpriseType.SUPERVISION_COMPANY, city, true, Role.SUPERVISOR);
    Company supplier =
        suppliers
            ? business.company(EnterpriseType.MATERIAL_SUPPLIER, city, true, Role.BUDGETER)
            : null;
    // The second supplier also employs an installer: staff of the supplier who may not ship.
    Company supplier2 =
        suppliers
            ? business.company(
                EnterpriseType.MATERIAL_SUPPLIER, city, true, Role.BUDGETER, Role.INSTALLER)
            : null;
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
    terms.put("stages", stages);
    List<Map<String, Object>> staff = new ArrayList<>();
    staff.add(Map.of("role", "PROJECT_MANAGER", "userId", pm.userId()));
    staff.add(Map.of("role", "SUPERVISOR", "userId", supervisor.userId()));
    if (suppliers) {
      staff.add(Map.of("role", "BUDGETER", "userId", supplier.staff().get(Role.BUDGETER).userId()));
    }
    terms.put("staff", staff);
    Map<String, Object> body = new HashMap<>();
    body.put("decorationCompanyId", deco.id());
    body.put("supervisionCompanyId", sup.id());
    body.put("terms", terms);
    if (suppliers) {
      body.put("supplierIds", List.of(supplier.id(), supplier2.id()));
    }
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
    return new Draft(contractId, customer, deco, sup, customerToken, supplier, supplier2);
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
