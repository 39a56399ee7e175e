package dev.sitehub.cloud.settlement;

import io.quarkus.qute.TemplateData;

/**
 * What the ledger page shows: the balances that matter for its three acts, which of the acts the
 * viewer may take on this project, and the one form that came back ({@code formFor}: {@code
 * dispute}, {@code retention} or {@code refund}) with what was typed and the errors, or the notice
 * of the act just done ({@code done}).
 */
@TemplateData
public record LedgerPageView(
    String projectId,
    String escrow,
    String retention,
    boolean disputeOpen,
    boolean canDispute,
    boolean canReleaseRetention,
    boolean canRefund,
    String retentionKey,
    String refundKey,
    String formFor,
    String reason,
    String amount,
    LedgerProblem fieldError,
    LedgerProblem formError,
    String done) {

  /**
   * Whether the dispute form shows: for those who may raise one while none is open, and when a
   * raise just came back refused (so the reason typed is not lost).
   */
  public boolean showDisputeForm() {
    return canDispute && (!disputeOpen || isFor("dispute"));
  }

  /** Whether the returned form (and its errors) is the one named {@code form}. */
  public boolean isFor(String form) {
    return form.equals(formFor);
  }
}
