package dev.sitehub.cloud.acceptance;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** JDBC access to acceptance records; callers own the connection. */
final class AcceptanceRepository {
  private static final TypeReference<List<CriterionResult>> RESULTS = new TypeReference<>() {};
  private final ObjectMapper json;

  AcceptanceRepository(ObjectMapper json) {
    this.json = json;
  }

  Optional<AcceptanceRecord> find(Connection c, String projectId, int seq, boolean lock)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT record_id, project_id, stage_seq, state, criteria::text, inspection_id,"
                + " override_by, override_reason, supervisor_id, supervisor_signed_at, customer_id,"
                + " customer_signed_at, created_at FROM acceptance_record"
                + " WHERE project_id = ? AND stage_seq = ?"
                + (lock ? " FOR UPDATE" : ""))) {
      ps.setString(1, projectId);
      ps.setInt(2, seq);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        return Optional.of(
            new AcceptanceRecord(
                rs.getString(1),
                rs.getString(2),
                rs.getInt(3),
                AcceptanceState.valueOf(rs.getString(4)),
                json.readValue(rs.getString(5), RESULTS),
                rs.getString(6),
                rs.getString(7),
                rs.getString(8),
                rs.getString(9),
                instant(rs.getTimestamp(10)),
                rs.getString(11),
                instant(rs.getTimestamp(12)),
                rs.getTimestamp(13).toInstant(),
                stills(c, rs.getString(1))));
      }
    } catch (JsonProcessingException e) {
      throw new SQLException("bad criteria json", e);
    }
  }

  private static List<StageStill> stills(Connection c, String recordId) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT snapshot_id, device_id, camera_id, taken_at, file_key, file_sha256"
                + " FROM acceptance_still WHERE record_id = ? ORDER BY taken_at, snapshot_id")) {
      ps.setString(1, recordId);
      List<StageStill> out = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(
              new StageStill(
                  rs.getLong(1),
                  rs.getString(2),
                  rs.getString(3),
                  rs.getTimestamp(4).toInstant(),
                  rs.getString(5),
                  rs.getString(6)));
        }
      }
      return out;
    }
  }

  private static void insertStills(Connection c, AcceptanceRecord r) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO acceptance_still (record_id, snapshot_id, device_id, camera_id, taken_at,"
                + " file_key, file_sha256) VALUES (?,?,?,?,?,?,?)")) {
      for (StageStill s : r.stills()) {
        ps.setString(1, r.recordId());
        ps.setLong(2, s.snapshotId());
        ps.setString(3, s.deviceId());
        ps.setString(4, s.cameraId());
        ps.setTimestamp(5, Timestamp.from(s.takenAt()));
        ps.setString(6, s.key());
        ps.setString(7, s.sha256());
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  /** Replaces an unsigned record of the stage (re-assembly) and inserts the new one. */
  void replace(Connection c, AcceptanceRecord r) throws SQLException {
    try (PreparedStatement del =
        c.prepareStatement(
            "DELETE FROM acceptance_record WHERE project_id = ? AND stage_seq = ?"
                + " AND state = 'AWAITING_SUPERVISOR'")) {
      del.setString(1, r.projectId());
      del.setInt(2, r.stageSeq());
      del.executeUpdate();
    }
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO acceptance_record (record_id, project_id, stage_seq, state, criteria,"
                + " inspection_id, override_by, override_reason, created_at)"
                + " VALUES (?,?,?,?,?::jsonb,?,?,?,?)")) {
      ps.setString(1, r.recordId());
      ps.setString(2, r.projectId());
      ps.setInt(3, r.stageSeq());
      ps.setString(4, r.state().name());
      ps.setString(5, json.writeValueAsString(r.criteria()));
      ps.setString(6, r.inspectionId());
      ps.setString(7, r.overrideBy());
      ps.setString(8, r.overrideReason());
      ps.setTimestamp(9, Timestamp.from(r.createdAt()));
      ps.executeUpdate();
      insertStills(c, r);
    } catch (JsonProcessingException e) {
      throw new SQLException("cannot write criteria json", e);
    }
  }

  void signSupervisor(Connection c, String recordId, String userId, Instant at)
      throws SQLException {
    update(
        c,
        "state = 'AWAITING_CUSTOMER', supervisor_id = ?, supervisor_signed_at = ?",
        recordId,
        userId,
        at);
  }

  void signCustomer(Connection c, String recordId, String userId, Instant at) throws SQLException {
    update(c, "state = 'SIGNED', customer_id = ?, customer_signed_at = ?", recordId, userId, at);
  }

  private static void update(Connection c, String set, String recordId, String userId, Instant at)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement("UPDATE acceptance_record SET " + set + " WHERE record_id = ?")) {
      ps.setString(1, userId);
      ps.setTimestamp(2, Timestamp.from(at));
      ps.setString(3, recordId);
      ps.executeUpdate();
    }
  }

  private static Instant instant(Timestamp t) {
    return t == null ? null : t.toInstant();
  }
}
