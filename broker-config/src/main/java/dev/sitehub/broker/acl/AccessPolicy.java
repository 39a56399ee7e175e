package dev.sitehub.broker.acl;

import dev.sitehub.protocol.Decoded;
import dev.sitehub.protocol.ParsedTopic;
import dev.sitehub.protocol.Principal;
import dev.sitehub.protocol.TopicKind;
import dev.sitehub.protocol.Topics;

/**
 * The SiteHub ACL, deny by default and derived from the {@link TopicKind} table: a principal may
 * publish a kind only if the table names it as publisher, subscribe only if it names it as
 * subscriber, and only on topics addressed to itself (the cloud: every site).
 */
public final class AccessPolicy {
  private static final String SHARE_PREFIX = "$share/";

  private final int maxFrameBytes;
  private final int maxJsonBytes;

  public AccessPolicy(int maxFrameBytes, int maxJsonBytes) {
    this.maxFrameBytes = maxFrameBytes;
    this.maxJsonBytes = maxJsonBytes;
  }

  /** Decides one PUBLISH (or Will) from {@code who}. */
  public AclDecision mayPublish(
      ClientIdentity who, String topic, int qos, boolean retain, int payloadBytes) {
    Decoded<ParsedTopic> parsed = Topics.parse(topic);
    if (!parsed.isOk()) {
      return AclDecision.deny("not a SiteHub topic");
    }
    ParsedTopic t = parsed.value();
    TopicKind kind = t.kind();
    if (kind.publisher() != who.principal()) {
      return AclDecision.deny(who.principal() + " may not publish " + kind);
    }
    if (!addressedTo(who, t)) {
      return AclDecision.deny("topic belongs to another site, device or client");
    }
    if (qos > kind.maxQos()) {
      return AclDecision.deny("qos " + qos + " above " + kind.maxQos() + " for " + kind);
    }
    if (retain && !kind.retainAllowed()) {
      return AclDecision.deny("retain not allowed for " + kind);
    }
    int limit = kind == TopicKind.FRAME ? maxFrameBytes : maxJsonBytes;
    if (payloadBytes > limit) {
      return AclDecision.tooLarge("payload " + payloadBytes + " bytes above " + limit);
    }
    return AclDecision.allow();
  }

  /**
   * Decides one subscription of a SUBSCRIBE packet. Wildcards only for the cloud, and only the
   * all-sites filters, plain or as {@code $share/<group>/...}.
   */
  public AclDecision maySubscribe(ClientIdentity who, String filter) {
    if (who.principal() == Principal.CLOUD) {
      return cloudSubscription(filter);
    }
    Decoded<ParsedTopic> parsed = Topics.parse(filter);
    if (!parsed.isOk()) {
      return AclDecision.deny("only the exact own topic may be subscribed, no wildcards");
    }
    ParsedTopic t = parsed.value();
    if (t.kind().subscriber() != who.principal()) {
      return AclDecision.deny(who.principal() + " may not subscribe " + t.kind());
    }
    return addressedTo(who, t)
        ? AclDecision.allow()
        : AclDecision.deny("topic belongs to another site, device or client");
  }

  private static AclDecision cloudSubscription(String filter) {
    String inner = filter;
    if (filter.startsWith(SHARE_PREFIX)) {
      String rest = filter.substring(SHARE_PREFIX.length());
      int slash = rest.indexOf('/');
      if (slash <= 0 || !Topics.isValidId(rest.substring(0, slash))) {
        return AclDecision.deny("bad share group");
      }
      inner = rest.substring(slash + 1);
    }
    for (TopicKind kind : TopicKind.values()) {
      if (kind.subscriber() == Principal.CLOUD && Topics.allSitesFilter(kind).equals(inner)) {
        return AclDecision.allow();
      }
    }
    return AclDecision.deny("not an all-sites filter of a kind the cloud consumes");
  }

  private static boolean addressedTo(ClientIdentity who, ParsedTopic t) {
    return switch (who.principal()) {
      case CLOUD -> true;
      case DEVICE ->
          t.kind().scope() != TopicKind.Scope.CLIENT
              && who.siteId().equals(t.siteId())
              && who.principalId().equals(t.deviceId());
      case PROVISIONER ->
          t.kind().scope() == TopicKind.Scope.CLIENT && who.clientId().equals(t.clientId());
    };
  }
}
