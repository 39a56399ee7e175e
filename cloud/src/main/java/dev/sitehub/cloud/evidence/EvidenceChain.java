package dev.sitehub.cloud.evidence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Appends filed records to a project's hash chain and verifies it by recomputing every record's
 * hash from the database and the media store. Plain JDBC and no container, so the command-line
 * verifier runs the same code as the endpoint.
 */
public class EvidenceChain {
  private final Map<RecordKind, EvidenceSource> sources = new EnumMap<>(RecordKind.class);
  private final MediaReader media;

  public EvidenceChain(Iterable<EvidenceSource> sources, MediaReader media) {
    for (EvidenceSource s : sources) {
      this.sources.put(s.kind(), s);
    }
    this.media = media;
  }

  /**
   * Appends a record inside the caller's transaction, hashing it as the database holds it now; a
   * record already in the chain is not appended twice. Returns the link.
   */
  public ChainLink append(
      Connection c, String projectId, RecordKind kind, String recordId, Instant at)
      throws SQLException {
    try (PreparedStatement lock = c.prepareStatement("SELECT pg_advisory_xact_lock(hashtext(?))")) {
      lock.setString(1, "evidence:" + projectId);
      lock.execute();
    }
    Optional<ChainLink> existing = find(c, projectId, kind, recordId);
    if (existing.isPresent()) {
      return existing.get();
    }
    EvidenceRecord record =
        source(kind)
            .load(c, recordId)
            .orElseThrow(() -> new IllegalStateException("no " + kind + " " + recordId));
    long seq = 1;
    String prev = Canonical.GENESIS;
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT seq, link_hash FROM evidence_link WHERE project_id = ?"
                + " ORDER BY seq DESC LIMIT 1")) {
      ps.setString(1, projectId);
      try (ResultSet rs = ps.executeQuery()) {
        if (rs.next()) {
          seq = rs.getLong(1) + 1;
          prev = rs.getString(2);
        }
      }
    }
    String recordHash = Canonical.recordHash(record);
    String linkHash = Canonical.linkHash(prev, projectId, seq, kind, recordId, recordHash);
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO evidence_link (project_id, seq, kind, record_id, record_hash, prev_hash,"
                + " link_hash, appended_at) VALUES (?,?,?,?,?,?,?,?)")) {
      ps.setString(1, projectId);
      ps.setLong(2, seq);
      ps.setString(3, kind.name());
      ps.setString(4, recordId);
      ps.setString(5, recordHash);
      ps.setString(6, prev);
      ps.setString(7, linkHash);
      ps.setTimestamp(8, Timestamp.from(at));
      ps.executeUpdate();
    }
    return new ChainLink(projectId, seq, kind, recordId, recordHash, prev, linkHash, at);
  }

  public List<ChainLink> links(Connection c, String projectId) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT project_id, seq, kind, record_id, record_hash, prev_hash, link_hash,"
                + " appended_at FROM evidence_link WHERE project_id = ? ORDER BY seq")) {
      ps.setString(1, projectId);
      List<ChainLink> out = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(map(rs));
        }
      }
      return out;
    }
  }

  /** Recomputes the chain; stops at the first link that does not match. */
  public ChainReport verify(Connection c, String projectId) throws SQLException {
    List<ChainLink> links = links(c, projectId);
    String prev = Canonical.GENESIS;
    long expectedSeq = 1;
    for (ChainLink l : links) {
      if (l.seq() != expectedSeq) {
        return ChainReport.broken(projectId, links.size(), l, "link " + expectedSeq + " missing");
      }
      if (!l.prevHash().equals(prev)) {
        return ChainReport.broken(projectId, links.size(), l, "previous hash does not match");
      }
      String relinked =
          Canonical.linkHash(prev, projectId, l.seq(), l.kind(), l.recordId(), l.recordHash());
      if (!relinked.equals(l.linkHash())) {
        return ChainReport.broken(projectId, links.size(), l, "link hash does not match");
      }
      Optional<EvidenceRecord> record = source(l.kind()).load(c, l.recordId());
      if (record.isEmpty()) {
        return ChainReport.broken(projectId, links.size(), l, "record is missing");
      }
      if (!Canonical.recordHash(record.get()).equals(l.recordHash())) {
        return ChainReport.broken(projectId, links.size(), l, "record content was altered");
      }
      for (MediaRef m : record.get().media()) {
        Optional<byte[]> bytes = media.read(m.key());
        if (bytes.isEmpty()) {
          return ChainReport.broken(projectId, links.size(), l, "media " + m.key() + " is missing");
        }
        if (!Canonical.sha256(bytes.get()).equals(m.sha256())) {
          return ChainReport.broken(
              projectId, links.size(), l, "media " + m.key() + " was altered");
        }
      }
      prev = l.linkHash();
      expectedSeq++;
    }
    return ChainReport.intact(projectId, links.size(), prev);
  }

  private EvidenceSource source(RecordKind kind) {
    EvidenceSource s = sources.get(kind);
    if (s == null) {
      throw new IllegalStateException("no evidence source for " + kind);
    }
    return s;
  }

  private static Optional<ChainLink> find(
      Connection c, String projectId, RecordKind kind, String recordId) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT project_id, seq, kind, record_id, record_hash, prev_hash, link_hash,"
                + " appended_at FROM evidence_link WHERE project_id = ? AND kind = ?"
                + " AND record_id = ?")) {
      ps.setString(1, projectId);
      ps.setString(2, kind.name());
      ps.setString(3, recordId);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(map(rs)) : Optional.empty();
      }
    }
  }

  private static ChainLink map(ResultSet rs) throws SQLException {
    return new ChainLink(
        rs.getString(1),
        rs.getLong(2),
        RecordKind.valueOf(rs.getString(3)),
        rs.getString(4),
        rs.getString(5),
        rs.getString(6),
        rs.getString(7),
        rs.getTimestamp(8).toInstant());
  }
}
