package dev.sitehub.cloud.evidence;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;

/**
 * Reads one kind of record back from the database exactly as stored, for hashing on append and
 * again on verification; each feature that files records provides one.
 */
public interface EvidenceSource {
  RecordKind kind();

  Optional<EvidenceRecord> load(Connection c, String recordId) throws SQLException;
}
