package dev.sitehub.cloud.media;

import dev.sitehub.protocol.message.Command;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Captures commands in order, standing in for the MQTT uplink in tests that run without one. */
public final class RecordingCommandSender implements DeviceCommandSender {
  /** One captured command with its address. */
  public record Sent(String siteId, String deviceId, Command command) {}

  private final List<Sent> sent = new CopyOnWriteArrayList<>();

  @Override
  public void send(String siteId, String deviceId, Command command) {
    sent.add(new Sent(siteId, deviceId, command));
  }

  public List<Sent> sent() {
    return List.copyOf(sent);
  }
}
