package dev.sitehub.cloud.evidence;

import io.smallrye.mutiny.Uni;
import java.util.List;
import java.util.Map;

/**
 * Runs an evidence source's SQL with the record id bound to every {@code ?} and returns the rows,
 * each a map from column label to value in column order; the application reads through its reactive
 * session, the command-line verifier through its own connection.
 */
public interface EvidenceRows {
  Uni<List<Map<String, Object>>> query(String sql, String id);
}
