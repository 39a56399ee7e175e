package dev.sitehub.cloud.portal;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sitehub.cloud.BusinessFixtures;
import dev.sitehub.cloud.BusinessFixtures.Company;
import dev.sitehub.cloud.TestUsers;
import dev.sitehub.cloud.accounts.Role;
import dev.sitehub.cloud.enterprises.EnterpriseType;
import dev.sitehub.cloud.enterprises.LibraryQuery;
import dev.sitehub.cloud.enterprises.LibraryService;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The public pages over plain HTTP: the enterprise library and profiles (anyone may browse, in the
 * library's ranking order, with user content escaped), registration with its errors next to the
 * fields, sign-out by a plain form, and a stale session cookie leading to the sign-in page.
 */
@QuarkusTest
class PublicPagesTest {
  private static final Pattern CARD = Pattern.compile("data-enterprise-id=\"([^\"]+)\"");

  @Inject TestUsers users;
  @Inject BusinessFixtures business;
  @Inject LibraryService library;

  @Test
  void library_anonymous_listsVerifiedOfTypeAndCityInApiOrder() {
    String city = business.uniqueCity();
    Company a = business.company(EnterpriseType.DECORATION_COMPANY, city, true);
    Company b = business.company(EnterpriseType.DECORATION_COMPANY, city, true);
    Company design = business.company(EnterpriseType.DESIGN_COMPANY, city, true);
    Company pending = business.company(EnterpriseType.DECORATION_COMPANY, city, false);
    String html =
        given()
            .queryParam("type", "DECORATION_COMPANY")
            .queryParam("city", city)
            .get("/portal/enterprises")
            .then()
            .statusCode(200)
            .contentType("text/html")
            .extract()
            .asString();
    List<String> api =
        library
            .search(
                new LibraryQuery(
                    EnterpriseType.DECORATION_COMPANY, city, null, null, null, null, null, 0, 20))
            .items()
            .stream()
            .map(e -> e.enterpriseId())
            .toList();
    assertThat(cards(html)).containsExactlyElementsOf(api).contains(a.id(), b.id());
    assertThat(html).doesNotContain(design.id()).doesNotContain(pending.id());
  }

  @Test
  void library_specialtyKeyword_filters() {
    String city = business.uniqueCity();
    Company tiles =
        business.company(
            EnterpriseType.DECORATION_COMPANY,
            "Tiles " + UUID.randomUUID(),
            city,
            "",
            List.of("tiling"),
            2,
            true);
    Company paint =
        business.company(
            EnterpriseType.DECORATION_COMPANY,
            "Paint " + UUID.randomUUID(),
            city,
            "",
            List.of("painting"),
            2,
            true);
    String html =
        given()
            .queryParam("city", city)
            .queryParam("keyword", "Tiling")
            .get("/portal/enterprises")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    assertThat(cards(html)).containsExactly(tiles.id()).doesNotContain(paint.id());
  }

  @Test
  void library_nameWithMarkup_escaped() {
    String city = business.uniqueCity();
    business.company(
        EnterpriseType.DESIGN_COMPANY,
        "<script>alert(1)</script> Studio",
        city,
        "<b>Xuhui</b>",
        List.of("<i>x</i>"),
        3,
        true);
    String html =
        given().queryParam("city", city).get("/portal/enterprises").then().extract().asString();
    assertThat(html)
        .contains("&lt;script&gt;alert(1)&lt;/script&gt; Studio")
        .doesNotContain("<script>alert(1)")
        .doesNotContain("<b>Xuhui</b>")
        .doesNotContain("<i>x</i>");
  }

  @Test
  void profile_anonymous_showsRatingsAndStaffEscaped() {
    Company c =
        business.company(
            EnterpriseType.DECORATION_COMPANY,
            "<img src=x onerror=alert(1)> Deco",
            business.uniqueCity(),
            "",
            List.of(),
            3,
            true,
            Role.PROJECT_MANAGER);
    String html =
        given()
            .header("Accept-Language", "en")
            .get("/portal/enterprises/" + c.id())
            .then()
            .statusCode(200)
            .extract()
            .asString();
    assertThat(html)
        .contains("id=\"ratings\"")
        .contains("No ratings yet")
        .contains("Project manager")
        .contains(c.staff().get(Role.PROJECT_MANAGER).displayName())
        .contains("&lt;img src=x onerror=alert(1)&gt; Deco")
        .doesNotContain("<img src=x");
  }

  @Test
  void profile_unverifiedToAnonymous_404Page() {
    Company c = business.company(EnterpriseType.DESIGN_COMPANY, business.uniqueCity(), false);
    String html =
        given()
            .get("/portal/enterprises/" + c.id())
            .then()
            .statusCode(404)
            .contentType("text/html")
            .extract()
            .asString();
    assertThat(html).contains("id=\"error\"").doesNotContain(c.enterprise().name());
  }

  @Test
  void register_valid_201ThenSignInWorks() {
    String email = "p" + UUID.randomUUID().toString().substring(0, 10) + "@example.com";
    String html =
        given()
            .contentType(ContentType.URLENC)
            .formParam("contact", email)
            .formParam("password", "long-enough-1")
            .formParam("displayName", "Wang")
            .post("/portal/register")
            .then()
            .statusCode(201)
            .extract()
            .asString();
    assertThat(html).contains("id=\"registered\"").contains(email);
    given()
        .redirects()
        .follow(false)
        .contentType(ContentType.URLENC)
        .formParam("username", email)
        .formParam("password", "long-enough-1")
        .post("/portal/sign-in")
        .then()
        .statusCode(303);
  }

  @Test
  void register_badContact_422ErrorNextToContactInEnglish() {
    String html =
        given()
            .header("Accept-Language", "en")
            .contentType(ContentType.URLENC)
            .formParam("contact", "<b>not-a-contact</b>")
            .formParam("password", "long-enough-1")
            .post("/portal/register")
            .then()
            .statusCode(422)
            .extract()
            .asString();
    assertThat(html)
        .contains("id=\"contact-error\"")
        .contains("Enter an e-mail address or a mainland mobile number")
        .contains("aria-describedby=\"contact-error\"")
        .contains("value=\"&lt;b&gt;not-a-contact&lt;/b&gt;\"")
        .doesNotContain("id=\"password-error\"");
  }

  @Test
  void register_shortPassword_422ErrorNextToPasswordInChinese() {
    String html =
        given()
            .contentType(ContentType.URLENC)
            .formParam("contact", "13812345678")
            .formParam("password", "short")
            .post("/portal/register")
            .then()
            .statusCode(422)
            .extract()
            .asString();
    assertThat(html).contains("id=\"password-error\"").contains("密码至少需要 8 位。");
  }

  @Test
  void register_takenContact_409ErrorNextToContact() {
    String phone = "139" + String.format("%08d", (long) (Math.random() * 99_999_999));
    given()
        .contentType(ContentType.URLENC)
        .formParam("contact", phone)
        .formParam("password", "long-enough-1")
        .post("/portal/register")
        .then()
        .statusCode(201);
    String html =
        given()
            .header("Accept-Language", "en")
            .contentType(ContentType.URLENC)
            .formParam("contact", phone)
            .formParam("password", "long-enough-1")
            .post("/portal/register")
            .then()
            .statusCode(409)
            .extract()
            .asString();
    assertThat(html).contains("id=\"contact-error\"").contains("already registered");
  }

  @Test
  void register_emptyFields_422ErrorsNextToBoth() {
    String html =
        given()
            .contentType(ContentType.URLENC)
            .formParam("contact", " ")
            .post("/portal/register")
            .then()
            .statusCode(422)
            .extract()
            .asString();
    assertThat(html).contains("id=\"contact-error\"").contains("id=\"password-error\"");
  }

  @Test
  void signOut_plainFormWithCsrfField_clearsSessionAndRedirects() {
    PortalSession s = PortalSession.of(users.user(Role.HOMEOWNER));
    Response r =
        s.browser()
            .contentType(ContentType.URLENC)
            .formParam("_csrf", s.csrf())
            .post("/portal/sign-out");
    assertThat(r.statusCode()).isEqualTo(303);
    assertThat(r.getHeader("Location")).endsWith("/portal/login");
    assertThat(r.getDetailedCookie(PortalSession.COOKIE).getMaxAge()).isZero();
  }

  @Test
  void signOut_plainFormWithoutCsrf_403() {
    PortalSession s = PortalSession.of(users.user(Role.HOMEOWNER));
    s.browser()
        .contentType(ContentType.URLENC)
        .formParam("_csrf", "forged")
        .post("/portal/sign-out")
        .then()
        .statusCode(403);
  }

  @Test
  void staleSessionCookie_protectedPage_clearedThenSignInForm() {
    Response r =
        given()
            .redirects()
            .follow(false)
            .cookie(PortalSession.COOKIE, "not.a.valid-token")
            .get("/portal/home?x=1");
    assertThat(r.statusCode()).isEqualTo(303);
    assertThat(r.getHeader("Location")).endsWith("/portal/home?x=1");
    assertThat(r.getDetailedCookie(PortalSession.COOKIE).getMaxAge()).isZero();
    String html =
        given()
            .redirects()
            .follow(false)
            .get("/portal/home")
            .then()
            .statusCode(401)
            .contentType("text/html")
            .extract()
            .asString();
    assertThat(html).contains("id=\"login-form\"");
  }

  @Test
  void staleSessionCookie_postOnPortal_signInFormNotProblemJson() {
    Response r =
        given()
            .redirects()
            .follow(false)
            .cookie(PortalSession.COOKIE, "not.a.valid-token")
            .contentType(ContentType.URLENC)
            .formParam("_csrf", "x")
            .post("/portal/sign-out");
    assertThat(r.statusCode()).isEqualTo(401);
    assertThat(r.contentType()).startsWith("text/html");
    assertThat(r.asString()).contains("id=\"login-form\"");
    assertThat(r.getDetailedCookie(PortalSession.COOKIE).getMaxAge()).isZero();
  }

  @Test
  void staleSessionCookie_api_keepsProblemJson401() {
    given()
        .cookie(PortalSession.COOKIE, "not.a.valid-token")
        .get("/api/enterprises")
        .then()
        .statusCode(401)
        .contentType("application/problem+json");
  }

  private static List<String> cards(String html) {
    Matcher m = CARD.matcher(html);
    List<String> out = new java.util.ArrayList<>();
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }
}
