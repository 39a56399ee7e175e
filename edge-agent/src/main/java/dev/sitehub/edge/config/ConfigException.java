package dev.sitehub.edge.config;

/** A configuration key that is missing, malformed or out of range; the message names the key. */
public final class ConfigException extends RuntimeException {
  private final String key;

  public ConfigException(String key, String problem) {
    super(key + ": " + problem);
    this.key = key;
  }

  public String key() {
    return key;
  }
}
