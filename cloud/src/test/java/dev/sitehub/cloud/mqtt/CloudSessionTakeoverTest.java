package dev.sitehub.cloud.mqtt;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.sitehub.cloud.BrokerResource;
import dev.sitehub.cloud.ManagementInterface;
import dev.sitehub.cloud.TestUsers;
import dev.sitehub.cloud.accounts.Role;
import dev.sitehub.cloud.accounts.UserAccount;
import dev.sitehub.cloud.devices.DeviceService;
import dev.sitehub.protocol.MqttUsers;
import dev.sitehub.protocol.transport.NoDelaySocketFactory;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.paho.mqttv5.client.MqttClient;
import org.eclipse.paho.mqttv5.client.MqttConnectionOptions;
import org.eclipse.paho.mqttv5.client.persist.MemoryPersistence;
import org.eclipse.paho.mqttv5.common.MqttException;
import org.junit.jupiter.api.Test;

/**
 * Issue 17's session takeover, replayed with a real Paho client against the embedded broker the
 * running cloud is linked to: a claim-code holder is refused the cloud's link ids, and a link that
 * is kicked anyway (by a second connection under its id) comes back by itself, once, with the
 * cloud's readiness.
 */
@QuarkusTest
class CloudSessionTakeoverTest {
  @TestHTTPResource(value = "/", management = true)
  URL management;

  private static final int CLIENT_ID_NOT_VALID = 0x85;
  private static final Duration WAIT = Duration.ofSeconds(30);

  @Inject DeviceService devices;
  @Inject TestUsers users;
  @Inject MeterRegistry metrics;

  @ConfigProperty(name = "sitehub.mqtt.client-id")
  String cloudClientId;

  @ConfigProperty(name = "sitehub.mqtt.port")
  int port;

  @Test
  void provisioner_withTheCloudsLinkIdAndCleanStartOff_refusedAndTheLinkStaysUp() {
    awaitReady();
    String linkId = cloudClientId + "-c1";
    double connectsBefore = connects(linkId);
    UserAccount installer = users.user(Role.INSTALLER);
    String code = devices.createClaim(users.siteWith(installer).siteId(), null).code();

    assertThatThrownBy(() -> connect(linkId, MqttUsers.PROVISION, code, false, 3600))
        .isInstanceOf(MqttException.class)
        .extracting(e -> ((MqttException) e).getReasonCode())
        .isEqualTo(CLIENT_ID_NOT_VALID);

    given()
        .baseUri(ManagementInterface.origin(management))
        .get("/q/health/ready")
        .then()
        .statusCode(200);
    assertThat(connects(linkId)).isEqualTo(connectsBefore);
  }

  @Test
  void link_kickedRepeatedlyBySameId_reconnectsOnceAndReadinessReturns() throws Exception {
    awaitReady();
    String linkId = cloudClientId + "-c2";
    // A second cloud-principal connection under the link's id takes the session over, as a
    // misconfigured twin instance would. Kick it several times in a row, so that some kicks land
    // while the link is between its CONNECT and its SUBSCRIBE.
    for (int i = 0; i < 5; i++) {
      MqttClient twin =
          connect(linkId, MqttUsers.CLOUD, BrokerResource.CLOUD_PASSWORD, false, 3600);
      Thread.sleep(150 * i);
      twin.disconnectForcibly(0, 1000, false);
      twin.close(true);
    }
    awaitReady();

    // One reconnect loop: once back, the link stays connected instead of two loops kicking each
    // other off under the same id.
    double settled = connects(linkId);
    await()
        .during(Duration.ofSeconds(5))
        .atMost(Duration.ofSeconds(7))
        .untilAsserted(() -> assertThat(connects(linkId)).isEqualTo(settled));
    given()
        .baseUri(ManagementInterface.origin(management))
        .get("/q/health/ready")
        .then()
        .statusCode(200);
  }

  private void awaitReady() {
    await()
        .atMost(WAIT)
        .untilAsserted(
            () ->
                given()
                    .baseUri(ManagementInterface.origin(management))
                    .get("/q/health/ready")
                    .then()
                    .statusCode(200));
  }

  private double connects(String clientId) {
    return metrics
        .get("sitehub.mqtt.link.connects")
        .tag("client", clientId)
        .functionCounter()
        .count();
  }

  private MqttClient connect(
      String clientId, String username, String password, boolean cleanStart, long expiry)
      throws MqttException {
    MqttClient c = new MqttClient("tcp://127.0.0.1:" + port, clientId, new MemoryPersistence());
    MqttConnectionOptions o = new MqttConnectionOptions();
    o.setSocketFactory(NoDelaySocketFactory.INSTANCE);
    o.setUserName(username);
    o.setPassword(password.getBytes(StandardCharsets.UTF_8));
    o.setCleanStart(cleanStart);
    o.setSessionExpiryInterval(expiry);
    o.setAutomaticReconnect(false);
    o.setConnectionTimeout(10);
    try {
      c.connect(o);
    } catch (MqttException e) {
      c.close(true);
      throw e;
    }
    return c;
  }
}
