package dev.sitehub.cloud.contracts;

import java.time.LocalDate;
import java.util.List;

/**
 * Everything one contract version says, resolved and validated: this record alone decides the
 * rendered document, so its fingerprint can be recomputed at any time.
 */
public record ContractTerms(
    String templateId,
    String title,
    String siteName,
    String siteAddress,
    List<Party> parties,
    List<NamedStaff> staff,
    String scope,
    long totalFen,
    LocalDate startDate,
    LocalDate endDate,
    int retentionBp,
    List<StagePayment> stages,
    String amendmentReason,
    ContractProvisions provisions) {
  public ContractTerms {
    // Terms stored before a list existed (or without one) read as empty, never as null.
    parties = parties == null ? List.of() : List.copyOf(parties);
    staff = staff == null ? List.of() : List.copyOf(staff);
    stages = stages == null ? List.of() : List.copyOf(stages);
    provisions = provisions == null ? ContractProvisions.defaults() : provisions;
  }

  /** Terms with every provision at its default, as drafted before provisions existed. */
  public ContractTerms(
      String templateId,
      String title,
      String siteName,
      String siteAddress,
      List<Party> parties,
      List<NamedStaff> staff,
      String scope,
      long totalFen,
      LocalDate startDate,
      LocalDate endDate,
      int retentionBp,
      List<StagePayment> stages,
      String amendmentReason) {
    this(
        templateId,
        title,
        siteName,
        siteAddress,
        parties,
        staff,
        scope,
        totalFen,
        startDate,
        endDate,
        retentionBp,
        stages,
        amendmentReason,
        null);
  }

  public Party customer() {
    return parties.stream().filter(p -> p.kind() == PartyKind.CUSTOMER).findFirst().orElseThrow();
  }
}
