package dev.sitehub.cloud.evidence;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The chain's links through Hibernate Reactive, each method work for the caller's unit of work.
 * Appending takes a per-project advisory lock first so that concurrent appends cannot both claim
 * the next position.
 */
@ApplicationScoped
class EvidenceLinkRepository implements PanacheRepositoryBase<EvidenceLink, EvidenceLink.Key> {

  /**
   * Serialises appends to one project's chain until the caller's transaction ends. An advisory lock
   * is SQL's own tool for this: it also covers a project whose chain has no row to lock yet.
   */
  Uni<Void> lock(String projectId) {
    return getSession()
        .chain(
            s ->
                s.createNativeQuery(
                        "SELECT count(*) FROM (SELECT pg_advisory_xact_lock(hashtext(?1))) l")
                    .setParameter(1, "evidence:" + projectId)
                    .getSingleResult())
        .replaceWithVoid();
  }

  Uni<Optional<ChainLink>> find(String projectId, RecordKind kind, String recordId) {
    return find("projectId = ?1 and kind = ?2 and recordId = ?3", projectId, kind, recordId)
        .firstResult()
        .map(l -> Optional.ofNullable(l).map(EvidenceLink::view));
  }

  /** The project's chain in order. */
  Uni<List<ChainLink>> chain(String projectId) {
    return list("projectId", Sort.by("seq"), projectId)
        .map(l -> l.stream().map(EvidenceLink::view).toList());
  }

  /** The newest link of the project's chain, if it has one. */
  Uni<Optional<ChainLink>> head(String projectId) {
    return find("projectId", Sort.descending("seq"), projectId)
        .firstResult()
        .map(l -> Optional.ofNullable(l).map(EvidenceLink::view));
  }

  /**
   * Lists the signing key among the published keys unless it already is, in the appending
   * transaction, so no head is ever signed by a key the list lacks. SQL's {@code ON CONFLICT DO
   * NOTHING} is the tool here: two projects' first appends after a rotation race for the same row.
   */
  Uni<Void> publish(PublishedKey key, Instant at) {
    return getSession()
        .chain(
            s ->
                s.createNativeQuery(
                        "INSERT INTO evidence_key (key_id, algorithm, public_key, first_used_at)"
                            + " VALUES (?1, ?2, ?3, ?4) ON CONFLICT (key_id) DO NOTHING")
                    .setParameter(1, key.keyId())
                    .setParameter(2, key.algorithm())
                    .setParameter(3, key.publicKey())
                    .setParameter(4, at)
                    .executeUpdate())
        .replaceWithVoid();
  }

  /** Writes the link at once, so SQL later in the same unit of work sees it. */
  Uni<Void> insert(ChainLink l) {
    return persistAndFlush(new EvidenceLink(l)).replaceWithVoid();
  }
}
