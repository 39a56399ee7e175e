package dev.sitehub.cloud.devices;

import dev.sitehub.cloud.mqtt.Delivery;
import dev.sitehub.cloud.mqtt.RequestResponder;
import dev.sitehub.protocol.Decoded;
import dev.sitehub.protocol.MessageCodec;
import dev.sitehub.protocol.ParsedTopic;
import dev.sitehub.protocol.TopicKind;
import dev.sitehub.protocol.Topics;
import dev.sitehub.protocol.message.ProvisionRequest;
import dev.sitehub.protocol.message.ProvisionResponse;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/**
 * Answers provisioning requests: the request topic names the box's client id, the answer goes to
 * that client's response topic. Malformed requests are answered with a refusal when they carry a
 * request id, and are otherwise dropped (and acknowledged, so they are not redelivered forever).
 */
@ApplicationScoped
class ProvisioningResponder implements RequestResponder {
  private static final Logger LOG = Logger.getLogger(ProvisioningResponder.class);

  private final DeviceService devices;
  private final MessageCodec codec;

  public ProvisioningResponder(DeviceService devices, MessageCodec codec) {
    this.devices = devices;
    this.codec = codec;
  }

  /** The response to publish for this delivery, or null when there is nobody to answer. */
  @Override
  public Reply answer(Delivery d) {
    Decoded<ParsedTopic> topic = Topics.parse(d.topic());
    if (!topic.isOk() || topic.value().kind() != TopicKind.PROVISION_REQUEST) {
      LOG.warnf("provision reject: not a request topic");
      return null;
    }
    String clientId = topic.value().clientId();
    Decoded<ProvisionRequest> req = codec.decodeProvisionRequest(d.payload());
    String responseTopic = Topics.provisioning(TopicKind.PROVISION_RESPONSE, clientId);
    if (!req.isOk()) {
      LOG.warnf("provision reject client=%s: %s", clientId, req.rejection());
      return new Reply(
          responseTopic,
          codec.encode(
              ProvisionResponse.refused(
                  "unknown", "malformed request: " + req.rejection().reason().code())));
    }
    ProvisionResponse response = devices.provision(clientId, req.value());
    return new Reply(responseTopic, codec.encode(response));
  }

  /** A provisioning answer and where it goes. */
}
