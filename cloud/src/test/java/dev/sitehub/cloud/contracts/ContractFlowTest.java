package dev.sitehub.cloud.contracts;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;

import dev.sitehub.cloud.BusinessFixtures;
import dev.sitehub.cloud.BusinessFixtures.Company;
import dev.sitehub.cloud.TestUsers;
import dev.sitehub.cloud.accounts.Role;
import dev.sitehub.cloud.accounts.SiteMemberships;
import dev.sitehub.cloud.accounts.UserAccount;
import dev.sitehub.cloud.enterprises.EnterpriseType;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Verifies the contract lifecycle: draft, sign, sign, filed with a recomputable fingerprint and a
 * filing number, the project it creates, amendments, and every refusal with its problem type.
 */
@QuarkusTest
class ContractFlowTest {
  private static final String P = "https://sitehub.dev/problems/";
  @Inject BusinessFixtures fixtures;
  @Inject TestUsers users;
  @Inject SiteMemberships memberships;
  @Inject AgroalDataSource db;

  private UserAccount customer;
  private Company deco;
  private Company supervision;
  private String customerToken;
  private String decoToken;

  @BeforeEach
  void parties() {
    String city = fixtures.uniqueCity();
    customer = users.user(Role.HOMEOWNER);
    deco =
        fixtures.company(
            EnterpriseType.DECORATION_COMPANY, city, true, Role.PROJECT_MANAGER, Role.INSTALLER);
    supervision = fixtures.company(EnterpriseType.SUPERVISION_COMPANY, city, true, Role.SUPERVISOR);
    customerToken = TestUsers.token(customer);
    decoToken = TestUsers.token(deco.admin());
  }

  private Map<String, Object> terms() {
    Map<String, Object> t = new HashMap<>();
    t.put("siteName", "Flat 12A");
    t.put("siteAddress", "88 Huaihai Road");
    t.put("scope", "Full renovation: kitchen, bathroom, floors");
    t.put("totalFen", 25_000_000);
    t.put("startDate", "2026-12-01");
    t.put("endDate", "2027-03-31");
    t.put(
        "staff",
        List.of(
            Map.of(
                "role",
                "PROJECT_MANAGER",
                "userId",
                deco.staff().get(Role.PROJECT_MANAGER).userId()),
            Map.of("role", "INSTALLER", "userId", deco.staff().get(Role.INSTALLER).userId()),
            Map.of(
                "role",
                "SUPERVISOR",
                "userId",
                supervision.staff().get(Role.SUPERVISOR).userId())));
    return t;
  }

  private Map<String, Object> draftBody(Map<String, Object> terms) {
    Map<String, Object> b = new HashMap<>();
    b.put("decorationCompanyId", deco.id());
    b.put("supervisionCompanyId", supervision.id());
    b.put("terms", terms);
    return b;
  }

  private String draft() {
    return given()
        .auth()
        .oauth2(customerToken)
        .contentType(ContentType.JSON)
        .body(draftBody(terms()))
        .post("/api/contracts")
        .then()
        .statusCode(201)
        .body("status", equalTo("DRAFT"))
        .body("version", equalTo(1))
        .body("awaitingParties.size()", equalTo(3))
        .extract()
        .path("contractId");
  }

  private Response document(String token, String id, int version) {
    return given()
        .auth()
        .oauth2(token)
        .get("/api/contracts/" + id + "/versions/" + version + "/document");
  }

  private Response sign(String token, String id, int version, String sha) {
    return given()
        .auth()
        .oauth2(token)
        .header("User-Agent", "ContractFlowTest/1.0")
        .contentType(ContentType.JSON)
        .body(Map.of("documentSha256", sha))
        .post("/api/contracts/" + id + "/versions/" + version + "/signatures");
  }

