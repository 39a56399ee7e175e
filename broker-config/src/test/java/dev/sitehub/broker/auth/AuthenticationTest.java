package dev.sitehub.broker.auth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sitehub.broker.ContractDatabase;
import dev.sitehub.broker.MqttClients;
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
    MqttClient client = clients.connect(MqttClients.randomId("box"), MqttUsers.PROVISION, code);
    assertThat(client.isConnected()).isTrue();
    MqttClients.quietlyClose(client);
  }

  @Test
  void connect_provisionerWithExpiredOrUnknownClaim_refusedBadCredentials() {
    String code = MqttClients.randomId("claim");
    db.addClaim(code, "site-a", Instant.now().minus(1, ChronoUnit.MINUTES));
    assertThat(clients.refusalCode(MqttClients.randomId("box"), MqttUsers.PROVISION, code))
        .isEqualTo(BAD_CREDENTIALS);
    assertThat(clients.refusalCode(MqttClients.randomId("box"), MqttUsers.PROVISION, "nope"))
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
