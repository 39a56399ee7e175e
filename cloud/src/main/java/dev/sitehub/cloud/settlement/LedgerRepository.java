package dev.sitehub.cloud.settlement;

import dev.sitehub.cloud.common.NativeSql;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hibernate.reactive.mutiny.Mutiny;

/**
 * Ledger transactions and their postings through Hibernate Reactive; each method is work for a
 * {@link dev.sitehub.cloud.common.UnitOfWork}. Transactions are only ever inserted.
 */
@ApplicationScoped
class LedgerRepository implements PanacheRepositoryBase<LedgerTxnEntity, String> {
  private static final Sort CHRONOLOGICAL = Sort.by("at").and("txnId");

  /** The stored transaction for a key, with the request hash it was made for. */
  record Keyed(LedgerTxn txn, String requestHash) {}

  /**
   * Serialises the project's ledger operations until the transaction ends. A PostgreSQL advisory
   * lock is native SQL because it is the right tool: it locks the project's ledger as a whole,
   * including the row a concurrent first deposit has not inserted yet, which no row lock can do.
   */
  Uni<Void> lock(String projectId) {
    return NativeSql.rows(
            "SELECT count(*) FROM (SELECT pg_advisory_xact_lock(hashtext(?1))) l",
            "ledger:" + projectId)
        .replaceWithVoid();
  }

  Uni<Optional<Keyed>> byKey(String projectId, String key) {
    return find("projectId = ?1 and idempotencyKey = ?2", projectId, key)
        .firstResult()
        .chain(
            t ->
                t == null
                    ? Uni.createFrom().item(Optional.<Keyed>empty())
                    : postings("p.txnId = ?1", t.txnId)
                        .map(
                            p ->
                                Optional.of(
                                    new Keyed(
                                        t.view(p.getOrDefault(t.txnId, List.of())),
                                        t.requestHash))));
  }

  /** The project's transactions with their postings, oldest first. */
  Uni<List<LedgerTxn>> all(String projectId) {
    return list("projectId", CHRONOLOGICAL, projectId)
        .chain(
            txns ->
                postings(
                        "p.txnId in (select t.txnId from LedgerTxnEntity t where t.projectId = ?1)",
                        projectId)
                    .map(
                        lines ->
                            txns.stream()
                                .map(t -> t.view(lines.getOrDefault(t.txnId, List.of())))
                                .toList()));
  }

  /** The project's balances, summed by the database: the rules need only these, not the history. */
  Uni<Balances> balances(String projectId) {
    return getSession()
        .chain(
            s ->
                s.createSelectionQuery(
                        "select p.account, sum(p.amountFen) from LedgerPostingEntity p"
                            + " where p.txnId in (select t.txnId from LedgerTxnEntity t"
                            + " where t.projectId = ?1) group by p.account",
                        Object[].class)
                    .setParameter(1, projectId)
                    .getResultList())
        .map(
            rows -> {
              Map<Account, Long> byAccount = new EnumMap<>(Account.class);
              for (Account a : Account.values()) {
                byAccount.put(a, 0L);
              }
              for (Object[] r : rows) {
                byAccount.put((Account) r[0], ((Number) r[1]).longValue());
              }
              return new Balances(byAccount);
            });
  }

  Uni<Boolean> retentionReleased(String projectId) {
    return count("projectId = ?1 and kind = ?2", projectId, TxnKind.RETENTION_RELEASE)
        .map(n -> n > 0);
  }

  Uni<Boolean> released(String projectId, int seq) {
    return count(
            "projectId = ?1 and stageSeq = ?2 and kind = ?3", projectId, seq, TxnKind.STAGE_RELEASE)
        .map(n -> n > 0);
  }

  /**
   * Inserts the transaction and its postings (lines numbered from 1) and writes them out at once,
   * so that the evidence chain, which reads them back in this transaction, finds them.
   */
  Uni<Void> insert(LedgerTxn t, String requestHash) {
    return getSession()
        .chain(
            s -> {
              Uni<Void> all = s.persist(new LedgerTxnEntity(t, requestHash));
              int line = 1;
              for (Posting p : t.postings()) {
                LedgerPostingEntity e = new LedgerPostingEntity(t.txnId(), line++, p);
                all = all.chain(() -> s.persist(e));
              }
              return all.chain(s::flush);
            });
  }

  /** Postings matching {@code where} (on alias {@code p}), grouped by transaction in line order. */
  private Uni<Map<String, List<Posting>>> postings(String where, Object arg) {
    return getSession()
        .chain(
            (Mutiny.Session s) ->
                s.createSelectionQuery(
                        "from LedgerPostingEntity p where " + where + " order by p.txnId, p.line",
                        LedgerPostingEntity.class)
                    .setParameter(1, arg)
                    .getResultList())
        .map(
            rows -> {
              Map<String, List<Posting>> out = new LinkedHashMap<>();
              for (LedgerPostingEntity p : rows) {
                out.computeIfAbsent(p.txnId, k -> new ArrayList<>()).add(p.view());
              }
              return out;
            });
  }
}
