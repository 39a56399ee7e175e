package dev.sitehub.cloud.contracts;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import dev.sitehub.cloud.LifecycleFixtures;
import dev.sitehub.cloud.LifecycleFixtures.Site;
import dev.sitehub.cloud.LifecycleMatrix;
import dev.sitehub.cloud.TestUsers;
import dev.sitehub.cloud.accounts.Role;
import dev.sitehub.cloud.accounts.UserAccount;
import dev.sitehub.cloud.enterprises.InviteStaffRequest;
import dev.sitehub.cloud.enterprises.StaffService;
import dev.sitehub.cloud.sites.SiteService;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Verifies that a person's authority on a project is their part in its filed contract: the named
 * supervisor signs acceptance on their project only, a global supervisor the contract does not name
 * is refused even on the site, and an amendment that names another supervisor moves the authority
 * only once it is filed.
 */
@QuarkusTest
class ProjectRolesTest {
  private static final String P = "https://sitehub.dev/problems/";

  @Inject LifecycleFixtures fixtures;
  @Inject LifecycleMatrix matrix;
  @Inject TestUsers users;
  @Inject SiteService sites;
  @Inject StaffService staff;
  @Inject ProjectAccess access;
  @Inject ProjectService projects;

  @Test
  void namedSupervisor_signsOnOwnProject_refusedOnAnotherWhereTheyAreMember() {
    Site a = fixtures.project(1_000_000L);
    Site b = fixtures.project(1_000_000L);
    // Being on B's site is not enough: B's contract names another supervisor.
    sites.addMember(b.siteId(), a.supervisor().userId());
    matrix.record(a.projectId(), 1, "AWAITING_SUPERVISOR", Duration.ZERO);
    matrix.record(b.projectId(), 1, "AWAITING_SUPERVISOR", Duration.ZERO);

    sign(a.supervisorToken(), b.projectId(), 1)
        .then()
        .statusCode(403)
        .body("type", equalTo(P + "not-project-role"));
    sign(a.supervisorToken(), a.projectId(), 1)
        .then()
        .statusCode(200)
        .body("state", equalTo("AWAITING_CUSTOMER"));
    assertThat(access.rolesOf(projects.get(a.projectId()), a.supervisor().userId()))
        .containsExactly(Role.SUPERVISOR);
    assertThat(access.rolesOf(projects.get(b.projectId()), a.supervisor().userId())).isEmpty();
  }

  @Test
  void globalSupervisorNotNamed_onTheSite_refusedToSignAndInspect() {
    Site s = fixtures.project(1_000_000L);
    UserAccount outsider = users.user(Role.SUPERVISOR);
    sites.addMember(s.siteId(), outsider.userId());
    matrix.record(s.projectId(), 1, "AWAITING_SUPERVISOR", Duration.ZERO);
    matrix.milestone(s.projectId(), 2, "READY_FOR_INSPECTION");
    String token = TestUsers.token(outsider);

    sign(token, s.projectId(), 1)
        .then()
        .statusCode(403)
        .body("type", equalTo(P + "not-project-role"));
    given()
        .auth()
        .oauth2(token)
        .contentType(ContentType.JSON)
        .body(Map.of("items", List.of(Map.of("code", "gn-workmanship", "result", "PASS"))))
        .post("/api/projects/" + s.projectId() + "/milestones/2/inspections")
        .then()
        .statusCode(403)
        .body("type", equalTo(P + "not-project-role"));
    // The customer cannot sign in the supervisor's place either.
    sign(s.customerToken(), s.projectId(), 1)
        .then()
        .statusCode(409)
        .body("type", equalTo(P + "supervisor-signs-first"));
  }

  @Test
  void amendmentRenamesSupervisor_oldRefusedOnceFiled_newSigns() {
    Site s = fixtures.project(1_000_000L);
    UserAccount successor = users.user(Role.HOMEOWNER);
    String ent = s.supervision().id();
    staff.invite(
        ent,
        s.supervision().admin().userId(),
        new InviteStaffRequest(successor.username(), Role.SUPERVISOR, "Supervisor"));
    staff.accept(ent, successor.userId());
    String contractId = projects.get(s.projectId()).contractId();

    given()
        .auth()
        .oauth2(s.customerToken())
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "reason",
                "Supervisor replaced",
                "staff",
                List.of(
                    Map.of("role", "PROJECT_MANAGER", "userId", s.pm().userId()),
                    Map.of("role", "SUPERVISOR", "userId", successor.userId()))))
        .post("/api/contracts/" + contractId + "/amendments")
        .then()
        .statusCode(201);
    // An amendment still being drafted changes nobody's part.
    assertThat(access.rolesOf(projects.get(s.projectId()), s.supervisor().userId()))
        .containsExactly(Role.SUPERVISOR);
    assertThat(access.rolesOf(projects.get(s.projectId()), successor.userId())).isEmpty();

    String sha =
        given()
            .auth()
            .oauth2(s.customerToken())
            .get("/api/contracts/" + contractId + "/versions/2/document")
            .header(ContractResource.SHA_HEADER);
    for (UserAccount signer : List.of(s.customer(), s.deco().admin(), s.supervision().admin())) {
      given()
          .auth()
          .oauth2(TestUsers.token(signer))
          .contentType(ContentType.JSON)
          .body(Map.of("documentSha256", sha))
          .post("/api/contracts/" + contractId + "/versions/2/signatures")
          .then()
          .statusCode(200);
    }
    matrix.record(s.projectId(), 1, "AWAITING_SUPERVISOR", Duration.ZERO);

    sign(s.supervisorToken(), s.projectId(), 1)
        .then()
        .statusCode(403)
        .body("type", equalTo(P + "not-project-role"));
    sign(TestUsers.token(successor), s.projectId(), 1)
        .then()
        .statusCode(200)
        .body("state", equalTo("AWAITING_CUSTOMER"));
    assertThat(access.rolesOf(projects.get(s.projectId()), s.customer().userId()))
        .containsExactly(Role.HOMEOWNER);
  }

  private static Response sign(String token, String projectId, int seq) {
    return given()
        .auth()
        .oauth2(token)
        .post("/api/projects/" + projectId + "/stages/" + seq + "/acceptance/sign");
  }
}
