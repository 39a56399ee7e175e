package dev.sitehub.cloud.acceptance;

import static dev.sitehub.cloud.common.NativeSql.instant;
import static dev.sitehub.cloud.common.NativeSql.rows;
import static dev.sitehub.cloud.common.NativeSql.update;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import jakarta.persistence.Tuple;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Acceptance records and their stills in SQL through the caller's reactive session. */
final class AcceptanceRepository {
  private static final TypeReference<List<CriterionResult>> RESULTS = new TypeReference<>() {};
  private final ObjectMapper json;

  AcceptanceRepository(ObjectMapper json) {
    this.json = json;
  }

  Uni<Optional<AcceptanceRecord>> find(String projectId, int seq, boolean lock) {
    return rows(
            "SELECT record_id, project_id, stage_seq, state, criteria::text, inspection_id,"
                + " override_by, override_reason, supervisor_id, supervisor_signed_at,"
                + " customer_id, customer_signed_at, created_at FROM acceptance_record"
                + " WHERE project_id = ?1 AND stage_seq = ?2"
                + (lock ? " FOR UPDATE" : ""),
            projectId,
            seq)
        .chain(
            found -> {
              if (found.isEmpty()) {
                return Uni.createFrom().item(Optional.<AcceptanceRecord>empty());
              }
              Tuple t = found.get(0);
              return stills((String) t.get(0)).map(stills -> Optional.of(record(t, stills)));
            });
  }

  private AcceptanceRecord record(Tuple t, List<StageStill> stills) {
    try {
      return new AcceptanceRecord(
          (String) t.get(0),
          (String) t.get(1),
          ((Number) t.get(2)).intValue(),
          AcceptanceState.valueOf((String) t.get(3)),
          json.readValue((String) t.get(4), RESULTS),
          (String) t.get(5),
          (String) t.get(6),
          (String) t.get(7),
          (String) t.get(8),
          instant(t.get(9)),
          (String) t.get(10),
          instant(t.get(11)),
          instant(t.get(12)),
          stills);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("bad criteria json", e);
    }
  }

  private static Uni<List<StageStill>> stills(String recordId) {
    return rows(
            "SELECT snapshot_id, device_id, camera_id, taken_at, file_key, file_sha256"
                + " FROM acceptance_still WHERE record_id = ?1 ORDER BY taken_at, snapshot_id",
            recordId)
        .map(
            r ->
                r.stream()
                    .map(
                        t ->
                            new StageStill(
                                ((Number) t.get(0)).longValue(),
                                (String) t.get(1),
                                (String) t.get(2),
                                instant(t.get(3)),
                                (String) t.get(4),
                                (String) t.get(5)))
                    .toList());
  }

  /** Replaces an unsigned record of the stage (re-assembly) and inserts the new one. */
  Uni<Void> replace(AcceptanceRecord r) {
    String criteria;
    try {
      criteria = json.writeValueAsString(r.criteria());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write criteria json", e);
    }
    Uni<Void> all =
        update(
                "DELETE FROM acceptance_record WHERE project_id = ?1 AND stage_seq = ?2"
                    + " AND state = 'AWAITING_SUPERVISOR'",
                r.projectId(),
                r.stageSeq())
            .chain(
                () ->
                    update(
                        "INSERT INTO acceptance_record (record_id, project_id, stage_seq, state,"
                            + " criteria, inspection_id, override_by, override_reason, created_at)"
                            + " VALUES (?1, ?2, ?3, ?4, CAST(CAST(?5 AS text) AS jsonb), ?6, ?7, ?8, ?9)",
                        r.recordId(),
                        r.projectId(),
                        r.stageSeq(),
                        r.state().name(),
                        criteria,
                        r.inspectionId(),
                        r.overrideBy(),
                        r.overrideReason(),
                        r.createdAt()))
            .replaceWithVoid();
    for (StageStill s : r.stills()) {
      all =
          all.chain(
              () ->
                  update(
                          "INSERT INTO acceptance_still (record_id, snapshot_id, device_id,"
                              + " camera_id, taken_at, file_key, file_sha256)"
                              + " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                          r.recordId(),
                          s.snapshotId(),
                          s.deviceId(),
                          s.cameraId(),
                          s.takenAt(),
                          s.key(),
                          s.sha256())
                      .replaceWithVoid());
    }
    return all;
  }

  Uni<Void> signSupervisor(String recordId, String userId, Instant at) {
    return sign(
        "state = 'AWAITING_CUSTOMER', supervisor_id = ?1, supervisor_signed_at = ?2",
        recordId,
        userId,
        at);
  }

  Uni<Void> signCustomer(String recordId, String userId, Instant at) {
    return sign(
        "state = 'SIGNED', customer_id = ?1, customer_signed_at = ?2", recordId, userId, at);
  }

  /** The state of the stage's record, if one was assembled. */
  static Uni<Optional<AcceptanceState>> state(String projectId, int seq) {
    return rows(
            "SELECT state FROM acceptance_record WHERE project_id = ?1 AND stage_seq = ?2",
            projectId,
            seq)
        .map(r -> r.stream().findFirst().map(t -> AcceptanceState.valueOf((String) t.get(0))));
  }

  private static Uni<Void> sign(String set, String recordId, String userId, Instant at) {
    return update(
            "UPDATE acceptance_record SET " + set + " WHERE record_id = ?3", userId, at, recordId)
        .replaceWithVoid();
  }
}
