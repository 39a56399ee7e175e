package dev.sitehub.cloud.live;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** Until when a camera has been asked to stream (table live_stream_demand). */
@Entity
@Table(name = "live_stream_demand")
@IdClass(StreamDemand.Key.class)
class StreamDemand {
  @Id
  @Column(name = "site_id")
  String siteId;

  @Id
  @Column(name = "device_id")
  String deviceId;

  @Id
  @Column(name = "camera_id")
  String cameraId;

  @Column(name = "requested_until", nullable = false)
  Instant requestedUntil;

  protected StreamDemand() {}

  /** The demand's identity: one camera of one box. */
  record Key(String siteId, String deviceId, String cameraId) implements Serializable {}
}
