package dev.sitehub.cloud.enterprises;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import dev.sitehub.cloud.BusinessFixtures;
import dev.sitehub.cloud.TestUsers;
import dev.sitehub.cloud.accounts.Role;
import dev.sitehub.cloud.accounts.UserAccount;
import dev.sitehub.cloud.common.Ids;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Verifies registration by contact, enterprise registration, the operator's verdict and staff. */
@QuarkusTest
class EnterpriseVerificationTest {
  private static final String P = "https://sitehub.dev/problems/";
  @Inject TestUsers users;
  @Inject BusinessFixtures fixtures;
  @Inject Ids ids;
  @Inject EnterpriseService enterprises;

  private String registerPerson() {
    String email = "p-" + ids.randomText(10) + "@Example.COM";
    given()
        .contentType(ContentType.JSON)
        .body(Map.of("email", email, "password", TestUsers.PASSWORD, "displayName", "Zhang"))
        .post("/api/registrations")
        .then()
        .statusCode(201)
        .body("username", equalTo(email.toLowerCase()))
        .body("roles[0]", equalTo("HOMEOWNER"));
    return given()
        .contentType(ContentType.JSON)
        .body(Map.of("username", email.toLowerCase(), "password", TestUsers.PASSWORD))
        .post("/api/auth/token")
        .then()
        .statusCode(200)
        .extract()
        .path("token");
  }

  private Map<String, Object> draft(String creditCode, String city) {
    return Map.of(
        "type",
        "DECORATION_COMPANY",
        "name",
        "Good Build " + ids.randomText(4),
        "creditCode",
        creditCode,
        "city",
        city,
        "district",
        "Xuhui",
        "specialties",
        List.of("Kitchen", "bathroom"),
        "priceBand",
        3);
  }

  @Test
  void registration_emailOrPhone_normalisedAndUnique() {
    String phone = "139" + (10_000_000 + (int) (Math.random() * 89_999_999));
    given()
        .contentType(ContentType.JSON)
        .body(Map.of("phone", "+86 " + phone, "password", TestUsers.PASSWORD))
        .post("/api/registrations")
        .then()
        .statusCode(201)
        .body("username", equalTo(phone));
    given()
        .contentType(ContentType.JSON)
        .body(Map.of("phone", phone, "password", TestUsers.PASSWORD))
        .post("/api/registrations")
        .then()
        .statusCode(409)
        .body("type", equalTo(P + "contact-taken"));
    given()
        .contentType(ContentType.JSON)
        .body(Map.of("phone", "12345", "password", TestUsers.PASSWORD))
        .post("/api/registrations")
        .then()
        .statusCode(400)
        .body("type", equalTo(P + "invalid-phone"));
    given()
        .contentType(ContentType.JSON)
        .body(Map.of("email", "a@b.cn", "phone", phone, "password", TestUsers.PASSWORD))
        .post("/api/registrations")
        .then()
        .statusCode(400)
        .body("type", equalTo(P + "invalid-contact"));
    given()
        .contentType(ContentType.JSON)
        .body(Map.of("email", "not-an-email", "password", TestUsers.PASSWORD))
        .post("/api/registrations")
        .then()
        .statusCode(400)
        .body("type", equalTo(P + "invalid-email"));
  }

  @Test
  void register_badCreditCodeOrType_typedProblems() {
    String token = registerPerson();
    Map<String, Object> bad =
        new java.util.HashMap<>(draft("91350100M000100Y44", fixtures.uniqueCity()));
    given()
        .auth()
        .oauth2(token)
        .contentType(ContentType.JSON)
        .body(bad)
        .post("/api/enterprises")
        .then()
        .statusCode(400)
        .body("type", equalTo(P + "invalid-credit-code"));
    bad.put("creditCode", fixtures.creditCode());
    bad.put("type", "BANK");
    given()
        .auth()
        .oauth2(token)
        .contentType(ContentType.JSON)
        .body(bad)
        .post("/api/enterprises")
        .then()
        .statusCode(400);
    bad.remove("type");
    given()
        .auth()
        .oauth2(token)
        .contentType(ContentType.JSON)
        .body(bad)
        .post("/api/enterprises")
        .then()
        .statusCode(400)
        .body("type", equalTo(P + "invalid-enterprise-type"));
  }

