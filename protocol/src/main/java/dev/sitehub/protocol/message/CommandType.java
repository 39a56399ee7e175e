package dev.sitehub.protocol.message;

import java.util.Locale;
import java.util.Optional;

/** Commands an edge agent understands. Unknown types still travel, and get an error result. */
public enum CommandType {
  SNAPSHOT,
  STREAM_START,
  STREAM_STOP,
  CONFIG_SET,
  RESTART,
  PING;

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<CommandType> fromWire(String name) {
    for (CommandType t : values()) {
      if (t.wireName().equals(name)) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }
}
