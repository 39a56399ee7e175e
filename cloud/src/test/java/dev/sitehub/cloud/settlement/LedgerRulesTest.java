package dev.sitehub.cloud.settlement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sitehub.cloud.common.ProblemException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Verifies the escrow rules post balanced lines and refuse what would overdraw or overcharge. */
class LedgerRulesTest {
  private final List<LedgerTxn> ledger = new ArrayList<>();

  private Balances apply(List<Posting> postings) {
    ledger.add(
        new LedgerTxn(
            "t" + ledger.size(),
            "p",
            "k" + ledger.size(),
            TxnKind.DEPOSIT,
            null,
            null,
            "u",
            Instant.EPOCH,
            postings));
    Balances b = Balances.of(ledger);
    assertThat(b.total()).as("ledger balanced after every posting").isZero();
    return b;
  }

  @Test
  void depositReleaseRetention_balancesFollowPostings() {
    Balances b = apply(LedgerRules.deposit(Balances.of(ledger), 10_000, 10_000));
    assertThat(b.of(Account.ESCROW)).isEqualTo(10_000);
    assertThat(b.deposited()).isEqualTo(10_000);
    b = apply(LedgerRules.releaseStage(b, 3_800, 200));
    assertThat(b.of(Account.ESCROW)).isEqualTo(6_000);
    assertThat(b.of(Account.CONTRACTOR)).isEqualTo(3_800);
    assertThat(b.of(Account.RETENTION)).isEqualTo(200);
    b = apply(LedgerRules.releaseRetention(b));
    assertThat(b.of(Account.RETENTION)).isZero();
    assertThat(b.of(Account.CONTRACTOR)).isEqualTo(4_000);
    b = apply(LedgerRules.refund(b, 1_000));
    assertThat(b.of(Account.CUSTOMER_REFUND)).isEqualTo(1_000);
    b = apply(LedgerRules.arbitrate(b, 3_000, 2_000));
    assertThat(b.of(Account.ESCROW)).isZero();
    assertThat(b.of(Account.CONTRACTOR)).isEqualTo(7_000);
    assertThat(b.of(Account.CUSTOMER_REFUND)).isEqualTo(3_000);
  }

  @Test
  void deposit_aboveContractTotal_refused() {
    Balances b = apply(LedgerRules.deposit(Balances.of(ledger), 9_000, 10_000));
    assertThatThrownBy(() -> LedgerRules.deposit(b, 1_001, 10_000))
        .isInstanceOf(ProblemException.class)
        .extracting(e -> ((ProblemException) e).code())
        .isEqualTo("deposit-exceeds-contract");
  }

  @Test
  void deposit_nonPositive_invalidAmount() {
    assertThatThrownBy(() -> LedgerRules.deposit(Balances.of(ledger), 0, 10))
        .extracting(e -> ((ProblemException) e).code())
        .isEqualTo("invalid-amount");
  }

  @Test
  void release_moreThanEscrow_insufficientEscrow() {
    Balances b = apply(LedgerRules.deposit(Balances.of(ledger), 1_000, 10_000));
    assertThatThrownBy(() -> LedgerRules.releaseStage(b, 1_000, 1))
        .extracting(e -> ((ProblemException) e).code())
        .isEqualTo("insufficient-escrow");
    assertThatThrownBy(() -> LedgerRules.refund(b, 1_001))
        .extracting(e -> ((ProblemException) e).code())
        .isEqualTo("insufficient-escrow");
  }

  @Test
  void retention_nothingHeld_refused() {
    assertThatThrownBy(() -> LedgerRules.releaseRetention(Balances.of(ledger)))
        .extracting(e -> ((ProblemException) e).code())
        .isEqualTo("nothing-retained");
  }

  @Test
  void arbitrate_negativeOrEmptySplit_invalidAmount() {
    Balances b = apply(LedgerRules.deposit(Balances.of(ledger), 1_000, 10_000));
    assertThatThrownBy(() -> LedgerRules.arbitrate(b, -1, 2))
        .extracting(e -> ((ProblemException) e).code())
        .isEqualTo("invalid-amount");
    assertThatThrownBy(() -> LedgerRules.arbitrate(b, 0, 0))
        .extracting(e -> ((ProblemException) e).code())
        .isEqualTo("invalid-amount");
  }
}
