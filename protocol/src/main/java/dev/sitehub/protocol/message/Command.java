package dev.sitehub.protocol.message;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * A cloud to device command. {@code type} is kept as a string so that a command the agent does not
 * know can still be answered with an error result carrying its id. {@code args} are flat string
 * pairs, for example {@code camera=cam1}, {@code seconds=30}.
 */
public record Command(
    String commandId, String type, Instant issuedAt, Instant expiresAt, Map<String, String> args) {
  public Command {
    args = Map.copyOf(args);
  }

  public Optional<CommandType> knownType() {
    return CommandType.fromWire(type);
  }
}
