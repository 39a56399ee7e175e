package dev.sitehub.edge.uplink;

import dev.sitehub.protocol.message.Command;
import dev.sitehub.protocol.message.CommandResult;

/** Executes a decoded command and returns its result; must never throw. */
@FunctionalInterface
public interface CommandSink {
  CommandResult handle(Command command);
}
