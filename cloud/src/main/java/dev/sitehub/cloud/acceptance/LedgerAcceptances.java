package dev.sitehub.cloud.acceptance;

import dev.sitehub.cloud.settlement.SignedAcceptances;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Optional;

/** Answers the ledger's questions about signed acceptances from the acceptance records. */
@ApplicationScoped
class LedgerAcceptances implements SignedAcceptances {
  private final AcceptanceRepository records;

  LedgerAcceptances(AcceptanceRepository records) {
    this.records = records;
  }

  @Override
  public Uni<Boolean> signed(String projectId, int seq) {
    // SIGNED is reached only through both signatures, supervisor's first.
    return records
        .state(projectId, seq)
        .map(s -> s.filter(AcceptanceState.SIGNED::equals).isPresent());
  }

  @Override
  public Uni<Optional<Instant>> finalSignedAt(String projectId) {
    return records
        .find(projectId, AcceptanceService.FINAL, false)
        .map(
            r ->
                r.filter(x -> x.state() == AcceptanceState.SIGNED)
                    .map(AcceptanceRecord::customerSignedAt));
  }
}
