package dev.sitehub.cloud;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sitehub.cloud.accounts.Role;
import dev.sitehub.cloud.accounts.UserAccount;
import dev.sitehub.cloud.sites.Site;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.function.Executable;

/**
 * Authorization matrix rows about a person's part in a project (issue 17). Two projects, A and B,
 * share the people below, who are members of both sites but named in A's contract only: each holds
 * several global roles, and B's contract gives them none. Then, on their own project A, they send a
 * child id of B through A's URL, which must answer exactly as an id that does not exist does.
 */
final class ContractMatrixRows {
  private static final String P = "https://sitehub.dev/problems/";

  /** One row: its name in the test report, and the check. */
  record Row(String name, Executable check) {}

  /** The two projects and the people on both sites. */
  private record World(
      LifecycleMatrix lm,
      String a,
      String b,
      String customerA,
      String supervisor,
      String pm,
      String budgeter) {}

  private ContractMatrixRows() {}

  static List<Row> rows(AuthorizationMatrixTest t) {
    World[] memo = new World[1];
    Function<Void, World> w =
        x -> {
          if (memo[0] == null) {
            memo[0] = world(t);
          }
          return memo[0];
        };
    return List.of(
        new Row(
            "supervisor named on A (also a homeowner) inspects A",
            () -> {
              World c = w.apply(null);
              c.lm().milestone(c.a(), 3, "READY_FOR_INSPECTION");
              assertThat(inspect(c.supervisor(), c.a()).statusCode()).isEqualTo(201);
            }),
        new Row(
            "supervisor named on A, member of B, inspects B: refused",
            () -> {
              World c = w.apply(null);
              c.lm().milestone(c.b(), 3, "READY_FOR_INSPECTION");
              refusedByContract(inspect(c.supervisor(), c.b()));
            }),
        new Row(
            "supervisor named on A signs B's acceptance: refused, record untouched",
            () -> {
              World c = w.apply(null);
              c.lm().record(c.b(), 1, "AWAITING_SUPERVISOR", Duration.ZERO);
              refusedByContract(sign(c.supervisor(), c.b(), 1));
              assertThat(state(c, c.b(), 1)).isTrue();
            }),
        new Row(
            "supervisor of A who is a global homeowner signs B as customer: refused",
            () -> {
              World c = w.apply(null);
              c.lm().record(c.b(), 2, "AWAITING_CUSTOMER", Duration.ZERO);
              refusedByContract(sign(c.supervisor(), c.b(), 2));
            }),
        new Row(
            "project manager named on A plans A, and B: refused",
            () -> {
              World c = w.apply(null);
              assertThat(plan(c.pm(), c.a()).statusCode()).isEqualTo(200);
              refusedByContract(plan(c.pm(), c.b()));
            }),
        new Row(
            "project manager of A who is a global homeowner confirms B's design: refused",
            () -> {
              World c = w.apply(null);
              String proposal = c.lm().proposal(c.b());
              Response r =
                  as(c.pm())
                      .post(
                          "/api/projects/" + c.b() + "/design/proposals/" + proposal + "/confirm");
              assertThat(r.statusCode()).isEqualTo(403);
            }),
        new Row(
            "budgeter named for A's supplier adds a bill line on B: refused",
            () -> {
              World c = w.apply(null);
              Response r =
                  as(c.budgeter())
                      .body(
                          Map.of(
                              "name",
                              "tile",
                              "spec",
                              "60x60",
                              "unit",
                              "m2",
                              "quantity",
                              2,
                              "unitPriceFen",
                              100,
                              "supplierId",
                              c.lm().supplier(c.b())))
                      .post("/api/projects/" + c.b() + "/materials/bom/lines");
              refusedByContract(r);
            }),
        new Row(
            "A's supplier contact ships B's order through A's URL: as unknown, order untouched",
            () -> {
              World c = w.apply(null);
              String order = c.lm().order(c.b(), "ORDERED");
              Map<String, String> body = Map.of("carrier", "SF", "trackingNumber", "SF9");
              String url = "/api/projects/" + c.a() + "/materials/orders/";
              sameAsUnknown(
                  as(c.budgeter()).body(body).post(url + order + "/ship"),
                  as(c.budgeter()).body(body).post(url + "mord-nope/ship"));
              assertThat(
                      c.lm()
                          .exists(
                              "SELECT 1 FROM material_order WHERE order_id = ? AND state = 'ORDERED'",
                              order))
                  .isTrue();
            }),
        new Row(
            "A's project manager accepts B's delivery through A's URL: as unknown, undecided",
            () -> {
              World c = w.apply(null);
              String order = c.lm().order(c.b(), "DELIVERED");
              String url = "/api/projects/" + c.a() + "/materials/orders/";
              sameAsUnknown(
                  as(c.pm()).post(url + order + "/accept"),
                  as(c.pm()).post(url + "mord-nope/accept"));
              assertThat(
                      c.lm().exists("SELECT 1 FROM delivery_acceptance WHERE order_id = ?", order))
                  .isFalse();
            }),
        new Row(
            "A's supervisor closes B's rectification through A's URL: as unknown, still open",
            () -> {
              World c = w.apply(null);
              String task = c.lm().rectification(c.b(), "FIXED");
              String url = "/api/projects/" + c.a() + "/rectifications/";
              sameAsUnknown(
                  as(c.supervisor()).post(url + task + "/close"),
                  as(c.supervisor()).post(url + "rect-nope/close"));
              assertThat(
                      c.lm()
                          .exists(
                              "SELECT 1 FROM rectification WHERE rectification_id = ?"
                                  + " AND state = 'FIXED'",
                              task))
                  .isTrue();
            }),
        new Row(
            "A's customer confirms B's design through A's URL: as unknown",
            () -> {
              World c = w.apply(null);
              String proposal = c.lm().proposal(c.b());
              String url = "/api/projects/" + c.a() + "/design/proposals/";
              sameAsUnknown(
                  as(c.customerA()).post(url + proposal + "/confirm"),
                  as(c.customerA()).post(url + "dsg-nope/confirm"));
            }),
        new Row(
            "A's customer reads B's inspection photo through A's URL: as unknown",
            () -> {
              World c = w.apply(null);
              String[] photos = c.lm().photos(c.b());
              String url = "/api/projects/" + c.a() + "/";
              sameAsUnknown(
                  as(c.customerA()).get(url + photos[0]),
                  as(c.customerA()).get(url + "inspections/insp-nope/photos/gn-workmanship"));
              sameAsUnknown(
                  as(c.customerA()).get(url + photos[1]),
                  as(c.customerA()).get(url + "rectifications/rect-nope/fixes/fix-nope/photo"));
            }));
  }

