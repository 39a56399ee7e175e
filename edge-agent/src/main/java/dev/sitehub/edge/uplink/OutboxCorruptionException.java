package dev.sitehub.edge.uplink;

import java.io.IOException;
import java.io.UncheckedIOException;

/** The outbox directory could not be read or written. */
public final class OutboxCorruptionException extends UncheckedIOException {
  public OutboxCorruptionException(String message, IOException cause) {
    super(message, cause);
  }
}
