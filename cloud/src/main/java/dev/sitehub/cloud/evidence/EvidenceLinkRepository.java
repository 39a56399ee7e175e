package dev.sitehub.cloud.evidence;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.persistence.Tuple;
import jakarta.persistence.TupleElement;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The evidence_link rows, in SQL: appending takes a per-project advisory lock so that concurrent
 * appends cannot both claim the next position.
 */
final class EvidenceLinkRepository {
  private EvidenceLinkRepository() {}

  static Uni<Void> lock(String projectId) {
    return Panache.getSession()
        .chain(
            s ->
                s.createNativeQuery(
                        "SELECT count(*) FROM (SELECT pg_advisory_xact_lock(hashtext(?1))) l")
                    .setParameter(1, "evidence:" + projectId)
                    .getSingleResult())
        .replaceWithVoid();
  }

  static Uni<Optional<ChainLink>> find(String projectId, RecordKind kind, String recordId) {
    return rows(
            EvidenceChain.LINK_COLUMNS + " WHERE project_id = ?1 AND kind = ?2 AND record_id = ?3",
            projectId,
            kind.name(),
            recordId)
        .map(r -> r.stream().findFirst().map(EvidenceChain::link));
  }

  static Uni<Optional<ChainLink>> head(String projectId) {
    return rows(
            EvidenceChain.LINK_COLUMNS + " WHERE project_id = ?1 ORDER BY seq DESC LIMIT 1",
            projectId)
        .map(r -> r.stream().findFirst().map(EvidenceChain::link));
  }

  static Uni<Void> insert(ChainLink l) {
    return Panache.getSession()
        .chain(
            s ->
                s.createNativeQuery(
                        "INSERT INTO evidence_link (project_id, seq, kind, record_id, record_hash,"
                            + " prev_hash, link_hash, appended_at)"
                            + " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)")
                    .setParameter(1, l.projectId())
                    .setParameter(2, l.seq())
                    .setParameter(3, l.kind().name())
                    .setParameter(4, l.recordId())
                    .setParameter(5, l.recordHash())
                    .setParameter(6, l.prevHash())
                    .setParameter(7, l.linkHash())
                    .setParameter(8, l.appendedAt().atOffset(ZoneOffset.UTC))
                    .executeUpdate())
        .replaceWithVoid();
  }

  private static Uni<List<Map<String, Object>>> rows(String sql, Object... args) {
    return Panache.getSession()
        .chain(
            s -> {
              var q = s.createNativeQuery(sql, Tuple.class);
              for (int i = 0; i < args.length; i++) {
                q.setParameter(i + 1, args[i]);
              }
              return q.getResultList();
            })
        .map(
            tuples ->
                tuples.stream()
                    .map(
                        t -> {
                          Map<String, Object> m = new LinkedHashMap<>();
                          for (TupleElement<?> e : t.getElements()) {
                            m.put(e.getAlias(), t.get(e));
                          }
                          return m;
                        })
                    .toList());
  }
}