  @Test
  void contract_draftSignSignSign_filedWithFingerprintAndProject() {
    String id = draft();
    Response doc = document(customerToken, id, 1);
    assertThat(doc.statusCode()).isEqualTo(200);
    assertThat(doc.contentType()).startsWith("text/html");
    String sha = doc.header(ContractResource.SHA_HEADER);
    assertThat(sha).isEqualTo(ContractDocument.fingerprint(doc.asString()));
    assertThat(doc.asString()).contains("¥250,000.00").contains("Flat 12A");

    sign(customerToken, id, 1, sha)
        .then()
        .statusCode(200)
        .body("status", equalTo("SIGNING"))
        .body("signatures[0].userAgent", equalTo("ContractFlowTest/1.0"))
        .body("signatures[0].ip", org.hamcrest.Matchers.notNullValue());
    sign(decoToken, id, 1, sha)
        .then()
        .statusCode(200)
        .body("status", equalTo("SIGNING"))
        .body("awaitingParties", equalTo(List.of("SUPERVISION_COMPANY:" + supervision.id())));
    Response filed = sign(TestUsers.token(supervision.admin()), id, 1, sha);
    filed
        .then()
        .statusCode(200)
        .body("status", equalTo("FILED"))
        .body("awaitingParties.size()", equalTo(0));

    String filingNumber = filed.path("filings[0].filingNumber");
    String fingerprint = filed.path("filings[0].fingerprint");
    assertThat(FilingNumber.isValid(filingNumber)).isTrue();
    // The filed bytes, fetched again, hash to the recorded fingerprint and to what each party
    // signed.
    Response archived = document(customerToken, id, 1);
    byte[] bytes = archived.asByteArray();
    assertThat(ContractDocument.fingerprint(new String(bytes, StandardCharsets.UTF_8)))
        .isEqualTo(fingerprint);
    assertThat(fingerprint).isEqualTo(sha);
    assertThat(filed.<List<String>>path("signatures.documentSha256")).containsOnly(sha).hasSize(3);

    String projectId = filed.path("projectId");
    assertThat(projectId).isNotNull();
    Response project = given().auth().oauth2(customerToken).get("/api/projects/" + projectId);
    project
        .then()
        .statusCode(200)
        .body("contractId", equalTo(id))
        .body("stages.size()", equalTo(4));
    assertThat(
            project.<List<Integer>>path("stages.amountFen").stream()
                .mapToLong(Integer::longValue)
                .sum())
        .isEqualTo(25_000_000L);
    String siteId = project.path("siteId");
    assertThat(memberships.isMember(siteId, deco.staff().get(Role.INSTALLER).userId())).isTrue();
    assertThat(memberships.isMember(siteId, customer.userId())).isTrue();
    // The installer reaches the new site through the sites API, ready to provision its box.
    given()
        .auth()
        .oauth2(TestUsers.token(deco.staff().get(Role.INSTALLER)))
        .get("/api/sites/" + siteId)
        .then()
        .statusCode(200)
        .body("address", equalTo("88 Huaihai Road"));
    // ...and can create the claim code its edge box provisions with (the devices feature).
    given()
        .auth()
        .oauth2(TestUsers.token(deco.staff().get(Role.INSTALLER)))
        .post("/api/sites/" + siteId + "/claims")
        .then()
        .statusCode(201)
        .body("code", org.hamcrest.Matchers.notNullValue());
  }

  @Test
  void contract_signingTwiceOrEditingSigned_conflicts() {
    String id = draft();
    String sha = document(customerToken, id, 1).header(ContractResource.SHA_HEADER);
    sign(customerToken, id, 1, sha).then().statusCode(200);
    sign(customerToken, id, 1, sha)
        .then()
        .statusCode(409)
        .body("type", equalTo(P + "already-signed"));
    given()
        .auth()
        .oauth2(decoToken)
        .contentType(ContentType.JSON)
        .body(Map.of("scope", "less"))
        .put("/api/contracts/" + id)
        .then()
        .statusCode(409)
        .body("type", equalTo(P + "contract-not-editable"));
    sign(decoToken, id, 1, "0".repeat(64))
        .then()
        .statusCode(409)
        .body("type", equalTo(P + "document-mismatch"));
    sign(decoToken, id, 1, "not-a-hash")
        .then()
        .statusCode(400)
        .body("type", equalTo(P + "invalid-signature"));
    given()
        .auth()
        .oauth2(decoToken)
        .contentType(ContentType.JSON)
        .body(Map.of("reason", "x"))
        .post("/api/contracts/" + id + "/amendments")
        .then()
        .statusCode(409)
        .body("type", equalTo(P + "contract-not-filed"));
  }

