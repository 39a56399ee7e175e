package dev.sitehub.cloud.mqtt;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** How the cloud reaches the MQTT broker. */
@ConfigMapping(prefix = "sitehub.mqtt")
public interface MqttConfig {

  /** Connect to the broker at all (false for API-only tests and tools). */
  @WithDefault("true")
  boolean enabled();

  /** Broker host. */
  @WithDefault("127.0.0.1")
  String host();

  /** Broker TCP port. */
  @WithDefault("1883")
  int port();

  /** The cloud's MQTT username; its principal row is upserted at startup. */
  @WithDefault("sitehub-cloud")
  String username();

  /**
   * The cloud's MQTT password; its PBKDF2 hash is written to mqtt_principal at startup. Required
   * when enabled; set SITEHUB_MQTT_PASSWORD.
   */
  Optional<String> password();

  /**
   * Stable client id of this instance; with a persistent session the broker keeps unacked messages
   * for it across restarts. Defaults to the username plus the host name.
   */
  Optional<String> clientId();

  /** Shared-subscription group that all cloud instances join to split the load. */
  @WithDefault("sitehub-cloud")
  String shareGroup();

  /** MQTT 5 Receive Maximum: unacknowledged messages the broker may have in flight to us. */
  @WithDefault("500")
  int receiveMaximum();

  /**
   * Connections this instance opens in the shared group. HiveMQ CE sends a member a new batch (at
   * most 50 messages) only once it has nothing in flight, so each connection carries at most one
   * batch per commit-and-ack cycle of the writer. 16: against 4, it took the committed rate at
   * 2,000 msg/s offered from 511 to 1,568 msg/s in the same benchmark run (docs/BENCHMARKS.md,
   * issue 19): more messages per transaction, fewer statements and commits per message. Lowering it
   * leaves the extra sessions (client ids {@code <client-id>-cN}) to expire after {@link
   * #sessionExpiry()}.
   */
  @WithDefault("16")
  int consumers();

  /** Session expiry: how long the broker keeps our session (and unacked messages) while away. */
  @WithDefault("PT1H")
  Duration sessionExpiry();

  /**
   * A connection that has received nothing for this long and holds nothing unacknowledged sends its
   * SUBSCRIBE again. HiveMQ CE looks for a member to serve a shared queue only when the queue goes
   * from empty to one message; otherwise a member is served only when it connects, subscribes, or
   * acknowledges its last delivery. A member that found the queue momentarily taken by its peers
   * would otherwise wait, under steady load, until the whole queue drains, which may be never. Zero
   * disables it.
   */
  @WithDefault("PT1S")
  Duration idleResubscribe();

  /** Longest pause between reconnect attempts (the pause doubles from 1 s up to this). */
  @WithDefault("PT10S")
  Duration maxReconnectDelay();
}
