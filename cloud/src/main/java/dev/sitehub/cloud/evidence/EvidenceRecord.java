package dev.sitehub.cloud.evidence;

import java.util.List;
import java.util.Map;

/**
 * A record's content as the chain sees it: the stored fields (strings, numbers, booleans, nested
 * lists and maps) and the media files whose bytes must still hash as recorded.
 */
public record EvidenceRecord(Map<String, Object> fields, List<MediaRef> media) {
  public EvidenceRecord {
    // Stored columns may be NULL, which Map.copyOf refuses.
    fields = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(fields));
    media = List.copyOf(media);
  }
}
