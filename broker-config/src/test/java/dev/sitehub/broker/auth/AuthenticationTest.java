package dev.sitehub.broker.auth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sitehub.broker.ContractDatabase;
import dev.sitehub.broker.MqttClients;
import dev.sitehub.broker.RecordingCallback;
import dev.sitehub.broker.auth.AuthOutcome.Refusal;
import dev.sitehub.broker.embedded.EmbeddedBroker;
import dev.sitehub.broker.embedded.EmbeddedBrokerConfig;
import dev.sitehub.protocol.MqttUsers;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.eclipse.paho.mqttv5.client.MqttClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** CONNECT checks against a real embedded broker, real Paho v5 clients and real PostgreSQL. */
class AuthenticationTest {
  private static final int BAD_CREDENTIALS = 0x86;
  private static final int NOT_AUTHORIZED = 0x87;
  private static final int CLIENT_ID_NOT_VALID = 0x85;
  private static final int CONNECTION_RATE_EXCEEDED = 0x9F;

  private static ContractDatabase db;
  private static EmbeddedBroker broker;
  private static MqttClients clients;
  private static String cloudSecret;

  @BeforeAll
  static void start() {
    db = ContractDatabase.create();
    cloudSecret = db.addCloud(MqttUsers.CLOUD);
    broker =
        EmbeddedBroker.start(
            EmbeddedBrokerConfig.builder()
                .port(0)
                .jdbcUrl(db.jdbcUrl())
                .jdbcUser(ContractDatabase.USER)
                .build());
    clients = new MqttClients(broker.serverUri());
  }

  @AfterAll
  static void stop() {
    if (broker != null) {
      broker.close();
    }
    db.close();
  }

  private static String newDeviceId() {
    return MqttClients.randomId("dev");
  }

  @Test
  void connect_provisionedDevice_admitted() throws Exception {
    String device = newDeviceId();
    String secret = db.addDevice(MqttClients.randomId("site"), device);
    MqttClient client = clients.connect(device, device, secret);
    assertThat(client.isConnected()).isTrue();
    MqttClients.quietlyClose(client);
  }

  @Test
  void connect_wrongSecret_refusedBadCredentials() {
    String device = newDeviceId();
    db.addDevice("site-a", device);
    assertThat(clients.refusalCode(device, device, "not-the-secret")).isEqualTo(BAD_CREDENTIALS);
  }

  @Test
  void connect_unknownDevice_refusedBadCredentials() {
    String device = newDeviceId();
    assertThat(clients.refusalCode(device, device, "whatever")).isEqualTo(BAD_CREDENTIALS);
  }

  @Test
  void connect_clientIdDiffersFromUsername_refusedClientIdNotValid() {
    String device = newDeviceId();
    String secret = db.addDevice("site-a", device);
    assertThat(clients.refusalCode(newDeviceId(), device, secret)).isEqualTo(CLIENT_ID_NOT_VALID);
  }

  @Test
  void connect_wildcardClientId_refusedClientIdNotValid() {
    String device = newDeviceId();
    String secret = db.addDevice("site-a", device);
    assertThat(clients.refusalCode(device + "+", device, secret)).isEqualTo(CLIENT_ID_NOT_VALID);
    assertThat(clients.refusalCode(device + "#", device, secret)).isEqualTo(CLIENT_ID_NOT_VALID);
    assertThat(clients.refusalCode("site/" + device, device, secret))
        .isEqualTo(CLIENT_ID_NOT_VALID);
  }

  @Test
  void connect_wildcardUsername_refusedBadCredentials() {
    assertThat(clients.refusalCode(newDeviceId(), "dev/#", "x")).isEqualTo(BAD_CREDENTIALS);
  }

  @Test
  void connect_noCredentials_refusedBadCredentials() {
    assertThat(clients.refusalCode(newDeviceId(), null, null)).isEqualTo(BAD_CREDENTIALS);
  }

