package dev.sitehub.edge.camera;

/** A camera could not be opened or read; the worker reports it in health and retries. */
public final class CameraException extends Exception {
  public CameraException(String message) {
    super(message);
  }

  public CameraException(String message, Throwable cause) {
    super(message, cause);
  }
}
