package dev.sitehub.edge.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.sitehub.edge.config.BrokerSettings;
import dev.sitehub.edge.provisioning.CredentialStore;
import dev.sitehub.edge.provisioning.Provisioner;
import dev.sitehub.edge.provisioning.ProvisioningException;
import dev.sitehub.edge.sim.SimulatedSite;
import dev.sitehub.edge.sim.SimulationOptions;
import dev.sitehub.protocol.DeviceSecrets;
import dev.sitehub.protocol.MessageCodec;
import dev.sitehub.protocol.TopicKind;
import dev.sitehub.protocol.Topics;
import dev.sitehub.protocol.message.ProvisionRequest;
import dev.sitehub.protocol.message.ProvisionResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The provisioning exchange against a test responder (a Paho client playing the cloud). */
class ProvisioningBrokerTest {
  private static BrokerFixture broker;
  private final MessageCodec codec = MessageCodec.withDefaults();
  private final ExecutorService responderPool = Executors.newSingleThreadExecutor();
  @TempDir Path dir;

  @BeforeAll
  static void startBroker() {
    broker = BrokerFixture.start();
  }

  @AfterAll
  static void stopBroker() {
    broker.close();
  }

  private static String uid(String p) {
    return p + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  /** Answers every claim: accepts {@code goodCode} (registering the device), refuses others. */
  private CloudClient responder(String goodCode, String siteId, String deviceId) throws Exception {
    CloudClient c =
        new CloudClient(
            broker.serverUri(),
            broker.cloudSecret(),
            uid("responder"),
            false,
            Topics.allSitesFilter(TopicKind.PROVISION_REQUEST));
    c.onMessage(
        (self, m) -> {
          String clientId = Topics.parse(m.topic()).value().clientId();
          ProvisionRequest req = codec.decodeProvisionRequest(m.payload()).value();
          ProvisionResponse resp;
          if (req.claimCode().equals(goodCode)) {
            String secret = DeviceSecrets.newSecret();
            broker.addDeviceWithSecret(siteId, deviceId, secret);
            resp = ProvisionResponse.accepted(req.requestId(), siteId, deviceId, secret);
          } else {
            resp = ProvisionResponse.refused(req.requestId(), "claim code already used");
          }
          byte[] payload = codec.encode(resp);
          // Publishing from Paho's callback thread can deadlock; answer from another thread.
          responderPool.execute(
              () -> {
                try {
                  self.publish(
                      Topics.provisioning(TopicKind.PROVISION_RESPONSE, clientId), payload);
                } catch (Exception e) {
                  throw new IllegalStateException(e);
                }
              });
        });
    return c;
  }

  @Test
  void claim_accepted_credentialsStoredMode600AndAgentConnectsAsDevice() throws Exception {
    String site = uid("site");
    String device = uid("dev");
    String code = "CLAIM-" + UUID.randomUUID().toString().substring(0, 6);
    broker.addClaim(code, site);
    try (CloudClient r = responder(code, site, device);
        CloudClient watcher =
            new CloudClient(
                broker.serverUri(),
                broker.cloudSecret(),
                uid("watch"),
                false,
                Topics.allSitesFilter(TopicKind.STATUS));
        SimulatedSite s =
            SimulatedSite.start(
                SimulationOptions.withClaimCode("127.0.0.1", broker.port(), code, dir))) {
      assertThat(s.credentials().deviceId()).isEqualTo(device);
      Path file = dir.resolve("credentials");
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
          .isEqualTo("rw-------");
      assertThat(new CredentialStore(file).load()).contains(s.credentials());
      assertThat(s.credentials().toString()).doesNotContain(s.credentials().secret());
      await()
          .atMost(Duration.ofSeconds(20))
          .until(() -> !watcher.receivedOn(Topics.status(site, device)).isEmpty());
    }
  }

  @Test
  void claim_refusedByCloud_provisioningExceptionWithReason() throws Exception {
    String site = uid("site");
    String code = "CLAIM-" + UUID.randomUUID().toString().substring(0, 6);
    broker.addClaim(code, site);
    try (CloudClient r = responder("some-other-code", site, uid("dev"))) {
      Provisioner p = provisioner();
      assertThatThrownBy(() -> p.claim(code, "hw", "0.1.0"))
          .isInstanceOf(ProvisioningException.class)
          .hasMessageContaining("already used");
      assertThat(dir.resolve("credentials")).doesNotExist();
    }
  }

  @Test
  void claim_unknownCodeRefusedByBroker_provisioningException() {
    Provisioner p = provisioner();
    assertThatThrownBy(() -> p.claim("NOT-A-CLAIM", "hw", "0.1.0"))
        .isInstanceOf(ProvisioningException.class)
        .hasMessageContaining("connection failed");
  }

  @Test
  void claim_noResponder_timesOut() {
    String code = "CLAIM-" + UUID.randomUUID().toString().substring(0, 6);
    broker.addClaim(code, uid("site"));
    Provisioner p =
        new Provisioner(
            settings(),
            codec,
            new CredentialStore(dir.resolve("credentials")),
            Duration.ofSeconds(2));
    assertThatThrownBy(() -> p.claim(code, "hw", "0.1.0"))
        .isInstanceOf(ProvisioningException.class)
        .hasMessageContaining("no provisioning response");
  }

  private BrokerSettings settings() {
    return new BrokerSettings(
        "127.0.0.1",
        broker.port(),
        false,
        null,
        null,
        30,
        Duration.ofSeconds(1),
        Duration.ofSeconds(5),
        32);
  }

  private Provisioner provisioner() {
    return new Provisioner(
        settings(), codec, new CredentialStore(dir.resolve("credentials")), Duration.ofSeconds(10));
  }
}
