package dev.sitehub.cloud.settlement;

import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;

/** Account balances derived from postings, never stored. */
public record Balances(Map<Account, Long> byAccount) {
  public Balances {
    byAccount = Map.copyOf(byAccount);
  }

  public static Balances of(Collection<LedgerTxn> txns) {
    Map<Account, Long> m = new EnumMap<>(Account.class);
    for (Account a : Account.values()) {
      m.put(a, 0L);
    }
    for (LedgerTxn t : txns) {
      for (Posting p : t.postings()) {
        m.merge(p.account(), p.amountFen(), Long::sum);
      }
    }
    return new Balances(m);
  }

  public long of(Account a) {
    return byAccount.getOrDefault(a, 0L);
  }

  /** Sum over all accounts: zero whenever the ledger is balanced. */
  public long total() {
    return byAccount.values().stream().mapToLong(Long::longValue).sum();
  }

  /** What customers paid in: the negated gateway balance. */
  public long deposited() {
    return -of(Account.GATEWAY);
  }
}
