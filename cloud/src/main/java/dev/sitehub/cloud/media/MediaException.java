package dev.sitehub.cloud.media;

/** A media store or media database operation failed for a reason the caller cannot fix. */
class MediaException extends RuntimeException {
  public MediaException(String operation, Throwable cause) {
    super(operation + " failed: " + cause.getClass().getSimpleName(), cause);
  }
}
