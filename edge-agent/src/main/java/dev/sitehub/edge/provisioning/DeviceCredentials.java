package dev.sitehub.edge.provisioning;

import dev.sitehub.edge.uplink.MqttCredentials;

/** The identity the cloud issued to this box. The secret never appears in {@link #toString()}. */
public record DeviceCredentials(String siteId, String deviceId, String secret) {

  /** Devices connect with username = client id = device id. */
  public MqttCredentials mqtt() {
    return new MqttCredentials(deviceId, deviceId, secret);
  }

  @Override
  public String toString() {
    return "DeviceCredentials[site=" + siteId + ", device=" + deviceId + ", secret=***]";
  }
}
