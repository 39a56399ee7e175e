package dev.sitehub.cloud.settlement;

import dev.sitehub.cloud.portal.PortalContext;
import io.quarkus.qute.TemplateData;
import java.util.List;
import java.util.Locale;

/**
 * A project's ledger statement as the portal shows it: the contract total, what was deposited,
 * where the money stands (escrow, retention, released, refunded), each stage's share, and every
 * transaction, amounts formatted in yuan.
 */
@TemplateData
public record PaymentsView(
    String total,
    String deposited,
    String escrow,
    String retention,
    String released,
    String refunded,
    boolean disputeOpen,
    List<Stage> stages,
    List<Txn> transactions) {

  /** One stage's share and whether it has been paid out. */
  @TemplateData
  public record Stage(
      int seq, String name, String payable, String retained, boolean accepted, boolean released) {}

  /** One ledger transaction: when, what, which stage, and how much moved. */
  @TemplateData
  public record Txn(String txnId, String at, TxnKind kind, Integer stage, String amount) {}

  public static PaymentsView of(Statement s, String zone) {
    List<Stage> stages =
        s.stages().stream()
            .map(
                l ->
                    new Stage(
                        l.seq(),
                        l.name(),
                        yuan(l.payableFen()),
                        yuan(l.retainedFen()),
                        l.accepted(),
                        l.released()))
            .toList();
    List<Txn> txns =
        s.transactions().stream()
            .map(
                t ->
                    new Txn(
                        t.txnId(),
                        PortalContext.time(t.at(), zone),
                        t.kind(),
                        t.stageSeq(),
                        yuan(moved(t))))
            .toList();
    return new PaymentsView(
        yuan(s.contractTotalFen()),
        yuan(s.depositedFen()),
        yuan(s.balances().getOrDefault(Account.ESCROW, 0L)),
        yuan(s.balances().getOrDefault(Account.RETENTION, 0L)),
        yuan(s.balances().getOrDefault(Account.CONTRACTOR, 0L)),
        yuan(s.balances().getOrDefault(Account.CUSTOMER_REFUND, 0L)),
        s.disputeOpen(),
        stages,
        txns);
  }

  /** Whether the stage's share has been released to the contractor. */
  public boolean released(int seq) {
    return stages.stream().anyMatch(st -> st.seq() == seq && st.released());
  }

  /** The money a transaction moved: the sum of its positive postings. */
  static long moved(LedgerTxn t) {
    return t.postings().stream().mapToLong(Posting::amountFen).filter(a -> a > 0).sum();
  }

  /** Fen as yuan with thousands separators: 1234567 is ¥12,345.67. */
  public static String yuan(long fen) {
    String sign = fen < 0 ? "-" : "";
    long abs = Math.abs(fen);
    return String.format(Locale.ROOT, "%s¥%,d.%02d", sign, abs / 100, abs % 100);
  }
}
