package dev.sitehub.broker.auth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sitehub.broker.ContractDatabase;
import dev.sitehub.broker.acl.ClientIdentity;
import dev.sitehub.broker.auth.AuthOutcome.Admitted;
import dev.sitehub.broker.auth.AuthOutcome.Refusal;
import dev.sitehub.broker.auth.AuthOutcome.Refused;
import dev.sitehub.protocol.MqttUsers;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/** The CONNECT decision without a broker, against real PostgreSQL, including store failure. */
class CredentialCheckerTest {
  private static ContractDatabase db;
  private static CredentialChecker checker;

  @BeforeAll
  static void setUp() {
    db = ContractDatabase.create();
    checker = checker(db.jdbcUrl());
  }

  @AfterAll
  static void tearDown() {
    db.close();
  }

  private static CredentialChecker checker(String url) {
    PGSimpleDataSource ds = new PGSimpleDataSource();
    ds.setURL(url);
    ds.setUser(ContractDatabase.USER);
    ds.setConnectTimeout(2);
    PrincipalStore store = new PrincipalStore(ds);
    return new CredentialChecker(
        new PrincipalCache(store, Duration.ZERO, Clock.systemUTC()),
        store,
        new VerifiedSecrets(Duration.ofHours(1), Clock.systemUTC()),
        MqttUsers.CLOUD);
  }

  private static Refusal refusal(AuthOutcome outcome) {
    assertThat(outcome).isInstanceOf(Refused.class);
    return ((Refused) outcome).refusal();
  }

  @Test
  void check_device_admittedWithItsSite() {
    String secret = db.addDevice("site-c", "dev-c1");
    AuthOutcome outcome = checker.check("dev-c1", "dev-c1", secret);
    assertThat(outcome).isInstanceOf(Admitted.class);
    assertThat(((Admitted) outcome).identity())
        .isEqualTo(ClientIdentity.device("dev-c1", "site-c"));
  }

  /** Verifies that a database outage refuses with 0x88 rather than admitting or hanging. */
  @Test
  void check_storeUnreachable_refusedStoreUnavailable() {
    CredentialChecker dead = checker("jdbc:postgresql://127.0.0.1:1/none");
    assertThat(refusal(dead.check("dev-x", "dev-x", "secret")))
        .isEqualTo(Refusal.STORE_UNAVAILABLE);
  }

  /** Verifies a device row cannot be used through the cloud's username. */
  @Test
  void check_deviceRowNamedLikeCloud_refused() {
    CredentialChecker other =
        new CredentialChecker(
            new PrincipalCache(new PrincipalStore(dataSource()), Duration.ZERO, Clock.systemUTC()),
            new PrincipalStore(dataSource()),
            new VerifiedSecrets(Duration.ofHours(1), Clock.systemUTC()),
            "dev-c2");
    String secret = db.addDevice("site-c", "dev-c2");
    assertThat(refusal(other.check("any-client", "dev-c2", secret)))
        .isEqualTo(Refusal.BAD_CREDENTIALS);
  }

  /** Verifies a cloud row is usable only under the configured cloud username. */
  @Test
  void check_cloudRowUnderAnotherUsername_refused() {
    String secret = db.addCloud("cloud-shadow");
    assertThat(refusal(checker.check("cloud-shadow", "cloud-shadow", secret)))
        .isEqualTo(Refusal.BAD_CREDENTIALS);
  }

  @Test
  void check_emptyPassword_refusedBadCredentials() {
    db.addDevice("site-c", "dev-c3");
    assertThat(refusal(checker.check("dev-c3", "dev-c3", ""))).isEqualTo(Refusal.BAD_CREDENTIALS);
  }

  @Test
  void check_overlongClientId_refusedClientIdNotValid() {
    String id = "d".repeat(65);
    assertThat(refusal(checker.check(id, id, "x"))).isEqualTo(Refusal.CLIENT_ID_NOT_VALID);
  }

  private static PGSimpleDataSource dataSource() {
    PGSimpleDataSource ds = new PGSimpleDataSource();
    ds.setURL(db.jdbcUrl());
    ds.setUser(ContractDatabase.USER);
    return ds;
  }
}
