package dev.sitehub.cloud.settlement;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** JDBC access to ledger transactions and postings; callers own the connection and transaction. */
final class LedgerRepository {
  private LedgerRepository() {}

  /** The stored transaction for a key, with the request hash it was made for. */
  record Keyed(LedgerTxn txn, String requestHash) {}

  static Optional<Keyed> byKey(Connection c, String projectId, String key) throws SQLException {
    List<Keyed> found = select(c, "t.project_id = ? AND t.idempotency_key = ?", projectId, key);
    return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
  }

  static List<LedgerTxn> all(Connection c, String projectId) throws SQLException {
    return select(c, "t.project_id = ?", projectId).stream().map(Keyed::txn).toList();
  }

  static void insert(Connection c, LedgerTxn t, String requestHash) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO ledger_txn (txn_id, project_id, idempotency_key, request_hash, kind,"
                + " stage_seq, reference, actor_id, at) VALUES (?,?,?,?,?,?,?,?,?)")) {
      ps.setString(1, t.txnId());
      ps.setString(2, t.projectId());
      ps.setString(3, t.idempotencyKey());
      ps.setString(4, requestHash);
      ps.setString(5, t.kind().name());
      ps.setObject(6, t.stageSeq());
      ps.setString(7, t.reference());
      ps.setString(8, t.actorId());
      ps.setTimestamp(9, Timestamp.from(t.at()));
      ps.executeUpdate();
    }
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO ledger_posting (txn_id, line, account, amount_fen) VALUES (?,?,?,?)")) {
      int line = 1;
      for (Posting p : t.postings()) {
        ps.setString(1, t.txnId());
        ps.setInt(2, line++);
        ps.setString(3, p.account().name());
        ps.setLong(4, p.amountFen());
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  private static List<Keyed> select(Connection c, String where, String... args)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT t.txn_id, t.project_id, t.idempotency_key, t.kind, t.stage_seq, t.reference,"
                + " t.actor_id, t.at, t.request_hash, p.account, p.amount_fen"
                + " FROM ledger_txn t JOIN ledger_posting p ON p.txn_id = t.txn_id WHERE "
                + where
                + " ORDER BY t.at, t.txn_id, p.line")) {
      for (int i = 0; i < args.length; i++) {
        ps.setString(i + 1, args[i]);
      }
      Map<String, Object[]> heads = new LinkedHashMap<>();
      Map<String, List<Posting>> lines = new LinkedHashMap<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          String id = rs.getString(1);
          if (!heads.containsKey(id)) {
            heads.put(
                id,
                new Object[] {
                  rs.getString(2),
                  rs.getString(3),
                  TxnKind.valueOf(rs.getString(4)),
                  (Integer) rs.getObject(5),
                  rs.getString(6),
                  rs.getString(7),
                  rs.getTimestamp(8).toInstant(),
                  rs.getString(9)
                });
            lines.put(id, new ArrayList<>());
          }
          lines.get(id).add(new Posting(Account.valueOf(rs.getString(10)), rs.getLong(11)));
        }
      }
      List<Keyed> out = new ArrayList<>();
      for (Map.Entry<String, Object[]> e : heads.entrySet()) {
        Object[] h = e.getValue();
        out.add(
            new Keyed(
                new LedgerTxn(
                    e.getKey(),
                    (String) h[0],
                    (String) h[1],
                    (TxnKind) h[2],
                    (Integer) h[3],
                    (String) h[4],
                    (String) h[5],
                    (java.time.Instant) h[6],
                    lines.get(e.getKey())),
                (String) h[7]));
      }
      return out;
    }
  }
}
