package dev.sitehub.cloud.evidence;

import java.util.Optional;

/** Reads a stored file's bytes by key, so the verifier can rehash media. */
@FunctionalInterface
public interface MediaReader {
  Optional<byte[]> read(String key);
}
