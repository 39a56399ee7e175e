package dev.sitehub.cloud.portal;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sitehub.cloud.LifecycleFixtures;
import dev.sitehub.cloud.LifecycleFixtures.Draft;
import dev.sitehub.cloud.TestUsers;
import dev.sitehub.cloud.accounts.Role;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The contract signing page over HTTP: terms in yuan and the fingerprint, the homeowner's
 * signature, refusals in the user's language, filing, escaping, CSRF and outsiders.
 */
@QuarkusTest
class ContractPageTest {
  static final long TOTAL_FEN = 10_000_000L;

  @Inject LifecycleFixtures fixtures;
  @Inject TestUsers users;

  private static String page(Draft d) {
    return "/portal/contracts/" + d.contractId();
  }

  private static Map<String, Object> api(Draft d) {
    return given()
        .auth()
        .oauth2(d.customerToken())
        .get("/api/contracts/" + d.contractId())
        .then()
        .statusCode(200)
        .extract()
        .as(Map.class);
  }

  @Test
  void page_customer_showsTermsInYuanFingerprintAndEscapedScope() {
    Draft d = fixtures.draft(TOTAL_FEN, "<script>alert(1)</script> kitchen");
    String sha = (String) api(d).get("documentSha256");
    String html =
        PortalSession.of(d.customer())
            .browser()
            .header("Accept-Language", "en")
            .get(page(d))
            .then()
            .statusCode(200)
            .contentType("text/html")
            .extract()
            .asString();
    assertThat(html)
        .contains("&lt;script&gt;alert(1)&lt;/script&gt; kitchen")
        .doesNotContain("<script>alert")
        .contains("¥100,000.00")
        .contains("<td>30 %</td><td>¥30,000.00</td>")
        .contains("id=\"contract-fingerprint\">" + sha + "<")
        .contains("name=\"sha\" value=\"" + sha + "\"")
        .contains("id=\"sign-contract\"")
        .doesNotContain("id=\"filing-number\"");
  }

  @Test
  void sign_customerThenParties_signedAndFiledWithNumber() {
    Draft d = fixtures.draft(TOTAL_FEN, "Kitchen");
    String sha = (String) api(d).get("documentSha256");
    PortalSession owner = PortalSession.of(d.customer());
    String html =
        owner
            .htmx()
            .header("Accept-Language", "en")
            .formParam("version", 1)
            .formParam("sha", sha)
            .post(page(d) + "/sign")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    assertThat(html)
        .contains("id=\"contract-signed\"")
        .contains("data-status=\"SIGNING\"")
        .doesNotContain("id=\"sign-contract\"");
    @SuppressWarnings("unchecked")
    List<String> awaiting = (List<String>) api(d).get("awaitingParties");
    assertThat(awaiting).noneMatch(k -> k.startsWith("CUSTOMER:"));
    for (var admin : List.of(d.deco().admin(), d.supervision().admin())) {
      given()
          .auth()
          .oauth2(TestUsers.token(admin))
          .contentType(ContentType.JSON)
          .body(Map.of("documentSha256", sha))
          .post("/api/contracts/" + d.contractId() + "/versions/1/signatures")
          .then()
          .statusCode(200);
    }
    String filed = owner.browser().get(page(d)).then().statusCode(200).extract().asString();
    assertThat(filed).contains("data-status=\"FILED\"").contains("id=\"filing-number\">");
  }

  @Test
  void sign_twiceOrStaleFingerprint_409MessageInUsersLanguage() {
    Draft d = fixtures.draft(TOTAL_FEN, "Kitchen");
    String sha = (String) api(d).get("documentSha256");
    PortalSession owner = PortalSession.of(d.customer());
    String stale =
        owner
            .htmx()
            .header("Accept-Language", "en")
            .formParam("version", 1)
            .formParam("sha", "0".repeat(64))
            .post(page(d) + "/sign")
            .then()
            .statusCode(409)
            .extract()
            .asString();
    assertThat(stale)
        .contains("The document changed since you read it. Please read it again and sign.");
    owner.htmx().formParam("version", 1).formParam("sha", sha).post(page(d) + "/sign");
    String twice =
        owner
            .htmx()
            .header("Accept-Language", "zh-CN")
            .formParam("version", 1)
            .formParam("sha", sha)
            .post(page(d) + "/sign")
            .then()
            .statusCode(409)
            .extract()
            .asString();
    assertThat(twice).contains("id=\"contract-error\">您一方已签署此版本。</p>");
  }

  @Test
  void page_otherHomeownerOrNoCsrf_403AndNothingSigned() {
    Draft d = fixtures.draft(TOTAL_FEN, "Kitchen");
    String sha = (String) api(d).get("documentSha256");
    PortalSession other = PortalSession.of(users.user(Role.HOMEOWNER));
    String html = other.browser().get(page(d)).then().statusCode(403).extract().asString();
    assertThat(html).contains("id=\"forbidden\"").doesNotContain("Sim flat");
    other
        .htmx()
        .formParam("version", 1)
        .formParam("sha", sha)
        .post(page(d) + "/sign")
        .then()
        .statusCode(403);
    PortalSession.of(d.customer())
        .browser()
        .formParam("version", 1)
        .formParam("sha", sha)
        .post(page(d) + "/sign")
        .then()
        .statusCode(403);
    @SuppressWarnings("unchecked")
    List<String> awaiting = (List<String>) api(d).get("awaitingParties");
    assertThat(awaiting).anyMatch(k -> k.startsWith("CUSTOMER:"));
  }
}
