package dev.sitehub.broker.acl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sitehub.protocol.Principal;
import dev.sitehub.protocol.TopicKind;
import dev.sitehub.protocol.Topics;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The ACL against protocol's TopicKind table: it must grant exactly what the table grants. */
class AccessPolicyTest {
  private static final int MAX_FRAME = 1000;
  private static final int MAX_JSON = 100;
  private static final String SITE = "site-1";
  private static final String DEVICE = "dev-1";
  private static final String CLIENT = "box-1";

  private final AccessPolicy policy = new AccessPolicy(MAX_FRAME, MAX_JSON);

  private static ClientIdentity identity(Principal p) {
    return switch (p) {
      case DEVICE -> ClientIdentity.device(DEVICE, SITE);
      case CLOUD -> ClientIdentity.cloud("sitehub-cloud", CLIENT);
      case PROVISIONER -> ClientIdentity.provisioner(CLIENT);
    };
  }

  /** A concrete topic of this kind addressed to the principal itself, where it can be. */
  private static String ownTopic(TopicKind kind, ClientIdentity who) {
    String device = who.principal() == Principal.DEVICE ? who.principalId() : "dev-9";
    String site = who.principal() == Principal.DEVICE ? who.siteId() : "site-9";
    return switch (kind.scope()) {
      case DEVICE -> Topics.device(kind, site, device);
      case CAMERA -> Topics.frame(site, device, "cam-1");
      case CLIENT -> Topics.provisioning(kind, who.clientId());
    };
  }

  /** Verifies that every (kind, principal) pair is granted exactly when the table says so. */
  @Test
  void publish_walkingTopicKindTable_grantsExactlyTheTable() {
    List<String> mismatches = new ArrayList<>();
    for (TopicKind kind : TopicKind.values()) {
      for (Principal p : Principal.values()) {
        ClientIdentity who = identity(p);
        String topic = ownTopic(kind, who);
        boolean expected = kind.publisher() == p;
        check(
            mismatches,
            "publish " + p + " " + kind,
            expected,
            pub(who, topic, kind.maxQos(), false));
        check(
            mismatches,
            "qos+1 " + p + " " + kind,
            false,
            pub(who, topic, kind.maxQos() + 1, false));
        check(
            mismatches,
            "retain " + p + " " + kind,
            expected && kind.retainAllowed(),
            pub(who, topic, 0, true));
      }
    }
    assertThat(mismatches).isEmpty();
  }

  @Test
  void subscribe_walkingTopicKindTable_grantsExactlyTheTable() {
    List<String> mismatches = new ArrayList<>();
    for (TopicKind kind : TopicKind.values()) {
      for (Principal p : Principal.values()) {
        ClientIdentity who = identity(p);
        boolean expected = kind.subscriber() == p;
        if (p == Principal.CLOUD) {
          check(mismatches, "shared " + kind, expected, sub(who, Topics.sharedFilter("g1", kind)));
          check(mismatches, "plain " + kind, expected, sub(who, Topics.allSitesFilter(kind)));
        } else {
          check(mismatches, "subscribe " + p + " " + kind, expected, sub(who, ownTopic(kind, who)));
        }
      }
    }
    assertThat(mismatches).isEmpty();
  }

  @Test
  void publish_deviceToAnotherDeviceOrSite_denied() {
    ClientIdentity device = identity(Principal.DEVICE);
    for (TopicKind kind : TopicKind.values()) {
      if (kind.scope() == TopicKind.Scope.DEVICE) {
        assertThat(pub(device, Topics.device(kind, SITE, "dev-2"), 0, false)).isFalse();
        assertThat(pub(device, Topics.device(kind, "site-2", DEVICE), 0, false)).isFalse();
      }
    }
    assertThat(pub(device, Topics.frame("site-2", DEVICE, "cam-1"), 0, false)).isFalse();
  }

  @Test
  void publish_provisionerToAnotherClientOrTelemetry_denied() {
    ClientIdentity box = identity(Principal.PROVISIONER);
    assertThat(pub(box, Topics.provisioning(TopicKind.PROVISION_REQUEST, "box-2"), 1, false))
        .isFalse();
    assertThat(pub(box, Topics.telemetry(SITE, CLIENT), 0, false)).isFalse();
  }

  @Test
  void publish_notASiteHubTopic_deniedForEveryone() {
    for (Principal p : Principal.values()) {
      assertThat(pub(identity(p), "other/topic", 0, false)).isFalse();
      assertThat(pub(identity(p), "$SYS/broker", 0, false)).isFalse();
    }
  }

  @Test
  void subscribe_deviceWildcardsOrForeignCommand_denied() {
    ClientIdentity device = identity(Principal.DEVICE);
    assertThat(sub(device, "#")).isFalse();
    assertThat(sub(device, "sitehub/v1/site/+/+/cmd")).isFalse();
    assertThat(sub(device, "sitehub/v1/site/" + SITE + "/" + DEVICE + "/#")).isFalse();
    assertThat(sub(device, "$share/g1/" + Topics.command(SITE, DEVICE))).isFalse();
    assertThat(sub(device, Topics.command(SITE, "dev-2"))).isFalse();
    assertThat(sub(device, Topics.command(SITE, DEVICE))).isTrue();
  }

  @Test
  void subscribe_cloudOtherFilters_denied() {
    ClientIdentity cloud = identity(Principal.CLOUD);
    assertThat(sub(cloud, "#")).isFalse();
    assertThat(sub(cloud, "$share/g1/#")).isFalse();
    assertThat(sub(cloud, "$share/bad+group/" + Topics.allSitesFilter(TopicKind.TELEMETRY)))
        .isFalse();
    assertThat(sub(cloud, "sitehub/v1/site/+/+/+")).isFalse();
  }

  @Test
  void publish_payloadAtLimit_allowedAndOneByteOver_tooLarge() {
    ClientIdentity device = identity(Principal.DEVICE);
    String frame = Topics.frame(SITE, DEVICE, "cam-1");
    String telemetry = Topics.telemetry(SITE, DEVICE);
    assertThat(policy.mayPublish(device, frame, 0, false, MAX_FRAME).allowed()).isTrue();
    AclDecision over = policy.mayPublish(device, frame, 0, false, MAX_FRAME + 1);
    assertThat(over.allowed()).isFalse();
    assertThat(over.tooLarge()).isTrue();
    assertThat(policy.mayPublish(device, telemetry, 1, false, MAX_JSON).allowed()).isTrue();
    assertThat(policy.mayPublish(device, telemetry, 1, false, MAX_JSON + 1).tooLarge()).isTrue();
  }

  private boolean pub(ClientIdentity who, String topic, int qos, boolean retain) {
    return policy.mayPublish(who, topic, qos, retain, 10).allowed();
  }

  private boolean sub(ClientIdentity who, String filter) {
    return policy.maySubscribe(who, filter).allowed();
  }

  private static void check(List<String> mismatches, String what, boolean expected, boolean got) {
    if (expected != got) {
      mismatches.add(what + ": expected " + expected + " but ACL said " + got);
    }
  }
}
