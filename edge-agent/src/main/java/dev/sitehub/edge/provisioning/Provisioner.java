package dev.sitehub.edge.provisioning;

import dev.sitehub.edge.config.BrokerSettings;
import dev.sitehub.protocol.MessageCodec;
import dev.sitehub.protocol.MqttUsers;
import dev.sitehub.protocol.TopicKind;
import dev.sitehub.protocol.Topics;
import dev.sitehub.protocol.message.ProvisionRequest;
import dev.sitehub.protocol.message.ProvisionResponse;
import dev.sitehub.protocol.transport.NoDelaySocketFactory;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.paho.mqttv5.client.IMqttToken;
import org.eclipse.paho.mqttv5.client.MqttCallback;
import org.eclipse.paho.mqttv5.client.MqttClient;
import org.eclipse.paho.mqttv5.client.MqttConnectionOptions;
import org.eclipse.paho.mqttv5.client.MqttDisconnectResponse;
import org.eclipse.paho.mqttv5.client.persist.MemoryPersistence;
import org.eclipse.paho.mqttv5.common.MqttException;
import org.eclipse.paho.mqttv5.common.MqttMessage;
import org.eclipse.paho.mqttv5.common.packet.MqttProperties;

/**
 * Runs the provisioning exchange of docs/protocol.md: connects as {@link MqttUsers#PROVISION} with
 * the claim code as password and a random client id, publishes a {@link ProvisionRequest}, waits
 * for the matching {@link ProvisionResponse}, and stores the credentials (mode 600).
 */
public final class Provisioner {
  private static final System.Logger LOG = System.getLogger(Provisioner.class.getName());
  private static final SecureRandom RANDOM = new SecureRandom();

  private final BrokerSettings broker;
  private final MessageCodec codec;
  private final CredentialStore store;
  private final Duration timeout;

  public Provisioner(
      BrokerSettings broker, MessageCodec codec, CredentialStore store, Duration timeout) {
    this.broker = broker;
    this.codec = codec;
    this.store = store;
    this.timeout = timeout;
  }

  /** Stored credentials if present, otherwise the result of claiming with {@code claimCode}. */
  public DeviceCredentials ensure(String claimCode, String hardwareId, String agentVersion) {
    var stored = store.load();
    if (stored.isPresent()) {
      return stored.get();
    }
    if (claimCode == null || claimCode.isBlank()) {
      throw new ProvisioningException(
          "no credentials in " + store.file() + " and no claim.code configured");
    }
    return claim(claimCode, hardwareId, agentVersion);
  }

  /** Performs the exchange once; throws {@link ProvisioningException} on refusal or timeout. */
  public DeviceCredentials claim(String claimCode, String hardwareId, String agentVersion) {
    String clientId = "prov-" + randomHex(8);
    String requestId = "req-" + randomHex(8);
    CompletableFuture<ProvisionResponse> answer = new CompletableFuture<>();
    MqttClient client = null;
    try {
      client = new MqttClient(broker.serverUri(), clientId, new MemoryPersistence());
      client.setCallback(new ResponseListener(requestId, answer));
      MqttConnectionOptions o = new MqttConnectionOptions();
      o.setCleanStart(true);
      o.setUserName(MqttUsers.PROVISION);
      o.setPassword(claimCode.getBytes(StandardCharsets.UTF_8));
      o.setConnectionTimeout((int) Math.max(1, timeout.toSeconds()));
      o.setSocketFactory(
          broker.tls()
              ? dev.sitehub.edge.uplink.TlsSocketFactory.of(broker)
              : NoDelaySocketFactory.INSTANCE);
      client.connect(o);
      client.subscribe(Topics.provisioning(TopicKind.PROVISION_RESPONSE, clientId), 1);
      ProvisionRequest req = new ProvisionRequest(requestId, claimCode, hardwareId, agentVersion);
      MqttMessage m = new MqttMessage(codec.encode(req));
      m.setQos(1);
      client.publish(Topics.provisioning(TopicKind.PROVISION_REQUEST, clientId), m);
      LOG.log(Level.INFO, "provisioning request sent clientId=" + clientId + " id=" + requestId);
      ProvisionResponse r = answer.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
      if (!r.accepted()) {
        throw new ProvisioningException("claim refused: " + r.error());
      }
      DeviceCredentials creds = new DeviceCredentials(r.siteId(), r.deviceId(), r.secret());
      store.save(creds);
      LOG.log(
          Level.INFO,
          "provisioned site=" + r.siteId() + " device=" + r.deviceId() + " file=" + store.file());
      return creds;
    } catch (MqttException e) {
      throw new ProvisioningException(
          "provisioning connection failed (reason " + e.getReasonCode() + ")", e);
    } catch (TimeoutException e) {
      throw new ProvisioningException("no provisioning response within " + timeout);
    } catch (ExecutionException e) {
      throw new ProvisioningException("provisioning failed: " + e.getCause().getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ProvisioningException("interrupted while provisioning");
    } finally {
      close(client);
    }
  }

  private static void close(MqttClient client) {
    if (client == null) {
      return;
    }
    try {
      if (client.isConnected()) {
        // Bounded: Paho 1.2.5's plain disconnect() can wait forever for a DISCONNECT that races
        // the broker closing the connection.
        client.disconnectForcibly(1_000, 5_000, true);
      }
      client.close();
    } catch (MqttException e) {
      LOG.log(Level.DEBUG, "provisioning client close failed");
    }
  }

  private static String randomHex(int bytes) {
    byte[] b = new byte[bytes];
    RANDOM.nextBytes(b);
    return HexFormat.of().formatHex(b);
  }

  /** Completes the future with the response whose request id matches; ignores anything else. */
  private final class ResponseListener implements MqttCallback {
    private final String requestId;
    private final CompletableFuture<ProvisionResponse> answer;

    ResponseListener(String requestId, CompletableFuture<ProvisionResponse> answer) {
      this.requestId = requestId;
      this.answer = answer;
    }

    @Override
    public void messageArrived(String topic, MqttMessage message) {
      var d = codec.decodeProvisionResponse(message.getPayload());
      if (!d.isOk()) {
        LOG.log(Level.WARNING, "bad provisioning response: " + d.rejection());
        return;
      }
      if (requestId.equals(d.value().requestId())) {
        answer.complete(d.value());
      }
    }

    @Override
    public void disconnected(MqttDisconnectResponse r) {
      answer.completeExceptionally(
          new ProvisioningException("disconnected by broker (reason " + r.getReturnCode() + ")"));
    }

    @Override
    public void mqttErrorOccurred(MqttException e) {}

    @Override
    public void deliveryComplete(IMqttToken token) {}

    @Override
    public void connectComplete(boolean reconnect, String serverURI) {}

    @Override
    public void authPacketArrived(int reasonCode, MqttProperties properties) {}
  }
}