  @Test
  void connect_revokedDevice_refusedNotAuthorized() {
    String device = newDeviceId();
    String secret = db.addDevice("site-a", device);
    db.revoke(device);
    assertThat(clients.refusalCode(device, device, secret)).isEqualTo(NOT_AUTHORIZED);
  }

  @Test
  void connect_cloudPrincipal_admittedWithAnyValidClientId() throws Exception {
    MqttClient client =
        clients.connect(MqttClients.randomId("cloud"), MqttUsers.CLOUD, cloudSecret);
    assertThat(client.isConnected()).isTrue();
    MqttClients.quietlyClose(client);
  }

  @Test
  void connect_cloudWrongPassword_refusedBadCredentials() {
    assertThat(clients.refusalCode(MqttClients.randomId("cloud"), MqttUsers.CLOUD, "guess"))
        .isEqualTo(BAD_CREDENTIALS);
  }

  @Test
  void connect_provisionerWithOpenClaim_admitted() throws Exception {
    String code = MqttClients.randomId("claim");
    db.addClaim(code, "site-a", Instant.now().plus(1, ChronoUnit.HOURS));
    MqttClient client = clients.connect(MqttClients.randomId("prov"), MqttUsers.PROVISION, code);
    assertThat(client.isConnected()).isTrue();
    MqttClients.quietlyClose(client);
  }

  @Test
  void connect_provisionerWithExpiredOrUnknownClaim_refusedBadCredentials() {
    String code = MqttClients.randomId("claim");
    db.addClaim(code, "site-a", Instant.now().minus(1, ChronoUnit.MINUTES));
    assertThat(clients.refusalCode(MqttClients.randomId("prov"), MqttUsers.PROVISION, code))
        .isEqualTo(BAD_CREDENTIALS);
    assertThat(clients.refusalCode(MqttClients.randomId("prov"), MqttUsers.PROVISION, "nope"))
        .isEqualTo(BAD_CREDENTIALS);
  }

  /** Verifies that a claim holder cannot take over a registered device's session. */
  @Test
  void connect_provisionerUsingADeviceId_refusedClientIdNotValid() {
    String device = newDeviceId();
    db.addDevice("site-a", device);
    String code = MqttClients.randomId("claim");
    db.addClaim(code, "site-a", Instant.now().plus(1, ChronoUnit.HOURS));
    assertThat(clients.refusalCode(device, MqttUsers.PROVISION, code))
        .isEqualTo(CLIENT_ID_NOT_VALID);
  }

  /**
   * Replays the takeover of issue 17: a claim-code holder CONNECTs with the id of one of the
   * cloud's links and clean start off, which would hand it the cloud's persistent session and its
   * shared deliveries. It is refused, and the cloud's connection under that id stays up.
   */
  @Test
  void connect_provisionerTakingCloudLinkId_refusedAndCloudStaysConnected() throws Exception {
    String cloudLinkId = MqttUsers.CLOUD + "-" + MqttClients.randomId("host") + "-c1";
    RecordingCallback seen = new RecordingCallback();
    MqttClient cloud = clients.connect(cloudLinkId, MqttUsers.CLOUD, cloudSecret, seen);
    try {
      String code = MqttClients.randomId("claim");
      db.addClaim(code, "site-a", Instant.now().plus(1, ChronoUnit.HOURS));
      assertThat(clients.refusalCode(cloudLinkId, MqttUsers.PROVISION, code, false, 3600))
          .isEqualTo(CLIENT_ID_NOT_VALID);
      assertThat(clients.refusalCode(cloudLinkId, MqttUsers.PROVISION, code, true, 0))
          .isEqualTo(CLIENT_ID_NOT_VALID);
      assertThat(cloud.isConnected()).isTrue();
      // The claim was not spent on the refused attempts: a proper provisioner still gets in.
      assertThat(clients.refusalCode(MqttClients.randomId("prov"), MqttUsers.PROVISION, code))
          .isZero();
    } finally {
      MqttClients.quietlyClose(cloud);
    }
  }

