package dev.sitehub.cloud.evidence;

import io.smallrye.mutiny.Uni;
import java.util.Optional;

/**
 * Reads one kind of record back from the database exactly as stored, for hashing on append and
 * again on verification. The feature that owns the record provides it, listed in {@code
 * META-INF/services}, so the application and the command-line verifier find the same sources.
 */
public interface EvidenceSource {
  RecordKind kind();

  Uni<Optional<EvidenceRecord>> load(EvidenceRows rows, String recordId);
}
