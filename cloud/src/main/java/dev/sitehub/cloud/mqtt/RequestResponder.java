package dev.sitehub.cloud.mqtt;

/**
 * Answers a request that arrived over MQTT (a provisioning request) with one reply to publish, or
 * null when there is nothing to answer; implemented by the feature that owns the request.
 */
public interface RequestResponder {
  Reply answer(Delivery d);

  /** The reply's topic and payload. */
  record Reply(String topic, byte[] payload) {}
}
