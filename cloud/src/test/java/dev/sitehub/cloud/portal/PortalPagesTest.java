package dev.sitehub.cloud.portal;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sitehub.cloud.TestUsers;
import dev.sitehub.cloud.accounts.Role;
import dev.sitehub.cloud.accounts.UserAccount;
import dev.sitehub.cloud.devices.DeviceService;
import dev.sitehub.cloud.sites.CreateSiteRequest;
import dev.sitehub.cloud.sites.Site;
import dev.sitehub.cloud.sites.SiteService;
import dev.sitehub.protocol.message.ProvisionRequest;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The portal's pages over plain HTTP: language choice, sign-in errors next to their fields, the 401
 * sign-in and 403 pages, escaping of user content, CSRF on forms, and the installer actions.
 */
@QuarkusTest
class PortalPagesTest {
  @Inject TestUsers users;
  @Inject SiteService sites;
  @Inject DeviceService devices;

  @Test
  void loginPage_noPreference_chineseByDefault() {
    String html = given().get("/portal/login").then().statusCode(200).extract().asString();
    assertThat(html).contains("<html lang=\"zh-CN\">").contains("登录 SiteHub");
  }

  @Test
  void loginPage_acceptLanguageEnglish_english() {
    String html =
        given()
            .header("Accept-Language", "en-GB,en;q=0.9,zh;q=0.5")
            .get("/portal/login")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    assertThat(html).contains("<html lang=\"en\">").contains("Sign in to SiteHub");
  }

  @Test
  void languageCookie_overridesAcceptLanguage() {
    String html =
        given()
            .header("Accept-Language", "en")
            .cookie(PortalLocales.COOKIE, "zh-CN")
            .get("/portal/login")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    assertThat(html).contains("<html lang=\"zh-CN\">");
  }

  @Test
  void languageSwitch_english_remembersInCookieAndReturnsToPage() {
    Response r = given().redirects().follow(false).get("/portal/lang/en?next=/portal/sites/abc-1");
    assertThat(r.statusCode()).isEqualTo(303);
    assertThat(r.getHeader("Location")).endsWith("/portal/sites/abc-1");
    assertThat(r.getCookie(PortalLocales.COOKIE)).isEqualTo("en");
  }

  @Test
  void languageSwitch_foreignNext_goesHomeInstead() {
    Response r =
        given().redirects().follow(false).get("/portal/lang/en?next=https://evil.example/x");
    assertThat(r.statusCode()).isEqualTo(303);
    assertThat(r.getHeader("Location")).endsWith("/portal/home").doesNotContain("evil");
  }

  @Test
  void languageSwitch_unknownLanguage_400Page() {
    given().get("/portal/lang/fr").then().statusCode(400).contentType("text/html");
  }

  @Test
  void signIn_emptyFields_422WithErrorNextToEachField() {
    String html =
        given()
            .header("Accept-Language", "zh-CN")
            .formParam("username", "")
            .formParam("password", "")
            .post("/portal/sign-in")
            .then()
            .statusCode(422)
            .extract()
            .asString();
    assertThat(html)
        .contains("aria-describedby=\"username-error\"")
        .contains("<p class=\"field-error\" id=\"username-error\">请填写此项。</p>")
        .contains("<p class=\"field-error\" id=\"password-error\">请填写此项。</p>");
  }

  @Test
  void signIn_wrongPassword_401FormErrorInEnglishKeepsUsername() {
    UserAccount u = users.user(Role.HOMEOWNER);
    String html =
        given()
            .header("Accept-Language", "en")
            .formParam("username", u.username())
            .formParam("password", "not-the-password")
            .post("/portal/sign-in")
            .then()
            .statusCode(401)
            .extract()
            .asString();
    assertThat(html)
        .contains("Wrong username or password.")
        .contains("value=\"" + u.username() + "\"")
        .doesNotContain("not-the-password");
  }

  @Test
  void signIn_valid_setsHttpOnlySessionAndRedirectsToNext() {
    UserAccount u = users.user(Role.HOMEOWNER);
    Response r =
        given()
            .redirects()
            .follow(false)
            .formParam("username", u.username())
            .formParam("password", TestUsers.PASSWORD)
            .formParam("next", "/portal/home")
            .post("/portal/sign-in");
    assertThat(r.statusCode()).isEqualTo(303);
    assertThat(r.getHeader("Location")).endsWith("/portal/home");
    assertThat(r.getDetailedCookie(PortalSession.COOKIE).isHttpOnly()).isTrue();
    given()
        .cookie(PortalSession.COOKIE, r.getCookie(PortalSession.COOKIE))
        .get("/portal/home")
        .then()
        .statusCode(200);
  }

  @Test
  void home_noSession_401WithSignInFormComingBack() {
    String html = given().get("/portal/home").then().statusCode(401).extract().asString();
    assertThat(html).contains("id=\"login-form\"").contains("value=\"/portal/home\"");
  }

  @Test
  void sitePage_otherHomeownersSite_403Page() {
    UserAccount owner = users.user(Role.HOMEOWNER);
    UserAccount other = users.user(Role.HOMEOWNER);
    Site site = users.siteWith(owner);
    String html =
        PortalSession.of(other)
            .browser()
            .get("/portal/sites/" + site.siteId())
            .then()
            .statusCode(403)
            .contentType("text/html")
            .extract()
            .asString();
    assertThat(html).contains("id=\"forbidden\"").doesNotContain("Test flat");
  }