  private static World world(AuthorizationMatrixTest t) {
    TestUsers users = t.users;
    LifecycleMatrix lm = t.lifecycle;
    UserAccount customerA = users.user(Role.HOMEOWNER);
    UserAccount customerB = users.user(Role.HOMEOWNER);
    UserAccount supervisor = users.userWith(Role.SUPERVISOR, Role.HOMEOWNER);
    UserAccount pm = users.userWith(Role.PROJECT_MANAGER, Role.HOMEOWNER);
    UserAccount budgeter = users.user(Role.BUDGETER);
    Site siteA = users.siteWith(customerA, supervisor, pm, budgeter);
    Site siteB = users.siteWith(customerB, supervisor, pm, budgeter);
    String a = lm.newProject(siteA.siteId(), customerA.userId());
    String b = lm.newProject(siteB.siteId(), customerB.userId());
    lm.name(a, Role.SUPERVISOR, supervisor.userId(), "ent-matrix");
    lm.name(a, Role.PROJECT_MANAGER, pm.userId(), "ent-matrix");
    lm.supplierStaff(a, budgeter.userId());
    return new World(
        lm,
        a,
        b,
        TestUsers.token(customerA),
        TestUsers.token(supervisor),
        TestUsers.token(pm),
        TestUsers.token(budgeter));
  }

  private static RequestSpecification as(String token) {
    return given().auth().oauth2(token).contentType(ContentType.JSON);
  }

  private static Response inspect(String token, String projectId) {
    return as(token)
        .body(Map.of("items", List.of(Map.of("code", "gn-workmanship", "result", "PASS"))))
        .post("/api/projects/" + projectId + "/milestones/3/inspections");
  }

  private static Response sign(String token, String projectId, int seq) {
    return as(token).post("/api/projects/" + projectId + "/stages/" + seq + "/acceptance/sign");
  }

  private static Response plan(String token, String projectId) {
    return as(token)
        .body(Map.of("plannedStart", "2026-12-01", "plannedEnd", "2026-12-20"))
        .put("/api/projects/" + projectId + "/milestones/1/plan");
  }

  private static boolean state(World c, String projectId, int seq) {
    return c.lm()
        .exists(
            "SELECT 1 FROM acceptance_record WHERE project_id = ? AND stage_seq = ?"
                + " AND state = 'AWAITING_SUPERVISOR' AND supervisor_id IS NULL",
            projectId,
            seq);
  }

  private static void refusedByContract(Response r) {
    assertThat(r.statusCode()).as(r.asString()).isEqualTo(403);
    assertThat(r.<String>path("type")).isEqualTo(P + "not-project-role");
  }

  /** Another project's id answers exactly as an id that exists nowhere: a 4xx, same problem. */
  private static void sameAsUnknown(Response real, Response unknown) {
    assertThat(real.statusCode()).as(real.asString()).isBetween(400, 499);
    assertThat(real.statusCode()).isEqualTo(unknown.statusCode());
    assertThat(real.<String>path("type")).isEqualTo(unknown.<String>path("type"));
  }
}
