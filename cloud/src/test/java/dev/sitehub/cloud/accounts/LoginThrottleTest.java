package dev.sitehub.cloud.accounts;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import dev.sitehub.cloud.Db;
import dev.sitehub.cloud.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.restassured.http.ContentType;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/**
 * Verifies login throttling by client address and by account, kept in the database so that another
 * instance sees the same counts. The client address comes from X-Forwarded-For, which the test's
 * loopback connection may set because loopback is a trusted proxy.
 */
@QuarkusTest
class LoginThrottleTest {
  @Inject TestUsers users;
  @Inject Db db;
  @Inject Pool pool;
  @Inject Instance<CurrentVertxRequest> request;
  @Inject AuthConfig config;
  @Inject LoginThrottle throttle;

  @Test
  void address_manyAccountsGuessed_addressRefusedOthersStillSignIn() {
    String guesser = "198.51.100." + ThreadLocalRandom.current().nextInt(1, 250);
    for (int i = 0; i < config.maxFailuresPerAddress(); i++) {
      signIn(guesser, "nobody-" + UUID.randomUUID(), "wrong-" + i).then().statusCode(401);
    }
    UserAccount victim = users.user(Role.HOMEOWNER);

    signIn(guesser, victim.username(), TestUsers.PASSWORD)
        .then()
        .statusCode(429)
        .body("type", equalTo("https://sitehub.dev/problems/login-throttled"));
    signIn("203.0.113.9", victim.username(), TestUsers.PASSWORD).then().statusCode(200);
  }

  @Test
  void account_failuresStoredInDatabase_anotherInstanceRefusesToo() {
    UserAccount u = users.user(Role.INSTALLER);
    for (int i = 0; i < config.maxFailures(); i++) {
      signIn("192.0.2." + (i + 1), u.username(), "nope-" + i).then().statusCode(401);
    }

    assertThat(
            db.count(
                "SELECT count(*) FROM login_failure WHERE scope = 'account' AND subject = ?",
                LoginThrottle.subject("account", u.username())))
        .isEqualTo(config.maxFailures());
    // A second instance shares nothing with this one but the database.
    LoginThrottle other = new LoginThrottle(pool, request, config, Clock.systemUTC());
    assertThat(other.retryAfterSeconds(u.username()))
        .isBetween(1L, config.failureWindow().toSeconds());
    signIn("192.0.2.200", u.username(), TestUsers.PASSWORD).then().statusCode(429);
  }

  @Test
  void forgetOld_rowsOlderThanWindow_deletedNewerKept() {
    String subject = LoginThrottle.subject("account", "old-" + UUID.randomUUID());
    Instant now = Instant.now();
    insert(subject, now.minus(config.failureWindow()).minus(Duration.ofMinutes(1)));
    insert(subject, now.minusSeconds(5));

    throttle.forgetOld();

    assertThat(db.count("SELECT count(*) FROM login_failure WHERE subject = ?", subject))
        .isEqualTo(1);
  }

  private void insert(String subject, Instant at) {
    db.update(
        "INSERT INTO login_failure (scope, subject, failed_at) VALUES ('account', ?, ?)",
        subject,
        Timestamp.from(at));
  }

  private static io.restassured.response.Response signIn(
      String address, String username, String password) {
    return given()
        .header("X-Forwarded-For", address)
        .contentType(ContentType.JSON)
        .body(Map.of("username", username, "password", password))
        .post("/api/auth/token");
  }
}
