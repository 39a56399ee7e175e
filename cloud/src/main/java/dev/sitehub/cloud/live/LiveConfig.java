package dev.sitehub.cloud.live;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** Configuration of live view ({@code sitehub.live.*}). */
@ConfigMapping(prefix = "sitehub.live")
public interface LiveConfig {

  /**
   * How long a viewer lease lives without renewal; bounds how long a crashed instance's viewers
   * count.
   */
  @WithDefault("30s")
  Duration leaseTtl();

  /** The seconds argument of stream_start: the agent streams this long unless renewed. */
  @WithDefault("30s")
  Duration streamFor();

  /** Renew a camera's stream request when less than this is left of it. */
  @WithDefault("15s")
  Duration renewBefore();

  /** How often each instance renews its leases and streams ("off" disables, as in tests). */
  @WithDefault("5s")
  String tickEvery();

  /** How long a live-view ticket is valid after it is issued. */
  @WithDefault("60s")
  Duration ticketTtl();

  /**
   * HMAC secret for tickets, at least 32 bytes. Set the same value on every instance: without it
   * each instance uses a random secret and only accepts its own tickets.
   */
  Optional<String> ticketSecret();

  /** This instance's id in the lease table; defaults to a random id per start. */
  Optional<String> instanceId();
}
