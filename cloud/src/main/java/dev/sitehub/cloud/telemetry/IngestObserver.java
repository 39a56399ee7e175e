package dev.sitehub.cloud.telemetry;

import java.util.List;

/**
 * Told about each committed micro-batch: the messages stored for the first time (redelivered
 * duplicates left out), in arrival order. The alert engine is one; observers must not throw.
 */
public interface IngestObserver {

  void stored(List<Accepted> fresh);
}
