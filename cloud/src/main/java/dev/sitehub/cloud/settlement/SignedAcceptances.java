package dev.sitehub.cloud.settlement;

import io.smallrye.mutiny.Uni;
import java.time.Instant;
import java.util.Optional;

/**
 * What the ledger asks the acceptance feature, inside the ledger's unit of work: whether a stage's
 * acceptance carries both signatures, and when the final acceptance was signed. Acceptance
 * implements it, since acceptance already depends on settlement to release payments.
 */
public interface SignedAcceptances {
  /** Whether the stage's acceptance record is signed by the supervisor and the customer. */
  Uni<Boolean> signed(String projectId, int seq);

  /** When the customer signed the project's final acceptance, if they have. */
  Uni<Optional<Instant>> finalSignedAt(String projectId);
}
