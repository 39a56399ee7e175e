package dev.sitehub.cloud.live;

/** A live-view database operation failed. */
public class LiveException extends RuntimeException {
  public LiveException(String operation, Throwable cause) {
    super(operation + " failed: " + cause.getClass().getSimpleName(), cause);
  }
}
