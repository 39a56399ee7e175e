package dev.sitehub.cloud.portal;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import dev.sitehub.cloud.Db;
import dev.sitehub.cloud.TestClock;
import dev.sitehub.cloud.TestUsers;
import dev.sitehub.cloud.accounts.AccountService;
import dev.sitehub.cloud.accounts.AuthConfig;
import dev.sitehub.cloud.accounts.Role;
import dev.sitehub.cloud.accounts.UserAccount;
import dev.sitehub.cloud.alerts.GreenMailResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Issue 17: password change and reset in the portal. The reset link travels through the real mailer
 * to a real SMTP server (GreenMail), works once and until it expires, and the answer to a request
 * never tells whether the account exists.
 */
@QuarkusTest
@QuarkusTestResource(GreenMailResource.class)
class PasswordPagesTest {
  private static final Pattern LINK =
      Pattern.compile("https?://\\S+/portal/password/reset\\?token=([A-Za-z0-9_-]{43})");
  private static final String NEW = "a-new-password-3";

  @GreenMailResource.InjectGreenMail GreenMail greenMail;

  @Inject AccountService accounts;
  @Inject TestClock clock;
  @Inject AuthConfig config;
  @Inject Db db;
  @Inject TestUsers users;

  /** A person who registered with an e-mail address (it is also their username). */
  private UserAccount withEmail() {
    String email = "pw-" + UUID.randomUUID().toString().substring(0, 12) + "@example.test";
    return accounts.register(email, null, TestUsers.PASSWORD, Set.of(Role.HOMEOWNER), email, null);
  }

  /** A client address of its own, so the per-address limit of one test never meets another's. */
  private static String address() {
    return "198.18."
        + ThreadLocalRandom.current().nextInt(0, 255)
        + "."
        + ThreadLocalRandom.current().nextInt(1, 255);
  }

  private static Response askLink(String from, String account, String lang) {
    return given()
        .header("X-Forwarded-For", from)
        .header("Accept-Language", lang)
        .contentType(ContentType.URLENC)
        .formParam("account", account)
        .post("/portal/password/forgot");
  }

  private static Response setPassword(String token, String password, String confirm) {
    return given()
        .contentType(ContentType.URLENC)
        .formParam("token", token)
        .formParam("password", password)
        .formParam("confirm", confirm)
        .post("/portal/password/reset");
  }

  private List<MimeMessage> mailsTo(String address) {
    return Arrays.stream(greenMail.getReceivedMessages())
        .filter(
            m -> {
              try {
                return Arrays.stream(m.getRecipients(Message.RecipientType.TO))
                    .anyMatch(a -> a.toString().equalsIgnoreCase(address));
              } catch (jakarta.mail.MessagingException e) {
                return false;
              }
            })
        .toList();
  }

  /** Waits for the n-th reset mail to the address and returns the token its link carries. */
  private String tokenMailed(String address, int n) throws Exception {
    // Long enough for the mailer's one retry after a hung first attempt (15 s), not a timing goal.
    await().atMost(Duration.ofSeconds(40)).until(() -> mailsTo(address).size() >= n);
    MimeMessage mail = mailsTo(address).get(n - 1);
    String text = mail.getContent().toString();
    Matcher m = LINK.matcher(text);
    assertThat(m.find()).as("a reset link in %s", text).isTrue();
    return m.group(1);
  }

