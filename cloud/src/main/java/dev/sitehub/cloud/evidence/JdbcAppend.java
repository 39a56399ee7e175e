package dev.sitehub.cloud.evidence;

import io.smallrye.mutiny.Uni;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** TEMPORARY: appends for features still on JDBC; deleted once every caller appends reactively. */
final class JdbcAppend {
  private JdbcAppend() {}

  static ChainLink append(
      EvidenceChain chain,
      Connection c,
      String projectId,
      RecordKind kind,
      String recordId,
      Instant at)
      throws SQLException {
    try (PreparedStatement lock = c.prepareStatement("SELECT pg_advisory_xact_lock(hashtext(?))")) {
      lock.setString(1, "evidence:" + projectId);
      lock.execute();
    }
    List<Map<String, Object>> existing =
        rows(
            c,
            EvidenceChain.LINK_COLUMNS + " WHERE project_id = ? AND kind = ? AND record_id = ?",
            projectId,
            kind.name(),
            recordId);
    if (!existing.isEmpty()) {
      return EvidenceChain.link(existing.get(0));
    }
    EvidenceRows jdbc =
        (sql, id) ->
            Uni.createFrom()
                .item(
                    () -> {
                      try {
                        int n = (int) sql.chars().filter(ch -> ch == '?').count();
                        Object[] args = new Object[n];
                        java.util.Arrays.fill(args, id);
                        return rows(c, sql, args);
                      } catch (SQLException e) {
                        throw new IllegalStateException(e);
                      }
                    });
    EvidenceRecord record =
        chain
            .record(jdbc, kind, recordId)
            .await()
            .indefinitely()
            .orElseThrow(() -> new IllegalStateException("no " + kind + " " + recordId));
    List<Map<String, Object>> head =
        rows(
            c,
            EvidenceChain.LINK_COLUMNS + " WHERE project_id = ? ORDER BY seq DESC LIMIT 1",
            projectId);
    long seq = head.isEmpty() ? 1 : ((Number) head.get(0).get("seq")).longValue() + 1;
    String prev = head.isEmpty() ? Canonical.GENESIS : (String) head.get(0).get("link_hash");
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

  private static List<Map<String, Object>> rows(Connection c, String sql, Object... args)
      throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < args.length; i++) {
        ps.setObject(i + 1, args[i]);
      }
      List<Map<String, Object>> out = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        ResultSetMetaData md = rs.getMetaData();
        while (rs.next()) {
          Map<String, Object> m = new LinkedHashMap<>();
          for (int i = 1; i <= md.getColumnCount(); i++) {
            m.put(md.getColumnLabel(i), rs.getObject(i));
          }
          out.add(m);
        }
      }
      return out;
    }
  }
}