  @Test
  void verification_fullFlow_pendingRejectedThenVerifiedAndListed() {
    String city = fixtures.uniqueCity();
    String admin = registerPerson();
    String id =
        given()
            .auth()
            .oauth2(admin)
            .contentType(ContentType.JSON)
            .body(draft(fixtures.creditCode(), city))
            .post("/api/enterprises")
            .then()
            .statusCode(201)
            .body("status", equalTo("PENDING"))
            .extract()
            .path("enterpriseId");
    String customer = TestUsers.token(users.user(Role.HOMEOWNER));
    String operator = TestUsers.token(users.user(Role.OPERATOR));

    // Pending enterprises are neither listed nor visible to customers.
    given()
        .auth()
        .oauth2(customer)
        .queryParam("city", city)
        .get("/api/enterprises")
        .then()
        .statusCode(200)
        .body("total", equalTo(0));
    given()
        .auth()
        .oauth2(customer)
        .get("/api/enterprises/" + id)
        .then()
        .statusCode(404)
        .body("type", equalTo(P + "enterprise-not-found"));
    assertThat(
            given()
                .auth()
                .oauth2(operator)
                .get("/api/enterprises/pending")
                .then()
                .statusCode(200)
                .extract()
                .<List<String>>path("enterpriseId"))
        .contains(id);

    // Verifying without a business licence is refused.
    given()
        .auth()
        .oauth2(operator)
        .contentType(ContentType.JSON)
        .body(Map.of("decision", "VERIFIED"))
        .post("/api/enterprises/" + id + "/verification")
        .then()
        .statusCode(409)
        .body("type", equalTo(P + "certificate-missing"));

    // An executable renamed to .pdf is refused by content; a real PDF is stored.
    given()
        .auth()
        .oauth2(admin)
        .contentType("application/pdf")
        .body(new byte[] {0x7F, 'E', 'L', 'F', 2, 1})
        .queryParam("kind", "BUSINESS_LICENCE")
        .queryParam("fileName", "licence.pdf")
        .post("/api/enterprises/" + id + "/certificates")
        .then()
        .statusCode(415)
        .body("type", equalTo(P + "attachment-type-not-allowed"));
    given()
        .auth()
        .oauth2(customer)
        .contentType("application/pdf")
        .body(BusinessFixtures.PDF)
        .queryParam("kind", "BUSINESS_LICENCE")
        .post("/api/enterprises/" + id + "/certificates")
        .then()
        .statusCode(403)
        .body("type", equalTo(P + "not-enterprise-admin"));
    String cert =
        given()
            .auth()
            .oauth2(admin)
            .contentType("application/pdf")
            .body(BusinessFixtures.PDF)
            .queryParam("kind", "BUSINESS_LICENCE")
            .queryParam("fileName", "licence.pdf")
            .post("/api/enterprises/" + id + "/certificates")
            .then()
            .statusCode(201)
            .body("mediaType", equalTo("application/pdf"))
            .extract()
            .path("certificateId");
    byte[] back =
        given()
            .auth()
            .oauth2(operator)
            .get("/api/enterprises/" + id + "/certificates/" + cert)
            .then()
            .statusCode(200)
            .extract()
            .asByteArray();
    assertThat(back).isEqualTo(BusinessFixtures.PDF);
    given()
        .auth()
        .oauth2(customer)
        .get("/api/enterprises/" + id + "/certificates/" + cert)
        .then()
        .statusCode(403);

    // Only operators decide; rejecting needs a reason, which the enterprise then sees.
    given()
        .auth()
        .oauth2(customer)
        .contentType(ContentType.JSON)
        .body(Map.of("decision", "VERIFIED"))
        .post("/api/enterprises/" + id + "/verification")
        .then()
        .statusCode(403)
        .body("type", equalTo(P + "role-not-allowed"));
    given()
        .auth()
        .oauth2(operator)
        .contentType(ContentType.JSON)
        .body(Map.of("decision", "REJECTED"))
        .post("/api/enterprises/" + id + "/verification")
        .then()
        .statusCode(400)
        .body("type", equalTo(P + "rejection-reason-required"));
    given()
        .auth()
        .oauth2(operator)
        .contentType(ContentType.JSON)
        .body(Map.of("decision", "REJECTED", "reason", "licence is blurred"))
        .post("/api/enterprises/" + id + "/verification")
        .then()
        .statusCode(200)
        .body("status", equalTo("REJECTED"));
    given()
        .auth()
        .oauth2(admin)
        .get("/api/enterprises/" + id)
        .then()
        .statusCode(200)
        .body("enterprise.statusReason", equalTo("licence is blurred"));

    given()
        .auth()
        .oauth2(operator)
        .contentType(ContentType.JSON)
        .body(Map.of("decision", "VERIFIED"))
        .post("/api/enterprises/" + id + "/verification")
        .then()
        .statusCode(200)
        .body("status", equalTo("VERIFIED"));
    given()
        .auth()
        .oauth2(customer)
        .queryParam("city", city)
        .get("/api/enterprises")
        .then()
        .statusCode(200)
        .body("total", equalTo(1))
        .body("items[0].enterpriseId", equalTo(id))
        .body("items[0].specialties", equalTo(List.of("kitchen", "bathroom")));
  }

