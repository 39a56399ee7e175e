package dev.sitehub.edge.camera;

import dev.sitehub.protocol.message.EventState;
import dev.sitehub.protocol.message.EventType;
import dev.sitehub.protocol.message.FrameMeta;
import java.util.Map;

/** Where camera workers send their frames and events; the agent routes them to the uplink. */
public interface CameraOutput {
  /** A snapshot (queued in the bounded ring) or, when {@code live}, a live frame (never queued). */
  void frame(FrameMeta meta, byte[] jpeg, boolean live);

  void event(EventType type, String cameraId, EventState state, Map<String, String> detail);
}