  @Test
  void reset_linkMailed_worksOnce_endsEverySession_newPasswordSignsIn() throws Exception {
    UserAccount user = withEmail();
    String phone = TestUsers.token(user);
    PortalSession browser = PortalSession.of(user);

    String page =
        askLink(address(), user.username(), "en").then().statusCode(200).extract().asString();
    assertThat(page).contains("id=\"reset-sent\"").contains("within 30 minutes");

    String token = tokenMailed(user.username(), 1);
    MimeMessage mail = mailsTo(user.username()).get(0);
    assertThat(mail.getSubject()).contains("重置密码").contains("Reset your SiteHub password");
    assertThat(mail.getContent().toString())
        .contains("30 分钟内")
        .contains("within 30 minutes")
        .contains("http://localhost:8080/portal/password/reset?token=" + token);
    // Only the digest is stored: the token in a copy of the table opens nothing.
    assertThat(db.count("SELECT count(*) FROM password_reset WHERE token_hash = ?", sha256(token)))
        .isEqualTo(1);
    assertThat(db.count("SELECT count(*) FROM password_reset WHERE token_hash = ?", token))
        .isZero();

    given()
        .queryParam("token", token)
        .get("/portal/password/reset")
        .then()
        .statusCode(200)
        .extract()
        .asString()
        .contains("id=\"reset-form\"");
    String done = setPassword(token, NEW, NEW).then().statusCode(200).extract().asString();
    assertThat(done).contains("id=\"password-reset\"");

    given().auth().oauth2(phone).get("/api/me").then().statusCode(401);
    browser.browser().get("/api/me").then().statusCode(401);
    signIn(user, TestUsers.PASSWORD).then().statusCode(401);
    signIn(user, NEW).then().statusCode(200);

    String again =
        setPassword(token, "another-pass-4", "another-pass-4")
            .then()
            .statusCode(410)
            .extract()
            .asString();
    assertThat(again).contains("id=\"link-invalid\"").doesNotContain("id=\"reset-form\"");
    given().queryParam("token", token).get("/portal/password/reset").then().statusCode(410);
    signIn(user, NEW).then().statusCode(200);
  }

  @Test
  void reset_unknownAccount_sameAnswer_noMailNoLink() throws Exception {
    UserAccount known = withEmail();
    String unknown = "nobody-" + UUID.randomUUID().toString().substring(0, 8) + "@example.test";

    String forUnknown =
        askLink(address(), unknown, "zh-CN").then().statusCode(200).extract().asString();
    String forKnown =
        askLink(address(), known.username(), "zh-CN").then().statusCode(200).extract().asString();

    assertThat(forUnknown).isEqualTo(forKnown).contains("id=\"reset-sent\"");
    tokenMailed(known.username(), 1);
    assertThat(mailsTo(unknown)).isEmpty();
    assertThat(mailsTo(known.username())).hasSize(1);
  }

  @Test
  void reset_accountWithoutEmail_sameAnswer_nothingStored() {
    UserAccount noMail = users.user(Role.INSTALLER);

    askLink(address(), noMail.username(), "en").then().statusCode(200);

    assertThat(db.count("SELECT count(*) FROM password_reset WHERE user_id = ?", noMail.userId()))
        .isZero();
  }

  @Test
  void reset_expiredLink_refused_passwordKept() throws Exception {
    UserAccount user = withEmail();
    askLink(address(), user.username(), "en").then().statusCode(200);
    String token = tokenMailed(user.username(), 1);
    try {
      clock.setNow(Instant.now().plus(config.reset().linkLifetime()).plusSeconds(60));
      given().queryParam("token", token).get("/portal/password/reset").then().statusCode(410);
      String html = setPassword(token, NEW, NEW).then().statusCode(410).extract().asString();
      assertThat(html).contains("id=\"link-invalid\"");
    } finally {
      clock.reset();
    }
    signIn(user, TestUsers.PASSWORD).then().statusCode(200);
  }

  @Test
  void reset_newRequest_endsTheOlderLink() throws Exception {
    UserAccount user = withEmail();
    String from = address();
    askLink(from, user.username(), "en").then().statusCode(200);
    String first = tokenMailed(user.username(), 1);
    askLink(from, user.username(), "en").then().statusCode(200);

    assertThat(db.text("SELECT ended_why FROM password_reset WHERE token_hash = ?", sha256(first)))
        .isEqualTo("superseded");
    assertThat(
            db.count(
                "SELECT count(*) FROM password_reset WHERE user_id = ? AND ended_at IS NULL",
                user.userId()))
        .isEqualTo(1);
    setPassword(first, NEW, NEW).then().statusCode(410);
    signIn(user, TestUsers.PASSWORD).then().statusCode(200);
  }

