package dev.sitehub.cloud.telemetry;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sitehub.protocol.message.DeviceEvent;
import dev.sitehub.protocol.message.DeviceState;
import dev.sitehub.protocol.message.EventType;
import dev.sitehub.protocol.message.Reading;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.StringReader;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.postgresql.PGConnection;

/**
 * Writes one micro-batch in one transaction: dedupe by (device, seq), gap detection, readings by
 * COPY, latest values, events and device status. Either everything commits or nothing does, so the
 * caller may acknowledge the batch's MQTT messages exactly when this returns.
 */
@ApplicationScoped
public class TelemetryWriter {
  private final DataSource db;
  private final TelemetryStorage storage;
  private final ObjectMapper json;
  private final Clock clock;

  public TelemetryWriter(DataSource db, TelemetryStorage storage, ObjectMapper json, Clock clock) {
    this.db = db;
    this.storage = storage;
    this.json = json;
    this.clock = clock;
  }

  public WriteResult write(List<Accepted> items) throws SQLException {
    try (Connection c = db.getConnection()) {
      c.setAutoCommit(false);
      try {
        WriteResult r = writeIn(c, items);
        c.commit();
        return r;
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        storage.forget();
        throw e;
      }
    }
  }

  private WriteResult writeIn(Connection c, List<Accepted> items) throws SQLException {
    Set<Key> fresh = claimSequences(c, items);
    int sequenced = 0;
    List<Accepted.Telemetry> batches = new ArrayList<>();
    List<Accepted.Event> events = new ArrayList<>();
    Set<Key> taken = new HashSet<>();
    for (Accepted a : items) {
      if (a instanceof Accepted.Telemetry t) {
        sequenced++;
        Key k = new Key(t.deviceId(), t.batch().seq());
        if (fresh.contains(k) && taken.add(k)) {
          batches.add(t);
        }
      } else if (a instanceof Accepted.Event e) {
        sequenced++;
        Key k = new Key(e.deviceId(), e.event().seq());
        if (fresh.contains(k) && taken.add(k)) {
          events.add(e);
        }
      }
    }
    // Statements that only add rows first; those that lock rows other writers also update (rollup
    // minutes, latest values, sequence marks, status) last, so that concurrent writers hold those
    // locks only for the end of their transaction. Each locks its rows in key order.
    int readings = copyReadings(c, batches);
    insertEvents(c, events);
    // Only batches that won the dedupe: a redelivery must not be counted twice in the rollup.
    storage.rollUp(c, batches);
    updateLatest(c, batches);
    int gaps = recordGaps(c, items, fresh);
    writeStatus(c, items);
    // By identity: a batch may carry two equal records, and only the first one was stored.
    Set<Accepted> stored = Collections.newSetFromMap(new IdentityHashMap<>());
    stored.addAll(batches);
    stored.addAll(events);
    List<Accepted> firstTime = new ArrayList<>();
    for (Accepted a : items) {
      boolean sequencedItem = a instanceof Accepted.Telemetry || a instanceof Accepted.Event;
      if (!sequencedItem || stored.contains(a)) {
        firstTime.add(a);
      }
    }
    return new WriteResult(readings, events.size(), sequenced - taken.size(), gaps, firstTime);
  }

