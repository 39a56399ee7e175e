package dev.sitehub.cloud.telemetry;

import dev.sitehub.protocol.message.EventType;
import dev.sitehub.protocol.message.SensorKind;
import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * What a site's sensors measure and report, in words (English here; sensormsg_zh_CN.properties
 * holds the Chinese): readings and events are stored as codes and numbers and named when shown.
 */
@MessageBundle(value = "sensormsg", locale = "en")
public interface SensorMessages {
  /** What a reading measures. */
  @Message
  String metric(SensorKind metric);

  /** A device event. */
  @Message
  String event(EventType event);

  @Message("no leak")
  String leakDry();

  @Message("leak detected")
  String leakWet();
}