  @Test
  void contract_editDraft_changesDocumentHash() {
    String id = draft();
    String before = document(customerToken, id, 1).header(ContractResource.SHA_HEADER);
    given()
        .auth()
        .oauth2(decoToken)
        .contentType(ContentType.JSON)
        .body(Map.of("totalFen", 26_000_000))
        .put("/api/contracts/" + id)
        .then()
        .statusCode(200)
        .body("terms.totalFen", equalTo(26_000_000));
    String after = document(customerToken, id, 1).header(ContractResource.SHA_HEADER);
    assertThat(after).isNotEqualTo(before);
    sign(customerToken, id, 1, before)
        .then()
        .statusCode(409)
        .body("type", equalTo(P + "document-mismatch"));
  }

  @Test
  void contract_nonParty_cannotReadSignOrSeeProject() {
    String id = draft();
    String stranger = TestUsers.token(users.user(Role.HOMEOWNER));
    Company rival =
        fixtures.company(
            EnterpriseType.DECORATION_COMPANY, fixtures.uniqueCity(), true, Role.PROJECT_MANAGER);
    String sha = document(customerToken, id, 1).header(ContractResource.SHA_HEADER);
    for (String token :
        List.of(
            stranger,
            TestUsers.token(rival.admin()),
            TestUsers.token(rival.staff().get(Role.PROJECT_MANAGER)))) {
      given()
          .auth()
          .oauth2(token)
          .get("/api/contracts/" + id)
          .then()
          .statusCode(403)
          .body("type", equalTo(P + "not-a-contract-party"));
      document(token, id, 1).then().statusCode(403);
      sign(token, id, 1, sha)
          .then()
          .statusCode(403)
          .body("type", equalTo(P + "not-a-contract-party"));
    }
    // Party staff may read but not sign for their company; only its admin signs.
    String pm = TestUsers.token(deco.staff().get(Role.PROJECT_MANAGER));
    given().auth().oauth2(pm).get("/api/contracts/" + id).then().statusCode(200);
    sign(pm, id, 1, sha).then().statusCode(403);
    given()
        .auth()
        .oauth2(TestUsers.token(users.user(Role.OPERATOR)))
        .get("/api/contracts/" + id)
        .then()
        .statusCode(200);
    given().get("/api/contracts/" + id).then().statusCode(401);
  }

  @Test
  void contract_invalidDrafts_eachTypedProblem() {
    Map<String, Object> wrongType = draftBody(terms());
    wrongType.put("designCompanyId", supervision.id());
    wrongType.remove("supervisionCompanyId");
    expect(wrongType, 400, "wrong-enterprise-type");

    Company pending =
        fixtures.company(EnterpriseType.DECORATION_COMPANY, fixtures.uniqueCity(), false);
    Map<String, Object> unverified = draftBody(terms());
    unverified.put("decorationCompanyId", pending.id());
    expect(unverified, 409, "enterprise-not-verified");

    Map<String, Object> t = terms();
    t.put(
        "stages",
        List.of(Map.of("name", "start", "shareBp", 5000), Map.of("name", "end", "shareBp", 4000)));
    expect(draftBody(t), 400, "shares-not-100-percent");

    Map<String, Object> noPm = terms();
    noPm.put("staff", List.of());
    expect(draftBody(noPm), 400, "project-manager-required");

    Map<String, Object> foreignStaff = terms();
    foreignStaff.put(
        "staff", List.of(Map.of("role", "PROJECT_MANAGER", "userId", customer.userId())));
    expect(draftBody(foreignStaff), 400, "staff-not-in-party");

    Map<String, Object> wrongRole = terms();
    wrongRole.put(
        "staff",
        List.of(
            Map.of(
                "role", "PROJECT_MANAGER", "userId", deco.staff().get(Role.INSTALLER).userId())));
    expect(draftBody(wrongRole), 400, "staff-role-mismatch");

    Map<String, Object> dates = terms();
    dates.put("endDate", "2026-01-01");
    expect(draftBody(dates), 400, "invalid-dates");

    Map<String, Object> fractional = terms();
    fractional.put("totalFen", -5);
    expect(draftBody(fractional), 400, "invalid-total");
  }