  /** Inserts every (device, seq) of the batch; returns those not stored before. */
  private Set<Key> claimSequences(Connection c, List<Accepted> items) throws SQLException {
    // In key order, so two writers claiming overlapping keys (a redelivery) wait, never deadlock.
    TreeSet<Key> keys = new TreeSet<>();
    for (Accepted a : items) {
      if (a instanceof Accepted.Telemetry t) {
        keys.add(new Key(t.deviceId(), t.batch().seq()));
      } else if (a instanceof Accepted.Event e) {
        keys.add(new Key(e.deviceId(), e.event().seq()));
      }
    }
    List<String> devices = new ArrayList<>(keys.size());
    List<Long> seqs = new ArrayList<>(keys.size());
    for (Key k : keys) {
      devices.add(k.deviceId());
      seqs.add(k.seq());
    }
    Set<Key> fresh = new HashSet<>();
    if (devices.isEmpty()) {
      return fresh;
    }
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO ingested_seq (device_id, seq) SELECT * FROM unnest(?::text[], ?::bigint[])"
                + " ON CONFLICT DO NOTHING RETURNING device_id, seq")) {
      Array d = c.createArrayOf("text", devices.toArray());
      Array s = c.createArrayOf("bigint", seqs.toArray());
      ps.setArray(1, d);
      ps.setArray(2, s);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          fresh.add(new Key(rs.getString(1), rs.getLong(2)));
        }
      }
    }
    return fresh;
  }

  /**
   * Advances each device's high-water mark and records jumps as cloud-detected gaps. The marks are
   * read and written with one statement each for all devices of the batch (a round trip per device
   * was the second largest wait of the writer at 20 devices); devices are locked in id order, the
   * same order in every writer, so concurrent writers cannot deadlock.
   */
  private int recordGaps(Connection c, List<Accepted> items, Set<Key> fresh) throws SQLException {
    Map<String, TreeSet<Long>> byDevice = new TreeMap<>();
    Map<String, String> siteOf = new HashMap<>();
    for (Key k : fresh) {
      byDevice.computeIfAbsent(k.deviceId(), x -> new TreeSet<>()).add(k.seq());
    }
    if (byDevice.isEmpty()) {
      return 0;
    }
    for (Accepted a : items) {
      siteOf.putIfAbsent(a.deviceId(), a.siteId());
    }
    String[] devices = byDevice.keySet().toArray(String[]::new);
    Map<String, Long> marks = new HashMap<>();
    try (PreparedStatement read =
        c.prepareStatement(
            "SELECT device_id, high_seq FROM device_seq_mark WHERE device_id = ANY(?)"
                + " ORDER BY device_id FOR UPDATE")) {
      read.setArray(1, c.createArrayOf("text", devices));
      try (ResultSet rs = read.executeQuery()) {
        while (rs.next()) {
          marks.put(rs.getString(1), rs.getLong(2));
        }
      }
    }
    int gaps = 0;
    Long[] highs = new Long[devices.length];
    try (PreparedStatement gap =
        c.prepareStatement(
            "INSERT INTO telemetry_gap (site_id, device_id, from_seq, to_seq, source)"
                + " VALUES (?, ?, ?, ?, 'cloud')")) {
      for (int i = 0; i < devices.length; i++) {
        String device = devices[i];
        TreeSet<Long> seqs = byDevice.get(device);
        Long mark = marks.get(device);
        long high = mark == null ? seqs.first() - 1 : mark;
        boolean known = mark != null;
        long lateFrom = -1;
        long lateTo = -1;
        for (long s : seqs) {
          if (known && s < high) {
            // Late seqs come first in the sorted set; each contiguous run fills gaps at once.
            if (lateFrom >= 0 && s == lateTo + 1) {
              lateTo = s;
            } else {
              if (lateFrom >= 0) {
                fillGap(c, device, lateFrom, lateTo);
              }
              lateFrom = s;
              lateTo = s;
            }
            continue;
          }
          if (known && s > high + 1) {
            gap.setString(1, siteOf.get(device));
            gap.setString(2, device);
            gap.setLong(3, high + 1);
            gap.setLong(4, s - 1);
            gap.addBatch();
            gaps++;
          }
          high = Math.max(high, s);
          known = true;
        }
        if (lateFrom >= 0) {
          fillGap(c, device, lateFrom, lateTo);
        }
        highs[i] = high;
      }
      if (gaps > 0) {
        gap.executeBatch();
      }
    }
    try (PreparedStatement upsert =
        c.prepareStatement(
            "INSERT INTO device_seq_mark (device_id, high_seq)"
                + " SELECT * FROM unnest(?::text[], ?::bigint[])"
                // greatest: two writers' first batches of a new device both find no mark to lock,
                // and the one committing second must not move the mark back.
                + " ON CONFLICT (device_id) DO UPDATE"
                + " SET high_seq = greatest(device_seq_mark.high_seq, EXCLUDED.high_seq)")) {
      upsert.setArray(1, c.createArrayOf("text", devices));
      upsert.setArray(2, c.createArrayOf("bigint", highs));
      upsert.executeUpdate();
    }
    return gaps;
  }

  /**
   * Late arrivals {@code from..to} (messages can be reordered, for example by shared subscriptions,
   * concurrent writers or outbox replay) are removed from the cloud-detected gaps they overlap,
   * trimming or splitting each; one statement per contiguous run, not per seq.
   */
  private static void fillGap(Connection c, String deviceId, long from, long to)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "WITH g AS (DELETE FROM telemetry_gap WHERE device_id = ? AND source = 'cloud'"
                + " AND from_seq <= ? AND to_seq >= ?"
                + " RETURNING site_id, device_id, from_seq, to_seq, detected_at)"
                + " INSERT INTO telemetry_gap (site_id, device_id, from_seq, to_seq, source,"
                + " detected_at)"
                + " SELECT site_id, device_id, from_seq, ? - 1, 'cloud', detected_at FROM g"
                + " WHERE from_seq <= ? - 1"
                + " UNION ALL SELECT site_id, device_id, ? + 1, to_seq, 'cloud', detected_at"
                + " FROM g WHERE ? + 1 <= to_seq")) {
      ps.setString(1, deviceId);
      ps.setLong(2, to);
      ps.setLong(3, from);
      ps.setLong(4, from);
      ps.setLong(5, from);
      ps.setLong(6, to);
      ps.setLong(7, to);
      ps.executeUpdate();
    }
  }

  private int copyReadings(Connection c, List<Accepted.Telemetry> batches) throws SQLException {
    Set<LocalDate> days = new TreeSet<>();
    StringBuilder csv = new StringBuilder();
    int rows = 0;
    for (Accepted.Telemetry t : batches) {
      for (Reading r : t.batch().readings()) {
        days.add(LocalDate.ofInstant(r.ts(), ZoneOffset.UTC));
        // Ids are restricted to [A-Za-z0-9_-] by the protocol, so CSV needs no quoting.
        csv.append(r.ts())
            .append(',')
            .append(t.siteId())
            .append(',')
            .append(t.deviceId())
            .append(',')
            .append(r.sensorId())
            .append(',')
            .append(r.kind().wireName())
            .append(',')
            .append(r.value())
            .append('\n');
        rows++;
      }
    }
    if (rows == 0) {
      return 0;
    }
    storage.prepareDays(c, days);
    try {
      c.unwrap(PGConnection.class)
          .getCopyAPI()
          .copyIn(
              "COPY reading (ts, site_id, device_id, sensor_id, kind, value) FROM STDIN"
                  + " (FORMAT csv)",
              new StringReader(csv.toString()));
    } catch (java.io.IOException e) {
      throw new SQLException("COPY failed", e);
    }
    return rows;
  }

  /**
   * Upserts the newest reading of each (site, device, sensor, kind) in one statement; the rows go
   * in key order so that concurrent writers lock them in the same order.
   */
  private void updateLatest(Connection c, List<Accepted.Telemetry> batches) throws SQLException {
    Map<LatestKey, Latest> newest = new TreeMap<>();
    for (Accepted.Telemetry t : batches) {
      for (Reading r : t.batch().readings()) {
        LatestKey key = new LatestKey(t.siteId(), t.deviceId(), r.sensorId(), r.kind().wireName());
        Latest cur = newest.get(key);
        if (cur == null || cur.reading().ts().isBefore(r.ts())) {
          newest.put(key, new Latest(key, r));
        }
      }
    }
    if (newest.isEmpty()) {
      return;
    }
    int n = newest.size();
    String[] sites = new String[n];
    String[] devices = new String[n];
    String[] sensors = new String[n];
    String[] kinds = new String[n];
    String[] units = new String[n];
    // ISO instants with their Z: a Timestamp array would be read in the session's time zone.
    String[] times = new String[n];
    Double[] values = new Double[n];
    int i = 0;
    for (Latest l : newest.values()) {
      sites[i] = l.key().siteId();
      devices[i] = l.key().deviceId();
      sensors[i] = l.key().sensorId();
      kinds[i] = l.key().kind();
      units[i] = l.reading().unit();
      times[i] = l.reading().ts().toString();
      values[i] = l.reading().value();
      i++;
    }
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO reading_latest (site_id, device_id, sensor_id, kind, unit, ts, value)"
                + " SELECT * FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[],"
                + " ?::timestamptz[], ?::float8[])"
                + " ON CONFLICT (site_id, device_id, sensor_id, kind)"
                + " DO UPDATE SET unit = EXCLUDED.unit, ts = EXCLUDED.ts,"
                + " value = EXCLUDED.value WHERE reading_latest.ts < EXCLUDED.ts")) {
      ps.setArray(1, c.createArrayOf("text", sites));
      ps.setArray(2, c.createArrayOf("text", devices));
      ps.setArray(3, c.createArrayOf("text", sensors));
      ps.setArray(4, c.createArrayOf("text", kinds));
      ps.setArray(5, c.createArrayOf("text", units));
      ps.setArray(6, c.createArrayOf("text", times));
      ps.setArray(7, c.createArrayOf("float8", values));
      ps.executeUpdate();
    }
  }

  private void insertEvents(Connection c, List<Accepted.Event> events) throws SQLException {
    if (events.isEmpty()) {
      return;
    }
    try (PreparedStatement ps =
            c.prepareStatement(
                "INSERT INTO device_event (site_id, device_id, seq, ts, type, source, state, detail)"
                    + " VALUES (?,?,?,?,?,?,?,?::jsonb) ON CONFLICT DO NOTHING");
        PreparedStatement gap =
            c.prepareStatement(
                "INSERT INTO telemetry_gap (site_id, device_id, from_seq, to_seq, source)"
                    + " VALUES (?, ?, ?, ?, 'edge')")) {
      for (Accepted.Event a : events) {
        DeviceEvent e = a.event();
        ps.setString(1, a.siteId());
        ps.setString(2, e.deviceId());
        ps.setLong(3, e.seq());
        ps.setTimestamp(4, Timestamp.from(e.ts()));
        ps.setString(5, e.type().wireName());
        ps.setString(6, e.source());
        ps.setString(7, e.state().name());
        ps.setString(8, toJson(e.detail()));
        ps.addBatch();
        if (e.type() == EventType.GAP && e.lost() != null) {
          gap.setString(1, a.siteId());
          gap.setString(2, e.deviceId());
          gap.setLong(3, e.lost().from());
          gap.setLong(4, e.lost().to());
          gap.addBatch();
        }
      }
      ps.executeBatch();
      gap.executeBatch();
    }
  }

  /** Applies status and heartbeats in arrival order (a Last Will's ts is its connect time). */
  private void writeStatus(Connection c, List<Accepted> items) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO device_status (device_id, site_id, online, last_seen, changed_at, health)"
                + " VALUES (?, ?, ?, ?, ?, ?::jsonb) ON CONFLICT (device_id) DO UPDATE SET"
                + " site_id = EXCLUDED.site_id, online = EXCLUDED.online,"
                + " last_seen = greatest(device_status.last_seen, EXCLUDED.last_seen),"
                + " changed_at = CASE WHEN device_status.online = EXCLUDED.online"
                + " THEN device_status.changed_at ELSE EXCLUDED.changed_at END,"
                + " health = coalesce(EXCLUDED.health, device_status.health)")) {
      Timestamp now = Timestamp.from(clock.instant());
      for (Accepted a : items) {
        Boolean online = null;
        String health = null;
        if (a instanceof Accepted.Status s) {
          online = s.status().state() == DeviceState.ONLINE;
        } else if (a instanceof Accepted.Health h) {
          online = true;
          health = toJson(h.heartbeat());
        }
        if (online == null) {
          continue;
        }
        ps.setString(1, a.deviceId());
        ps.setString(2, a.siteId());
        ps.setBoolean(3, online);
        ps.setTimestamp(4, now);
        ps.setTimestamp(5, now);
        ps.setString(6, health);
        // Executed one by one: a batch would let a later Last Will lose to an earlier birth.
        ps.executeUpdate();
      }
    }
  }

  private String toJson(Object value) {
    try {
      return json.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("cannot serialise " + value.getClass().getSimpleName());
    }
  }

  private record Key(String deviceId, long seq) implements Comparable<Key> {
    @Override
    public int compareTo(Key o) {
      int d = deviceId.compareTo(o.deviceId);
      return d != 0 ? d : Long.compare(seq, o.seq);
    }
  }

  private record LatestKey(String siteId, String deviceId, String sensorId, String kind)
      implements Comparable<LatestKey> {
    private static final java.util.Comparator<LatestKey> ORDER =
        java.util.Comparator.comparing(LatestKey::siteId)
            .thenComparing(LatestKey::deviceId)
            .thenComparing(LatestKey::sensorId)
            .thenComparing(LatestKey::kind);

    @Override
    public int compareTo(LatestKey o) {
      return ORDER.compare(this, o);
    }
  }

  private record Latest(LatestKey key, Reading reading) {}
}
