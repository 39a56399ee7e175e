package dev.sitehub.edge.commands;

import java.util.Map;

/**
 * Applies a config_set command: validates the new values as a whole, persists them, and hot-applies
 * what can be; throws {@link dev.sitehub.edge.config.ConfigException} naming a bad key.
 */
@FunctionalInterface
public interface ConfigChanger {
  /** Returns the new config hash. */
  String apply(Map<String, String> changes);
}
