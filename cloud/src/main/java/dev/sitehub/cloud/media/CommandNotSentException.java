package dev.sitehub.cloud.media;

/** A command could not be handed to the broker (uplink down, not connected, refused). */
public class CommandNotSentException extends RuntimeException {
  public CommandNotSentException(String message, Throwable cause) {
    super(message, cause);
  }
}
