package dev.sitehub.cloud.consultation;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import dev.sitehub.cloud.BusinessFixtures;
import dev.sitehub.cloud.BusinessFixtures.Company;
import dev.sitehub.cloud.TestUsers;
import dev.sitehub.cloud.accounts.Role;
import dev.sitehub.cloud.enterprises.EnterpriseType;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Verifies inquiries to several enterprises, thread permissions, status and response times. */
@QuarkusTest
class ConsultationTest {
  private static final String P = "https://sitehub.dev/problems/";
  @Inject BusinessFixtures fixtures;
  @Inject TestUsers users;
  @Inject AgroalDataSource db;

  private Company a;
  private Company b;
  private String customer;
  private String inquiryId;

  @BeforeEach
  void ask() {
    String city = fixtures.uniqueCity();
    a = fixtures.company(EnterpriseType.DECORATION_COMPANY, city, true, Role.PROJECT_MANAGER);
    b = fixtures.company(EnterpriseType.DESIGN_COMPANY, city, true, Role.DESIGNER);
    customer = TestUsers.token(users.user(Role.HOMEOWNER));
    inquiryId =
        given()
            .auth()
            .oauth2(customer)
            .contentType(ContentType.JSON)
            .body(
                Map.of(
                    "subject",
                    "90 m2 flat",
                    "body",
                    "How much for a full renovation?",
                    "enterpriseIds",
                    List.of(a.id(), b.id(), a.id())))
            .post("/api/inquiries")
            .then()
            .statusCode(201)
            .body("size()", equalTo(2))
            .body("status", equalTo(List.of("OPEN", "OPEN")))
            .extract()
            .path("[0].inquiryId");
  }

  private String thread(String enterpriseId) {
    return "/api/inquiries/" + inquiryId + "/threads/" + enterpriseId;
  }

  @Test
  void reply_enterpriseThenCustomer_statusFollowsTurns() {
    String pm = TestUsers.token(a.staff().get(Role.PROJECT_MANAGER));
    given()
        .auth()
        .oauth2(pm)
        .get("/api/enterprises/" + a.id() + "/inquiries?status=OPEN")
        .then()
        .statusCode(200)
        .body("inquiryId", org.hamcrest.Matchers.hasItem(inquiryId));
    given()
        .auth()
        .oauth2(pm)
        .contentType(ContentType.JSON)
        .body(Map.of("body", "About 150k yuan"))
        .post(thread(a.id()) + "/messages")
        .then()
        .statusCode(200)
        .body("status", equalTo("ANSWERED"))
        .body("messages.size()", equalTo(2))
        .body("messages[1].fromCustomer", equalTo(false));
    given()
        .auth()
        .oauth2(customer)
        .contentType(ContentType.JSON)
        .body(Map.of("body", "Including kitchen?"))
        .post(thread(a.id()) + "/messages")
        .then()
        .statusCode(200)
        .body("status", equalTo("OPEN"));
    given()
        .auth()
        .oauth2(customer)
        .post(thread(a.id()) + "/close")
        .then()
        .statusCode(200)
        .body("status", equalTo("CLOSED"));
    given()
        .auth()
        .oauth2(pm)
        .contentType(ContentType.JSON)
        .body(Map.of("body", "Yes"))
        .post(thread(a.id()) + "/messages")
        .then()
        .statusCode(409)
        .body("type", equalTo(P + "inquiry-closed"));
    // The other enterprise's thread is untouched.
    given()
        .auth()
        .oauth2(customer)
        .get(thread(b.id()))
        .then()
        .statusCode(200)
        .body("status", equalTo("OPEN"));
  }

  @Test
  void thread_outsiders_forbidden() {
    String otherCustomer = TestUsers.token(users.user(Role.HOMEOWNER));
    String designerOfB = TestUsers.token(b.staff().get(Role.DESIGNER));
    for (String outsider : List.of(otherCustomer, designerOfB)) {
      given()
          .auth()
          .oauth2(outsider)
          .get(thread(a.id()))
          .then()
          .statusCode(403)
          .body("type", equalTo(P + "not-in-conversation"));
      given()
          .auth()
          .oauth2(outsider)
          .contentType(ContentType.JSON)
          .body(Map.of("body", "hi"))
          .post(thread(a.id()) + "/messages")
          .then()
          .statusCode(403);
    }
    given()
        .auth()
        .oauth2(designerOfB)
        .get("/api/enterprises/" + a.id() + "/inquiries")
        .then()
        .statusCode(403)
        .body("type", equalTo(P + "not-in-conversation"));
    given().auth().oauth2(designerOfB).get(thread(b.id())).then().statusCode(200);
  }

  @Test
  void ask_unverifiedOrNoEnterprise_refused() {
    Company pending =
        fixtures.company(EnterpriseType.DECORATION_COMPANY, fixtures.uniqueCity(), false);
    given()
        .auth()
        .oauth2(customer)
        .contentType(ContentType.JSON)
        .body(Map.of("subject", "s", "body", "b", "enterpriseIds", List.of(pending.id())))
        .post("/api/inquiries")
        .then()
        .statusCode(409)
        .body("type", equalTo(P + "enterprise-not-verified"));
    given()
        .auth()
        .oauth2(customer)
        .contentType(ContentType.JSON)
        .body(Map.of("subject", "s", "body", "b", "enterpriseIds", List.of()))
        .post("/api/inquiries")
        .then()
        .statusCode(400)
        .body("type", equalTo(P + "invalid-recipients"));
    given()
        .auth()
        .oauth2(TestUsers.token(users.user(Role.SUPERVISOR)))
        .contentType(ContentType.JSON)
        .body(Map.of("subject", "s", "body", "b", "enterpriseIds", List.of(a.id())))
        .post("/api/inquiries")
        .then()
        .statusCode(403)
        .body("type", equalTo(P + "role-not-allowed"));
  }

  @Test
  void profile_responseStats_medianFirstReply() throws Exception {
    // The inquiry was asked two hours ago (test data), then answered now.
    try (Connection c = db.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "UPDATE inquiry_thread SET created_at = now() - interval '2 hours' WHERE inquiry_id = ?")) {
      ps.setString(1, inquiryId);
      ps.executeUpdate();
    }
    given()
        .auth()
        .oauth2(TestUsers.token(a.admin()))
        .contentType(ContentType.JSON)
        .body(Map.of("body", "Hello"))
        .post(thread(a.id()) + "/messages")
        .then()
        .statusCode(200);
    var stats =
        given()
            .auth()
            .oauth2(customer)
            .get("/api/enterprises/" + a.id())
            .then()
            .statusCode(200)
            .body("responses.inquiries", equalTo(1))
            .body("responses.answered", equalTo(1))
            .extract()
            .<Integer>path("responses.medianFirstReplySeconds");
    assertThat(stats).isBetween(7190, 7300);
    given()
        .auth()
        .oauth2(customer)
        .get("/api/enterprises/" + b.id())
        .then()
        .statusCode(200)
        .body("responses.answered", equalTo(0))
        .body("responses.responseRate", equalTo(0.0f));
  }
}
