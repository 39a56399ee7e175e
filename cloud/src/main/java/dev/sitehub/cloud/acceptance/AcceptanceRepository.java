package dev.sitehub.cloud.acceptance;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Acceptance records and their stills through Hibernate Reactive; each method is work for a {@link
 * dev.sitehub.cloud.common.UnitOfWork}.
 */
@ApplicationScoped
class AcceptanceRepository implements PanacheRepositoryBase<AcceptanceRecordEntity, String> {
  private static final String STAGE = "projectId = ?1 and stageSeq = ?2";
  private final ObjectMapper json;

  AcceptanceRepository(ObjectMapper json) {
    this.json = json;
  }

  /** The stage's record with its stills; {@code lock} holds the row until the unit commits. */
  Uni<Optional<AcceptanceRecord>> find(String projectId, int seq, boolean lock) {
    var q = find(STAGE, projectId, seq);
    return (lock ? q.withLock(LockModeType.PESSIMISTIC_WRITE) : q)
        .firstResult()
        .chain(
            e ->
                e == null
                    ? Uni.createFrom().item(Optional.<AcceptanceRecord>empty())
                    : stills(e.recordId).map(s -> Optional.of(view(e, s))));
  }

  /** The state of the stage's record, if one was assembled. */
  Uni<Optional<AcceptanceState>> state(String projectId, int seq) {
    return find(STAGE, projectId, seq)
        .<AcceptanceRecordEntity>firstResult()
        .map(e -> Optional.ofNullable(e).map(x -> x.state));
  }

  /** Replaces an unsigned record of the stage (re-assembly) and inserts the new one. */
  Uni<Void> replace(AcceptanceRecord r) {
    // The stills go with the replaced record through ON DELETE CASCADE.
    Uni<Void> all =
        delete(
                STAGE + " and state = ?3",
                r.projectId(),
                r.stageSeq(),
                AcceptanceState.AWAITING_SUPERVISOR)
            .chain(() -> persist(new AcceptanceRecordEntity(r, write(r.criteria()))))
            .replaceWithVoid();
    for (StageStill s : r.stills()) {
      all =
          all.chain(
              () -> getSession().chain(x -> x.persist(new AcceptanceStillEntity(r.recordId(), s))));
    }
    return all.chain(this::flush);
  }

  Uni<Void> signSupervisor(String recordId, String userId, Instant at) {
    return findById(recordId).invoke(e -> e.signBySupervisor(userId, at)).chain(this::flush);
  }

  Uni<Void> signCustomer(String recordId, String userId, Instant at) {
    // Flushed at once: the evidence chain reads the signed row back in this unit of work.
    return findById(recordId).invoke(e -> e.signByCustomer(userId, at)).chain(this::flush);
  }

  private Uni<List<StageStill>> stills(String recordId) {
    return getSession()
        .chain(
            s ->
                s.createSelectionQuery(
                        "from AcceptanceStillEntity where recordId = ?1"
                            + " order by takenAt, snapshotId",
                        AcceptanceStillEntity.class)
                    .setParameter(1, recordId)
                    .getResultList())
        .map(l -> l.stream().map(AcceptanceStillEntity::view).toList());
  }

  private AcceptanceRecord view(AcceptanceRecordEntity e, List<StageStill> stills) {
    return new AcceptanceRecord(
        e.recordId,
        e.projectId,
        e.stageSeq,
        e.state,
        read(e.criteria),
        e.inspectionId,
        e.overrideBy,
        e.overrideReason,
        e.supervisorId,
        e.supervisorSignedAt,
        e.customerId,
        e.customerSignedAt,
        e.createdAt,
        stills);
  }

  private String write(List<CriterionResult> criteria) {
    try {
      return json.writeValueAsString(CriteriaDocument.of(criteria));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write criteria json", e);
    }
  }

  private List<CriterionResult> read(String criteria) {
    try {
      CriteriaDocument d = json.readValue(criteria, CriteriaDocument.class);
      if (d.version() != CriteriaDocument.CURRENT) {
        throw new IllegalStateException("criteria document version " + d.version());
      }
      return d.criteria();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("bad criteria json", e);
    }
  }
}
