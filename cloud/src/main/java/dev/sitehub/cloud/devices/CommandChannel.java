package dev.sitehub.cloud.devices;

import dev.sitehub.protocol.message.Command;

/**
 * Hands a command to the broker for one box ({@code Topics.command(site, device)}). Named here and
 * implemented by the cloud's media uplink, which already publishes commands and consumes their
 * results, so devices depends on no higher feature.
 */
public interface CommandChannel {
  /** True when the broker took the command; false when the link is down or the publish failed. */
  boolean offer(String siteId, String deviceId, Command command);
}