  private void expect(Map<String, Object> body, int status, String type) {
    given()
        .auth()
        .oauth2(customerToken)
        .contentType(ContentType.JSON)
        .body(body)
        .post("/api/contracts")
        .then()
        .statusCode(status)
        .body("type", equalTo(P + type));
  }

  @Test
  void amendment_afterFiling_versionedResignedAndFiled() {
    String id = draft();
    String sha1 = document(customerToken, id, 1).header(ContractResource.SHA_HEADER);
    String supToken = TestUsers.token(supervision.admin());
    for (String t : List.of(customerToken, decoToken, supToken)) {
      sign(t, id, 1, sha1).then().statusCode(200);
    }
    given()
        .auth()
        .oauth2(customerToken)
        .contentType(ContentType.JSON)
        .body(Map.of("scope", "x"))
        .put("/api/contracts/" + id)
        .then()
        .statusCode(409)
        .body("type", equalTo(P + "contract-not-editable"));
    given()
        .auth()
        .oauth2(decoToken)
        .contentType(ContentType.JSON)
        .body(Map.of("totalFen", 27_000_000))
        .post("/api/contracts/" + id + "/amendments")
        .then()
        .statusCode(400)
        .body("type", equalTo(P + "invalid-reason"));
    given()
        .auth()
        .oauth2(decoToken)
        .contentType(ContentType.JSON)
        .body(Map.of("totalFen", 27_000_000, "reason", "Add balcony waterproofing"))
        .post("/api/contracts/" + id + "/amendments")
        .then()
        .statusCode(201)
        .body("version", equalTo(2))
        .body("status", equalTo("DRAFT"));
    Response doc2 = document(customerToken, id, 2);
    assertThat(doc2.asString()).contains("Add balcony waterproofing").contains("¥270,000.00");
    String sha2 = doc2.header(ContractResource.SHA_HEADER);
    sign(customerToken, id, 1, sha1)
        .then()
        .statusCode(409)
        .body("type", equalTo(P + "already-signed"));
    for (String t : List.of(customerToken, decoToken)) {
      sign(t, id, 2, sha2).then().statusCode(200).body("status", equalTo("SIGNING"));
    }
    Response filed = sign(supToken, id, 2, sha2);
    filed
        .then()
        .statusCode(200)
        .body("status", equalTo("FILED"))
        .body("filings.size()", equalTo(2));
    List<String> numbers = filed.path("filings.filingNumber");
    assertThat(numbers).doesNotHaveDuplicates().allMatch(FilingNumber::isValid);
    // Version 1 stays exactly as filed; the project follows the amended plan.
    assertThat(ContractDocument.fingerprint(document(customerToken, id, 1).asString()))
        .isEqualTo(sha1);
    String projectId = filed.path("projectId");
    List<Integer> amounts =
        given()
            .auth()
            .oauth2(customerToken)
            .get("/api/projects/" + projectId)
            .then()
            .statusCode(200)
            .extract()
            .path("stages.amountFen");
    assertThat(amounts.stream().mapToLong(Integer::longValue).sum()).isEqualTo(27_000_000L);
  }

  @Test
  void filedVersion_databaseRefusesChanges() throws SQLException {
    String id = draft();
    String sha = document(customerToken, id, 1).header(ContractResource.SHA_HEADER);
    for (String t : List.of(customerToken, decoToken, TestUsers.token(supervision.admin()))) {
      sign(t, id, 1, sha).then().statusCode(200);
    }
    try (Connection c = db.getConnection();
        var st = c.createStatement()) {
      assertThatThrownBy(
              () ->
                  st.executeUpdate(
                      "UPDATE contract_version SET document = 'forged' WHERE contract_id = '"
                          + id
                          + "'"))
          .isInstanceOf(SQLException.class)
          .hasMessageContaining("immutable");
    }
  }
}