  @Test
  void register_sameCreditCodeTwice_conflict() {
    String code = fixtures.creditCode();
    String city = fixtures.uniqueCity();
    given()
        .auth()
        .oauth2(registerPerson())
        .contentType(ContentType.JSON)
        .body(draft(code, city))
        .post("/api/enterprises")
        .then()
        .statusCode(201);
    given()
        .auth()
        .oauth2(registerPerson())
        .contentType(ContentType.JSON)
        .body(draft(code, city))
        .post("/api/enterprises")
        .then()
        .statusCode(409)
        .body("type", equalTo(P + "enterprise-already-registered"));
  }

  /**
   * Issue 17: a self-registered user registered an enterprise (still PENDING), invited a second
   * account as staff, and that account's next token carried the staff role with no operator ever
   * looking. The role now comes only with the operator's verification of the enterprise.
   */
  @Test
  void staffOfPendingEnterprise_getTheirRoleOnlyWhenTheOperatorVerifies() {
    BusinessFixtures.Company pending =
        fixtures.company(
            EnterpriseType.SUPERVISION_COMPANY, fixtures.uniqueCity(), false, Role.SUPERVISOR);
    UserAccount supervisor = pending.staff().get(Role.SUPERVISOR);
    assertThat(roles(supervisor)).doesNotContain("SUPERVISOR");

    enterprises.addCertificate(
        pending.id(),
        pending.admin().userId(),
        CertificateKind.BUSINESS_LICENCE,
        "licence.pdf",
        null,
        BusinessFixtures.PDF);
    enterprises.decide(
        pending.id(), new VerificationDecision(EnterpriseStatus.VERIFIED, null), null);

    assertThat(roles(supervisor)).contains("SUPERVISOR");
  }

  private static List<String> roles(UserAccount user) {
    return given()
        .auth()
        .oauth2(TestUsers.token(user))
        .get("/api/me")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getList("roles", String.class);
  }

  @Test
  void staff_inviteAcceptAndOneEnterpriseEach() {
    BusinessFixtures.Company deco =
        fixtures.company(EnterpriseType.DECORATION_COMPANY, fixtures.uniqueCity(), true);
    BusinessFixtures.Company other =
        fixtures.company(EnterpriseType.SUPERVISION_COMPANY, fixtures.uniqueCity(), true);
    UserAccount person = users.user(Role.HOMEOWNER);
    String admin = TestUsers.token(deco.admin());

    given()
        .auth()
        .oauth2(admin)
        .contentType(ContentType.JSON)
        .body(Map.of("username", person.username(), "role", "SUPERVISOR"))
        .post("/api/enterprises/" + deco.id() + "/staff")
        .then()
        .statusCode(400)
        .body("type", equalTo(P + "role-not-offered"));
    given()
        .auth()
        .oauth2(TestUsers.token(person))
        .contentType(ContentType.JSON)
        .body(Map.of("username", person.username(), "role", "PROJECT_MANAGER"))
        .post("/api/enterprises/" + deco.id() + "/staff")
        .then()
        .statusCode(403)
        .body("type", equalTo(P + "not-enterprise-admin"));
    given()
        .auth()
        .oauth2(admin)
        .contentType(ContentType.JSON)
        .body(
            Map.of("username", person.username(), "role", "PROJECT_MANAGER", "title", "Senior PM"))
        .post("/api/enterprises/" + deco.id() + "/staff")
        .then()
        .statusCode(201)
        .body("active", equalTo(false));
    given()
        .auth()
        .oauth2(TestUsers.token(other.admin()))
        .contentType(ContentType.JSON)
        .body(Map.of("username", person.username(), "role", "SUPERVISOR"))
        .post("/api/enterprises/" + other.id() + "/staff")
        .then()
        .statusCode(409)
        .body("type", equalTo(P + "already-in-an-enterprise"));
    given()
        .auth()
        .oauth2(TestUsers.token(person))
        .post("/api/enterprises/" + other.id() + "/staff/accept")
        .then()
        .statusCode(403)
        .body("type", equalTo(P + "not-invited"));
    given()
        .auth()
        .oauth2(TestUsers.token(person))
        .post("/api/enterprises/" + deco.id() + "/staff/accept")
        .then()
        .statusCode(200)
        .body("active", equalTo(true));

    // The role is granted: a fresh token carries it, and the profile lists the person.
    given()
        .auth()
        .oauth2(TestUsers.token(person))
        .get("/api/me")
        .then()
        .statusCode(200)
        .body("roles", org.hamcrest.Matchers.hasItem("PROJECT_MANAGER"));
    given()
        .auth()
        .oauth2(admin)
        .get("/api/enterprises/" + deco.id())
        .then()
        .statusCode(200)
        .body("staff.find { it.userId == '" + person.userId() + "' }.title", equalTo("Senior PM"));
    // An admin cannot register a second enterprise.
    given()
        .auth()
        .oauth2(admin)
        .contentType(ContentType.JSON)
        .body(draft(fixtures.creditCode(), "x"))
        .post("/api/enterprises")
        .then()
        .statusCode(409)
        .body("type", equalTo(P + "already-in-an-enterprise"));
  }
}
