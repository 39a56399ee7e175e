package dev.sitehub.broker.embedded;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** A broker whose extension cannot reach its credential store must not start half-open. */
class EmbeddedBrokerStartFailureTest {

  @Test
  void start_unreachableDatabase_throws() {
    EmbeddedBrokerConfig config =
        EmbeddedBrokerConfig.builder()
            .port(0)
            .jdbcUrl("jdbc:postgresql://127.0.0.1:1/none?connectTimeout=1")
            .build();
    assertThatThrownBy(() -> EmbeddedBroker.start(config).close())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("failed to start");
  }

  @Test
  void build_missingJdbcUrl_throws() {
    assertThatThrownBy(() -> EmbeddedBrokerConfig.builder().build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("jdbcUrl");
  }
}