  /** Verifies provisioners are confined to their namespace, whatever id they pick outside it. */
  @Test
  void connect_provisionerOutsideItsNamespace_refusedClientIdNotValid() {
    String code = MqttClients.randomId("claim");
    db.addClaim(code, "site-a", Instant.now().plus(1, ChronoUnit.HOURS));
    assertThat(clients.refusalCode(MqttClients.randomId("box"), MqttUsers.PROVISION, code))
        .isEqualTo(CLIENT_ID_NOT_VALID);
    assertThat(clients.refusalCode(MqttUsers.CLOUD, MqttUsers.PROVISION, code))
        .isEqualTo(CLIENT_ID_NOT_VALID);
  }

  /** Verifies a provisioner can neither resume a session nor leave one behind. */
  @Test
  void connect_provisionerAskingForASession_refusedNotAuthorized() {
    String code = MqttClients.randomId("claim");
    db.addClaim(code, "site-a", Instant.now().plus(1, ChronoUnit.HOURS));
    assertThat(
            clients.refusalCode(MqttClients.randomId("prov"), MqttUsers.PROVISION, code, false, 0))
        .isEqualTo(NOT_AUTHORIZED);
    assertThat(
            clients.refusalCode(MqttClients.randomId("prov"), MqttUsers.PROVISION, code, true, 60))
        .isEqualTo(NOT_AUTHORIZED);
  }

  /** Verifies the cloud's credential cannot be used to kick a device or squat a provisioner id. */
  @Test
  void connect_cloudWithDeviceOrProvisionerId_refusedClientIdNotValid() {
    String device = newDeviceId();
    db.addDevice("site-a", device);
    assertThat(clients.refusalCode(device, MqttUsers.CLOUD, cloudSecret))
        .isEqualTo(CLIENT_ID_NOT_VALID);
    assertThat(clients.refusalCode(MqttClients.randomId("prov"), MqttUsers.CLOUD, cloudSecret))
        .isEqualTo(CLIENT_ID_NOT_VALID);
  }

  /** Verifies a device credential cannot be used under an id in the cloud's namespace. */
  @Test
  void connect_deviceInCloudNamespace_refusedClientIdNotValid() {
    String device = MqttUsers.CLOUD + "-" + newDeviceId();
    String secret = db.addDevice("site-a", device);
    assertThat(clients.refusalCode(device, device, secret)).isEqualTo(CLIENT_ID_NOT_VALID);
  }

  /**
   * Issue 17: 20 wrong passwords in a row were each checked with PBKDF2 in a flat 80-200 ms. After
   * five, the broker now refuses the username with 0x9F before any check, even with the right
   * secret, until the backoff ends.
   */
  @Test
  void connect_afterFiveWrongSecrets_refusedRateExceededBeforeTheCheck() {
    String device = newDeviceId();
    String secret = db.addDevice("site-a", device);
    for (int i = 0; i < 5; i++) {
      assertThat(clients.refusalCode(device, device, "guess-" + i)).isEqualTo(BAD_CREDENTIALS);
    }
    assertThat(clients.refusalCode(device, device, "guess-5")).isEqualTo(BAD_CREDENTIALS);
    assertThat(clients.refusalCode(device, device, secret)).isEqualTo(CONNECTION_RATE_EXCEEDED);
    assertThat(
            broker.metrics().counter(AuthFailureCounter.metricName(Refusal.BACKED_OFF)).getCount())
        .isPositive();
    // The backoff is per username: another device from the same (loopback) address gets in.
    String other = newDeviceId();
    String otherSecret = db.addDevice("site-a", other);
    assertThat(clients.refusalCode(other, other, otherSecret)).isZero();
  }

  @Test
  void connect_refused_countedInBrokerMetrics() {
    long before =
        broker.metrics().counter(AuthFailureCounter.metricName(Refusal.BAD_CREDENTIALS)).getCount();
    clients.refusalCode(newDeviceId(), null, null);
    long after =
        broker.metrics().counter(AuthFailureCounter.metricName(Refusal.BAD_CREDENTIALS)).getCount();
    assertThat(after).isGreaterThan(before);
  }
}
