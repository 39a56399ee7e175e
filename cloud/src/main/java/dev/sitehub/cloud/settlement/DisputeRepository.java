package dev.sitehub.cloud.settlement;

import dev.sitehub.cloud.common.ProblemException;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Disputes through Hibernate Reactive; each method is work for a {@link
 * dev.sitehub.cloud.common.UnitOfWork}.
 */
@ApplicationScoped
class DisputeRepository implements PanacheRepositoryBase<DisputeEntity, String> {

  Uni<Optional<Dispute>> openDispute(String projectId) {
    return find("projectId = ?1 and state = ?2", projectId, DisputeState.OPEN)
        .firstResult()
        .map(DisputeRepository::view);
  }

  /** Open disputes, oldest first: the operator's queue. */
  Uni<List<Dispute>> open(int limit) {
    if (limit <= 0) {
      return Uni.createFrom().item(List.of());
    }
    return find("state", Sort.by("raisedAt").and("disputeId"), DisputeState.OPEN)
        .range(0, limit - 1)
        .list()
        .map(l -> l.stream().map(DisputeEntity::view).toList());
  }

  Uni<Optional<Dispute>> byId(String disputeId) {
    return findById(disputeId).map(DisputeRepository::view);
  }

  /**
   * Inserts an open dispute; false if the project already has one open. Two racing inserts are
   * settled by the partial unique index (one open dispute per project): the loser's unit of work
   * fails with a unique violation.
   */
  Uni<Boolean> insert(Dispute d) {
    return openDispute(d.projectId())
        .chain(
            open ->
                open.isPresent()
                    ? Uni.createFrom().item(false)
                    : persistAndFlush(new DisputeEntity(d)).replaceWith(true));
  }

  /** Resolves the project's open dispute; 409 if there is no such open dispute. */
  Uni<Void> resolve(
      String projectId,
      String disputeId,
      String operatorId,
      Instant at,
      long toContractor,
      long toCustomer,
      String decision) {
    return findById(disputeId, LockModeType.PESSIMISTIC_WRITE)
        .invoke(
            d -> {
              if (d == null || !d.projectId.equals(projectId) || d.state != DisputeState.OPEN) {
                throw ProblemException.conflict("dispute-not-open", "no open dispute " + disputeId);
              }
              d.resolve(operatorId, at, toContractor, toCustomer, decision);
            })
        .replaceWithVoid();
  }

  private static Optional<Dispute> view(DisputeEntity d) {
    return Optional.ofNullable(d).map(DisputeEntity::view);
  }
}
