package dev.sitehub.broker.auth;

/** The credential store could not be read; the caller refuses rather than guesses. */
public class StoreUnavailableException extends RuntimeException {
  public StoreUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
