package dev.sitehub.edge.sensors;

import dev.sitehub.protocol.message.EventState;
import dev.sitehub.protocol.message.EventType;
import java.util.Map;

/** Receives sensor events; the agent puts them in the outbox and returns the sequence number. */
@FunctionalInterface
public interface EventSink {
  long event(EventType type, String source, EventState state, Map<String, String> detail);
}
