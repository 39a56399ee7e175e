package dev.sitehub.broker.acl;

import com.hivemq.extension.sdk.api.auth.PublishAuthorizer;
import com.hivemq.extension.sdk.api.auth.SubscriptionAuthorizer;
import com.hivemq.extension.sdk.api.auth.parameter.PublishAuthorizerInput;
import com.hivemq.extension.sdk.api.auth.parameter.PublishAuthorizerOutput;
import com.hivemq.extension.sdk.api.auth.parameter.SubscriptionAuthorizerInput;
import com.hivemq.extension.sdk.api.auth.parameter.SubscriptionAuthorizerOutput;
import com.hivemq.extension.sdk.api.packets.publish.AckReasonCode;
import com.hivemq.extension.sdk.api.packets.publish.PublishPacket;
import com.hivemq.extension.sdk.api.packets.subscribe.SubackReasonCode;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Applies the {@link AccessPolicy} to every PUBLISH and SUBSCRIBE the broker receives. */
public final class SiteHubAuthorizer implements PublishAuthorizer, SubscriptionAuthorizer {
  private static final Logger LOG = LoggerFactory.getLogger(SiteHubAuthorizer.class);

  private final AccessPolicy policy;

  public SiteHubAuthorizer(AccessPolicy policy) {
    this.policy = policy;
  }

  @Override
  public void authorizePublish(PublishAuthorizerInput input, PublishAuthorizerOutput output) {
    String clientId = input.getClientInformation().getClientId();
    PublishPacket packet = input.getPublishPacket();
    Optional<ClientIdentity> who =
        IdentityAttributes.read(input.getConnectionInformation().getConnectionAttributeStore());
    if (who.isEmpty()) {
      output.failAuthorization(AckReasonCode.NOT_AUTHORIZED, "unknown principal");
      return;
    }
    int size = packet.getPayload().map(b -> b.remaining()).orElse(0);
    AclDecision decision =
        policy.mayPublish(
            who.get(), packet.getTopic(), packet.getQos().getQosNumber(), packet.getRetain(), size);
    if (decision.allowed()) {
      output.authorizeSuccessfully();
      return;
    }
    LOG.info(
        "publish denied client={} principal={} topic={} reason={}",
        clientId,
        who.get().principal(),
        packet.getTopic(),
        decision.reason());
    output.failAuthorization(
        decision.tooLarge() ? AckReasonCode.QUOTA_EXCEEDED : AckReasonCode.NOT_AUTHORIZED,
        decision.reason());
  }

  @Override
  public void authorizeSubscribe(
      SubscriptionAuthorizerInput input, SubscriptionAuthorizerOutput output) {
    String clientId = input.getClientInformation().getClientId();
    String filter = input.getSubscription().getTopicFilter();
    Optional<ClientIdentity> who =
        IdentityAttributes.read(input.getConnectionInformation().getConnectionAttributeStore());
    AclDecision decision =
        who.map(w -> policy.maySubscribe(w, filter)).orElse(AclDecision.deny("unknown principal"));
    if (decision.allowed()) {
      output.authorizeSuccessfully();
      return;
    }
    LOG.info("subscribe denied client={} filter={} reason={}", clientId, filter, decision.reason());
    output.failAuthorization(SubackReasonCode.NOT_AUTHORIZED, decision.reason());
  }
}
