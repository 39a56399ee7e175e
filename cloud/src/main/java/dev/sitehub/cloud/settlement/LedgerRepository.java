package dev.sitehub.cloud.settlement;

import static dev.sitehub.cloud.common.NativeSql.instant;
import static dev.sitehub.cloud.common.NativeSql.rows;
import static dev.sitehub.cloud.common.NativeSql.update;

import io.smallrye.mutiny.Uni;
import jakarta.persistence.Tuple;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Ledger transactions and postings in SQL through the caller's reactive session. */
final class LedgerRepository {
  private LedgerRepository() {}

  /** The stored transaction for a key, with the request hash it was made for. */
  record Keyed(LedgerTxn txn, String requestHash) {}

  static Uni<Void> lock(String projectId) {
    return rows(
            "SELECT count(*) FROM (SELECT pg_advisory_xact_lock(hashtext(?1))) l",
            "ledger:" + projectId)
        .replaceWithVoid();
  }

  static Uni<Optional<Keyed>> byKey(String projectId, String key) {
    return select("t.project_id = ?1 AND t.idempotency_key = ?2", projectId, key)
        .map(found -> found.stream().findFirst());
  }

  static Uni<List<LedgerTxn>> all(String projectId) {
    return select("t.project_id = ?1", projectId)
        .map(found -> found.stream().map(Keyed::txn).toList());
  }

  static Uni<Boolean> released(String projectId, int seq) {
    return rows(
            "SELECT 1 FROM ledger_txn WHERE project_id = ?1 AND stage_seq = ?2"
                + " AND kind = 'STAGE_RELEASE'",
            projectId,
            seq)
        .map(r -> !r.isEmpty());
  }

  static Uni<Void> insert(LedgerTxn t, String requestHash) {
    Uni<Void> all =
        update(
                "INSERT INTO ledger_txn (txn_id, project_id, idempotency_key, request_hash, kind,"
                    + " stage_seq, reference, actor_id, at)"
                    + " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
                t.txnId(),
                t.projectId(),
                t.idempotencyKey(),
                requestHash,
                t.kind().name(),
                t.stageSeq(),
                t.reference(),
                t.actorId(),
                t.at())
            .replaceWithVoid();
    int line = 1;
    for (Posting p : t.postings()) {
      int n = line++;
      all =
          all.chain(
              () ->
                  update(
                          "INSERT INTO ledger_posting (txn_id, line, account, amount_fen)"
                              + " VALUES (?1, ?2, ?3, ?4)",
                          t.txnId(),
                          n,
                          p.account().name(),
                          p.amountFen())
                      .replaceWithVoid());
    }
    return all;
  }

  private static Uni<List<Keyed>> select(String where, Object... args) {
    return rows(
            "SELECT t.txn_id, t.project_id, t.idempotency_key, t.kind, t.stage_seq, t.reference,"
                + " t.actor_id, t.at, t.request_hash, p.account, p.amount_fen"
                + " FROM ledger_txn t JOIN ledger_posting p ON p.txn_id = t.txn_id WHERE "
                + where
                + " ORDER BY t.at, t.txn_id, p.line",
            args)
        .map(LedgerRepository::group);
  }

  private static List<Keyed> group(List<Tuple> rows) {
    Map<String, Tuple> heads = new LinkedHashMap<>();
    Map<String, List<Posting>> lines = new LinkedHashMap<>();
    for (Tuple t : rows) {
      String id = (String) t.get(0);
      if (heads.putIfAbsent(id, t) == null) {
        lines.put(id, new ArrayList<>());
      }
      lines
          .get(id)
          .add(new Posting(Account.valueOf((String) t.get(9)), ((Number) t.get(10)).longValue()));
    }
    List<Keyed> out = new ArrayList<>();
    for (Map.Entry<String, Tuple> e : heads.entrySet()) {
      Tuple h = e.getValue();
      out.add(
          new Keyed(
              new LedgerTxn(
                  e.getKey(),
                  (String) h.get(1),
                  (String) h.get(2),
                  TxnKind.valueOf((String) h.get(3)),
                  h.get(4) == null ? null : ((Number) h.get(4)).intValue(),
                  (String) h.get(5),
                  (String) h.get(6),
                  instant(h.get(7)),
                  lines.get(e.getKey())),
              (String) h.get(8)));
    }
    return out;
  }
}
