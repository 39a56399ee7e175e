package dev.sitehub.cloud.media;

/** A time-lapse request that cannot be rendered as asked (bad range, fps or reasons). */
public class InvalidTimelapseException extends IllegalArgumentException {
  public InvalidTimelapseException(String message) {
    super(message);
  }
}
