package dev.sitehub.cloud.telemetry;

import dev.sitehub.protocol.message.DeviceEvent;
import dev.sitehub.protocol.message.DeviceStatus;
import dev.sitehub.protocol.message.Heartbeat;
import dev.sitehub.protocol.message.TelemetryBatch;

/** A decoded, authorized inbound message waiting to be written, with the site it belongs to. */
public sealed interface Accepted {
  String siteId();

  String deviceId();

  /** Readings, sequenced. */
  record Telemetry(String siteId, TelemetryBatch batch) implements Accepted {
    public String deviceId() {
      return batch.deviceId();
    }
  }

  /** A discrete event, sequenced like telemetry. */
  record Event(String siteId, DeviceEvent event) implements Accepted {
    public String deviceId() {
      return event.deviceId();
    }
  }

  /** Birth or Last Will. */
  record Status(String siteId, DeviceStatus status) implements Accepted {
    public String deviceId() {
      return status.deviceId();
    }
  }

  /** Periodic health. */
  record Health(String siteId, Heartbeat heartbeat) implements Accepted {
    public String deviceId() {
      return heartbeat.deviceId();
    }
  }
}
