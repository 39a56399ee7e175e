package dev.sitehub.cloud.settlement;

import java.util.List;
import java.util.Map;

/** A project's statement: balances derived from postings, the stages, and every transaction. */
public record Statement(
    String projectId,
    long contractTotalFen,
    long depositedFen,
    Map<Account, Long> balances,
    boolean balanced,
    boolean disputeOpen,
    List<StageLine> stages,
    List<LedgerTxn> transactions) {
  public Statement {
    balances = Map.copyOf(balances);
    stages = List.copyOf(stages);
    transactions = List.copyOf(transactions);
  }
}
