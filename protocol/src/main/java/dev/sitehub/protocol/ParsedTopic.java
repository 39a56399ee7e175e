package dev.sitehub.protocol;

/**
 * A topic taken apart by {@link Topics#parse(String)}. Fields that the topic's scope does not use
 * are null: a provisioning topic has only a client id, a frame topic also has a camera id.
 */
public record ParsedTopic(
    TopicKind kind, String siteId, String deviceId, String cameraId, String clientId) {

  /** Builds the topic string again; {@code Topics.parse(t).value().toTopic()} equals t. */
  public String toTopic() {
    return switch (kind.scope()) {
      case DEVICE -> Topics.device(kind, siteId, deviceId);
      case CAMERA -> Topics.frame(siteId, deviceId, cameraId);
      case CLIENT -> Topics.provisioning(kind, clientId);
    };
  }
}
