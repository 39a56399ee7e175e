package dev.sitehub.cloud.contracts;

import io.quarkus.qute.TemplateData;
import java.math.BigDecimal;
import java.util.List;

/**
 * The contract page: the current version's terms in yuan, each party and whether it signed, the
 * fingerprint a signature covers, the filing record once filed, and whether the viewer may sign.
 */
@TemplateData
public record ContractPageView(
    String contractId,
    int version,
    VersionStatus status,
    String title,
    String siteName,
    String siteAddress,
    String scope,
    String startDate,
    String endDate,
    String total,
    List<PartyRow> parties,
    List<StageRow> stages,
    String fingerprint,
    String filingNumber,
    String projectId,
    boolean canSign,
    boolean signedByViewer,
    ContractProblem error) {

  /** A party as the page lists it. */
  @TemplateData
  public record PartyRow(PartyKind kind, String name, boolean signed) {}

  /** A payment stage with its amounts in yuan. */
  @TemplateData
  public record StageRow(
      int seq, String name, String share, String payable, String retained, StageType type) {}

  static ContractPageView of(ContractView v, String viewerId) {
    ContractTerms t = v.terms();
    List<PartyRow> parties =
        t.parties().stream()
            .map(p -> new PartyRow(p.kind(), p.name(), !v.awaitingParties().contains(p.key())))
            .toList();
    List<StageRow> stages =
        t.stages().stream()
            .map(
                s ->
                    new StageRow(
                        s.seq(),
                        s.name(),
                        BigDecimal.valueOf(s.shareBp(), 2).stripTrailingZeros().toPlainString()
                            + " %",
                        ContractDocument.yuan(s.payableFen()),
                        ContractDocument.yuan(s.retainedFen()),
                        s.type()))
            .toList();
    String filing =
        v.filings().stream()
            .filter(f -> f.version() == v.version())
            .map(ContractView.Filing::filingNumber)
            .findFirst()
            .orElse(null);
    boolean customer = t.customer().id().equals(viewerId);
    boolean signed =
        v.status() == VersionStatus.FILED || !v.awaitingParties().contains(t.customer().key());
    return new ContractPageView(
        v.contractId(),
        v.version(),
        v.status(),
        t.title(),
        t.siteName(),
        t.siteAddress(),
        t.scope(),
        String.valueOf(t.startDate()),
        String.valueOf(t.endDate()),
        ContractDocument.yuan(t.totalFen()),
        parties,
        stages,
        v.documentSha256(),
        filing,
        v.projectId(),
        customer && !signed,
        customer && signed,
        null);
  }

  ContractPageView withError(ContractProblem problem) {
    return new ContractPageView(
        contractId,
        version,
        status,
        title,
        siteName,
        siteAddress,
        scope,
        startDate,
        endDate,
        total,
        parties,
        stages,
        fingerprint,
        filingNumber,
        projectId,
        canSign,
        signedByViewer,
        problem);
  }
}
