package dev.sitehub.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Counts every sequence number of every device in the reading table: which sent batches are
 * missing, which are stored more than once, and whether each stored batch has all its readings.
 */
public final class SeqAudit {
  private final Database db;

  public SeqAudit(Database db) {
    this.db = db;
  }

  /**
   * One device's result.
   *
   * @param deviceId the device
   * @param sent batches the device appended
   * @param missing sent but not stored, ascending
   * @param duplicated stored more than once
   * @param unexpected stored but never sent by this run
   * @param incompleteBatches stored batches without exactly {@link SimDevice#READINGS} readings
   */
  public record DeviceResult(
      String deviceId,
      int sent,
      List<Long> missing,
      List<Long> duplicated,
      List<Long> unexpected,
      int incompleteBatches) {
    public boolean clean() {
      return missing.isEmpty()
          && duplicated.isEmpty()
          && unexpected.isEmpty()
          && incompleteBatches == 0;
    }
  }

  /** Audits each device against the sequence numbers it sent. */
  public List<DeviceResult> audit(List<SimDevice> devices) throws SQLException {
    List<DeviceResult> out = new ArrayList<>();
    for (SimDevice d : devices) {
      out.add(audit(d.deviceId(), new HashSet<>(d.sentSeqs())));
    }
    return out;
  }

  /** Audits one device, whatever client sent for it, against the batches it sent. */
  public DeviceResult audit(String deviceId, Set<Long> sent) throws SQLException {
    Map<Long, long[]> stored = new HashMap<>();
    try (Connection c = db.connect();
        PreparedStatement ps =
            c.prepareStatement(
                "SELECT value::bigint, count(*) FILTER (WHERE sensor_id = ?), count(*)"
                    + " FROM reading WHERE device_id = ? GROUP BY 1")) {
      ps.setString(1, SimDevice.AUDIT_SENSOR);
      ps.setString(2, deviceId);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          stored.put(rs.getLong(1), new long[] {rs.getLong(2), rs.getLong(3)});
        }
      }
    }
    List<Long> missing = new ArrayList<>(new TreeSet<>(minus(sent, stored.keySet())));
    List<Long> dup = new ArrayList<>();
    List<Long> unexpected = new ArrayList<>();
    int incomplete = 0;
    for (Map.Entry<Long, long[]> e : new TreeMap<>(stored).entrySet()) {
      if (!sent.contains(e.getKey())) {
        unexpected.add(e.getKey());
      }
      if (e.getValue()[0] > 1) {
        dup.add(e.getKey());
      } else if (e.getValue()[1] != SimDevice.READINGS) {
        incomplete++;
      }
    }
    return new DeviceResult(deviceId, sent.size(), missing, dup, unexpected, incomplete);
  }

  /** Batches stored for these devices so far (one audit-sensor row per batch). */
  public long storedBatches(List<SimDevice> devices) throws SQLException {
    String[] ids = devices.stream().map(SimDevice::deviceId).toArray(String[]::new);
    try (Connection c = db.connect();
        PreparedStatement ps =
            c.prepareStatement(
                "SELECT count(*) FROM reading WHERE sensor_id = ? AND device_id = ANY (?)")) {
      ps.setString(1, SimDevice.AUDIT_SENSOR);
      ps.setArray(2, c.createArrayOf("text", ids));
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  /** Sequence numbers the device reported lost (GAP events, stored as edge gaps), ascending. */
  public List<Long> edgeReportedLost(String deviceId) throws SQLException {
    List<Long> out = new ArrayList<>();
    try (Connection c = db.connect();
        PreparedStatement ps =
            c.prepareStatement(
                "SELECT from_seq, to_seq FROM telemetry_gap WHERE device_id = ? AND source = 'edge'"
                    + " ORDER BY from_seq")) {
      ps.setString(1, deviceId);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          for (long s = rs.getLong(1); s <= rs.getLong(2); s++) {
            out.add(s);
          }
        }
      }
    }
    return out;
  }

  private static Set<Long> minus(Set<Long> a, Set<Long> b) {
    Set<Long> r = new HashSet<>(a);
    r.removeAll(b);
    return r;
  }
}