  @Test
  void reset_manyRequestsFromOneAddress_throttledWithMessage() {
    String from = address();
    for (int i = 0; i < config.reset().maxRequestsPerAddress(); i++) {
      askLink(from, "probe-" + i + "-" + UUID.randomUUID(), "en").then().statusCode(200);
    }

    String html =
        askLink(from, "one-more-" + UUID.randomUUID(), "en")
            .then()
            .statusCode(429)
            .extract()
            .asString();
    assertThat(html).contains("id=\"form-error\"").contains("Too many requests");
    askLink(address(), "elsewhere-" + UUID.randomUUID(), "en").then().statusCode(200);
  }

  @Test
  void resetForm_validation_errorsNextToFields_inBothLanguages() {
    given()
        .header("Accept-Language", "en")
        .contentType(ContentType.URLENC)
        .formParam("account", " ")
        .post("/portal/password/forgot")
        .then()
        .statusCode(422)
        .extract()
        .asString()
        .contains("id=\"account-error\"");
    String zh =
        given()
            .contentType(ContentType.URLENC)
            .formParam("token", "whatever")
            .formParam("password", NEW)
            .formParam("confirm", NEW + "x")
            .post("/portal/password/reset")
            .then()
            .statusCode(422)
            .extract()
            .asString();
    assertThat(zh).contains("id=\"confirm-error\"").contains("两次输入的新密码不一致。");
    String en =
        given()
            .header("Accept-Language", "en")
            .contentType(ContentType.URLENC)
            .formParam("account", "")
            .post("/portal/password/forgot")
            .then()
            .statusCode(422)
            .extract()
            .asString();
    assertThat(en).contains("id=\"account-error\"").contains("Please fill in this field.");
  }

  @Test
  void changePage_wrongCurrent_errorNextToField_thenChange_endsOtherSessions() {
    UserAccount user = users.user(Role.SUPERVISOR);
    PortalSession here = PortalSession.of(user);
    PortalSession elsewhere = PortalSession.of(user);

    String wrong =
        here.htmx()
            .header("Accept-Language", "en")
            .contentType(ContentType.URLENC)
            .formParam("current", "not-it-at-all")
            .formParam("password", NEW)
            .formParam("confirm", NEW)
            .post("/portal/password")
            .then()
            .statusCode(422)
            .extract()
            .asString();
    assertThat(wrong)
        .contains("id=\"current-error\"")
        .contains("The current password is wrong.")
        .doesNotContain("\"type\"");
    String weak =
        here.htmx()
            .contentType(ContentType.URLENC)
            .formParam("current", TestUsers.PASSWORD)
            .formParam("password", "short")
            .formParam("confirm", "short")
            .post("/portal/password")
            .then()
            .statusCode(422)
            .extract()
            .asString();
    assertThat(weak).contains("id=\"password-error\"").contains("密码至少需要 8 位。");
    elsewhere.browser().get("/api/me").then().statusCode(200);

    String done =
        here.browser()
            .contentType(ContentType.URLENC)
            .formParam("_csrf", here.csrf())
            .formParam("current", TestUsers.PASSWORD)
            .formParam("password", NEW)
            .formParam("confirm", NEW)
            .post("/portal/password")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    assertThat(done).contains("id=\"password-changed\"");
    elsewhere.browser().get("/api/me").then().statusCode(401);
    here.browser().get("/portal/password").then().statusCode(200);
    signIn(user, NEW).then().statusCode(200);
  }

  @Test
  void loginPage_linksToForgotPassword_inBothLanguages() {
    assertThat(given().get("/portal/login").asString())
        .contains("href=\"/portal/password/forgot\"")
        .contains("忘记密码？");
    assertThat(given().header("Accept-Language", "en").get("/portal/password/forgot").asString())
        .contains("E-mail address or username");
  }

  private static Response signIn(UserAccount user, String password) {
    return given()
        .contentType(ContentType.JSON)
        .body(Map.of("username", user.username(), "password", password))
        .post("/api/auth/token");
  }

  private static String sha256(String text) throws Exception {
    return HexFormat.of()
        .formatHex(
            MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
  }
}
