package dev.sitehub.cloud.devices;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Device registry settings: claim codes and liveness. */
@ConfigMapping(prefix = "sitehub.devices")
public interface DeviceConfig {

  /** How long a new claim code stays usable. */
  @WithDefault("PT24H")
  Duration claimTtl();

  /** A device with no status or heartbeat for this long is marked offline. */
  @WithDefault("PT2M")
  Duration heartbeatTimeout();

  /** How often the heartbeat timeout is checked (a Quarkus scheduler duration). */
  @WithDefault("30s")
  String timeoutCheckEvery();
}
