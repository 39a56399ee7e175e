package dev.sitehub.cloud.media;

import dev.sitehub.protocol.message.Command;

/**
 * Publishes a command to one edge device (topic {@code Topics.command(site, device)}); the MQTT
 * uplink implements it, live view and snapshot-now use it.
 */
public interface DeviceCommandSender {

  /**
   * Sends the command; throws {@link CommandNotSentException} when it could not be handed to the
   * broker.
   */
  void send(String siteId, String deviceId, Command command);
}
