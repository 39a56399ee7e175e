package dev.sitehub.cloud.evidence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An evidence source defined by SQL: one query for the record's row, optional queries for child
 * rows (as lists) and for media references (key, sha256). Values are normalised so the same stored
 * row always hashes the same: timestamps as ISO-8601 instants, decimals as text.
 */
public record TableSource(
    RecordKind kind, String rowSql, Map<String, String> childSql, String mediaSql)
    implements EvidenceSource {

  @Override
  public Optional<EvidenceRecord> load(Connection c, String recordId) throws SQLException {
    Map<String, Object> fields;
    try (PreparedStatement ps = c.prepareStatement(rowSql)) {
      bind(ps, recordId);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        fields = row(rs);
      }
    }
    for (Map.Entry<String, String> child : childSql.entrySet()) {
      List<Object> rows = new ArrayList<>();
      try (PreparedStatement ps = c.prepareStatement(child.getValue())) {
        bind(ps, recordId);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            rows.add(row(rs));
          }
        }
      }
      fields.put(child.getKey(), rows);
    }
    List<MediaRef> media = new ArrayList<>();
    if (mediaSql != null) {
      try (PreparedStatement ps = c.prepareStatement(mediaSql)) {
        bind(ps, recordId);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            media.add(new MediaRef(rs.getString(1), rs.getString(2)));
          }
        }
      }
    }
    return Optional.of(new EvidenceRecord(fields, media));
  }

  /** Binds the record id to every placeholder, so queries may use it more than once. */
  private static void bind(PreparedStatement ps, String recordId) throws SQLException {
    int n = ps.getParameterMetaData().getParameterCount();
    for (int i = 1; i <= n; i++) {
      ps.setString(i, recordId);
    }
  }

  private static Map<String, Object> row(ResultSet rs) throws SQLException {
    ResultSetMetaData md = rs.getMetaData();
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 1; i <= md.getColumnCount(); i++) {
      Object v = rs.getObject(i);
      m.put(md.getColumnLabel(i), normalise(v));
    }
    return m;
  }

  private static Object normalise(Object v) {
    if (v == null || v instanceof String || v instanceof Boolean) {
      return v;
    }
    if (v instanceof Integer || v instanceof Long || v instanceof Short) {
      return ((Number) v).longValue();
    }
    if (v instanceof Timestamp t) {
      return t.toInstant().toString();
    }
    // Dates, decimals, doubles, jsonb: their database text form is stable for a stored value.
    return v.toString();
  }
}
