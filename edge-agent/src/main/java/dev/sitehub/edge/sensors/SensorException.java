package dev.sitehub.edge.sensors;

/** A sensor gave no usable value: bus error, wrong chip, stuck or out-of-range data. */
public final class SensorException extends Exception {
  public SensorException(String message) {
    super(message);
  }

  public SensorException(String message, Throwable cause) {
    super(message, cause);
  }
}
