package dev.sitehub.broker.config;

/** A missing or malformed extension setting; the message names the key and never its value. */
public class SettingsException extends RuntimeException {
  public SettingsException(String message) {
    super(message);
  }

  public SettingsException(String message, Throwable cause) {
    super(message, cause);
  }
}
