package dev.sitehub.cloud.enterprises;

import io.smallrye.mutiny.Uni;

/**
 * Where the rating hook records each evaluation it folds in, so a repeat is recognised; the
 * evaluation feature keeps the ledger and enterprises asks it inside its own unit of work.
 */
public interface EvaluationLedger {

  /** Work that stores the evaluation unless its id is recorded already; true if stored now. */
  Uni<Boolean> recordingOnce(Evaluation ev);
}
