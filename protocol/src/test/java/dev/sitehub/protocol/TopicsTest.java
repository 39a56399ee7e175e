package dev.sitehub.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class TopicsTest {

  @ParameterizedTest
  @EnumSource(TopicKind.class)
  void parse_everyBuiltTopic_roundTrips(TopicKind kind) {
    String topic =
        switch (kind.scope()) {
          case DEVICE -> Topics.device(kind, "s1", "d1");
          case CAMERA -> Topics.frame("s1", "d1", "cam-1");
          case CLIENT -> Topics.provisioning(kind, "prov-abc");
        };

    ParsedTopic parsed = Topics.parse(topic).value();

    assertThat(parsed.kind()).isEqualTo(kind);
    assertThat(parsed.toTopic()).isEqualTo(topic);
  }

  @Test
  void telemetry_builtTopic_hasDocumentedLayout() {
    assertThat(Topics.telemetry("s1", "d1")).isEqualTo("sitehub/v1/site/s1/d1/telemetry");
    assertThat(Topics.commandResult("s1", "d1")).isEqualTo("sitehub/v1/site/s1/d1/cmd/result");
    assertThat(Topics.frame("s1", "d1", "c1")).isEqualTo("sitehub/v1/site/s1/d1/frame/c1");
    assertThat(Topics.provisioning(TopicKind.PROVISION_REQUEST, "p1"))
        .isEqualTo("sitehub/v1/provision/p1/request");
  }

  @Test
  void sharedFilter_telemetry_coversAllSites() {
    assertThat(Topics.sharedFilter("cloud", TopicKind.TELEMETRY))
        .isEqualTo("$share/cloud/sitehub/v1/site/+/+/telemetry");
    assertThat(Topics.allSitesFilter(TopicKind.FRAME)).isEqualTo("sitehub/v1/site/+/+/frame/+");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "sitehub/v1",
        "sitehub/v2/site/s1/d1/telemetry",
        "sitehub/v1/site/s1/d1",
        "sitehub/v1/site/s1/d1/unknown",
        "sitehub/v1/site/+/d1/telemetry",
        "sitehub/v1/site/s1/#",
        "sitehub/v1/site/s1/d1/telemetry/extra",
        "sitehub/v1/site/s1/d1/frame",
        "sitehub/v1/site/s1/d1/frame/a/b",
        "sitehub/v1/site//d1/telemetry",
        "sitehub/v1/provision/p1/telemetry",
        "sitehub/v1/provision/p+/request",
        "/sitehub/v1/site/s1/d1/telemetry",
        "sitehub/v1/site/s1/d1/cmd/other"
      })
  void parse_malformedTopic_rejectedAsBadTopic(String topic) {
    Decoded<ParsedTopic> d = Topics.parse(topic);

    assertThat(d.isOk()).isFalse();
    assertThat(d.rejection().reason()).isEqualTo(RejectReason.BAD_TOPIC);
  }

  @Test
  void parse_null_rejectedAsBadTopic() {
    assertThat(Topics.parse(null).rejection().reason()).isEqualTo(RejectReason.BAD_TOPIC);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "a/b",
        "a+",
        "#",
        "",
        "$sys",
        "x12345678901234567890123456789012345678901234567890123456789012345"
      })
  void build_invalidId_throws(String id) {
    assertThatThrownBy(() -> Topics.telemetry(id, "d1"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