  @Test
  void sitePage_siteNameWithMarkup_escaped() {
    UserAccount owner = users.user(Role.HOMEOWNER);
    Site site =
        sites.create(
            new CreateSiteRequest("<script>alert(1)</script> flat", "1 <b>Road</b>", "UTC"),
            owner.userId());
    String html =
        PortalSession.of(owner)
            .browser()
            .get("/portal/sites/" + site.siteId())
            .then()
            .statusCode(200)
            .extract()
            .asString();
    assertThat(html)
        .contains("&lt;script&gt;alert(1)&lt;/script&gt; flat")
        .doesNotContain("<script>alert(1)")
        .doesNotContain("<b>Road</b>");
  }

  @Test
  void home_homeowner_listsOwnSitesOnly() {
    UserAccount owner = users.user(Role.HOMEOWNER);
    Site mine = users.siteWith(owner);
    Site theirs = users.siteWith(users.user(Role.HOMEOWNER));
    String html =
        PortalSession.of(owner)
            .browser()
            .get("/portal/home")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    assertThat(html).contains(mine.siteId()).doesNotContain(theirs.siteId()).contains("我的项目");
  }

  @Test
  void home_operator_listsDevicesOfAllSites() {
    UserAccount operator = users.user(Role.OPERATOR);
    Site site = users.siteWith();
    String device = provision(site.siteId());
    String html =
        PortalSession.of(operator)
            .browser()
            .get("/portal/home")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    assertThat(html).contains("id=\"all-devices\"").contains(device).contains(site.siteId());
  }

  @Test
  void claimForm_withoutCsrfHeader_403() {
    UserAccount installer = users.user(Role.INSTALLER);
    Site site = users.siteWith(installer);
    PortalSession s = PortalSession.of(installer);
    s.browser().post("/portal/sites/" + site.siteId() + "/devices/claims").then().statusCode(403);
  }

  @Test
  void claimForm_installerWithCsrf_showsCodeAndQr() {
    UserAccount installer = users.user(Role.INSTALLER);
    Site site = users.siteWith(installer);
    String html =
        PortalSession.of(installer)
            .htmx()
            .post("/portal/sites/" + site.siteId() + "/devices/claims")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    assertThat(html)
        .containsPattern("id=\"claim-code\">[0-9a-z]{4}-[0-9a-z]{4}-[0-9a-z]{4}<")
        .contains("src=\"data:image/png;base64,iVBOR");
  }

  @Test
  void claimForm_homeowner_403Page() {
    UserAccount owner = users.user(Role.HOMEOWNER);
    Site site = users.siteWith(owner);
    PortalSession.of(owner)
        .htmx()
        .post("/portal/sites/" + site.siteId() + "/devices/claims")
        .then()
        .statusCode(403)
        .contentType("text/html");
  }

  @Test
  void devicePage_homeowner_readOnlyWithoutActions() {
    UserAccount owner = users.user(Role.HOMEOWNER);
    Site site = users.siteWith(owner);
    String device = provision(site.siteId());
    String html =
        PortalSession.of(owner)
            .browser()
            .get("/portal/sites/" + site.siteId() + "/devices")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    assertThat(html).contains(device).doesNotContain("create-claim").doesNotContain("/revoke");
  }

  @Test
  void revokeThenReprovision_installer_listShowsRevokedAndSecretShownOnce() {
    UserAccount installer = users.user(Role.INSTALLER);
    Site site = users.siteWith(installer);
    String device = provision(site.siteId());
    PortalSession s = PortalSession.of(installer);
    String base = "/portal/sites/" + site.siteId() + "/devices/" + device;
    String list =
        s.htmx()
            .header("Accept-Language", "en")
            .post(base + "/revoke")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    assertThat(list).contains("id=\"device-list\"").contains("Revoked");
    Response r = s.htmx().post(base + "/reprovision");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.getHeader("HX-Trigger")).isEqualTo("devices-changed");
    assertThat(r.asString()).containsPattern("id=\"new-secret\">[^<]{16,}<");
  }

  @Test
  void revoke_unknownDevice_404Page() {
    UserAccount installer = users.user(Role.INSTALLER);
    Site site = users.siteWith(installer);
    PortalSession.of(installer)
        .htmx()
        .post("/portal/sites/" + site.siteId() + "/devices/dev-nope/revoke")
        .then()
        .statusCode(404)
        .contentType("text/html");
  }

  @Test
  void signOut_clearsSession() {
    PortalSession s = PortalSession.of(users.user(Role.SUPERVISOR));
    Response r = s.htmx().post("/portal/sign-out");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.getHeader("HX-Redirect")).isEqualTo("/portal/login");
    assertThat(r.getDetailedCookie(PortalSession.COOKIE).getMaxAge()).isZero();
  }

  private String provision(String siteId) {
    var claim = devices.createClaim(siteId, null);
    String box = "box-" + UUID.randomUUID().toString().substring(0, 8);
    return devices.provision(box, new ProvisionRequest("r", claim.code(), box, "1")).deviceId();
  }
}
