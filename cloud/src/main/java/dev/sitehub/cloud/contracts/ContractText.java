package dev.sitehub.cloud.contracts;

import dev.sitehub.cloud.accounts.Role;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateData;
import io.quarkus.qute.TemplateInstance;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A contract version put into the clauses of a 住宅装饰装修工程施工合同, every value formatted, for
 * templates/contractparts/document.html: in Chinese it is the document the parties sign and the
 * platform files; in English it is the reference rendering. The filing record is added only to a
 * PDF of a version, never to the signed text.
 */
@TemplateData
public record ContractText(
    String contractId,
    int version,
    String title,
    String amendmentReason,
    PartyLine customer,
    PartyLine contractor,
    List<PartyLine> others,
    List<StaffLine> staff,
    String siteName,
    String siteAddress,
    String area,
    String scope,
    String startDate,
    String endDate,
    long days,
    String total,
    String totalUpper,
    List<StageLine> stages,
    String retentionShare,
    String retentionAmount,
    boolean retention,
    List<MaterialSupply> materials,
    int warrantyYears,
    int waterproofWarrantyYears,
    String delayPenaltyPerDay,
    String delayPenaltyCap,
    String arbitrationCommission,
    Filing filing) {

  /** The templates of the contract document: the archival XHTML page (also the PDF's source). */
  @CheckedTemplate
  static class Templates {
    static native TemplateInstance archive(ContractText d);
  }

  /** The signed text's language. */
  public static final Locale CHINESE = Locale.forLanguageTag("zh-CN");

  /** A party by name, with its kind, credit code and address. */
  @TemplateData
  public record PartyLine(PartyKind kind, String name, String creditCode, String address) {}

  /** A person the contract names, in the role it names them, with their enterprise's name. */
  @TemplateData
  public record StaffLine(Role role, String name, String enterprise) {}

  /** One payment stage, amounts in yuan. */
  @TemplateData
  public record StageLine(
      int seq, String name, String share, String amount, String payable, String retained) {}

  /** The filing record a PDF adds after the text: number, fingerprint and each signature. */
  @TemplateData
  public record Filing(String filingNumber, String fingerprint, List<Signed> signatures) {}

  /** One party's signature: its name and when it signed (blank when it has not yet). */
  @TemplateData
  public record Signed(PartyKind kind, String name, String at) {}

  public boolean hasMaterials() {
    return !materials.isEmpty();
  }

  /** The text of version {@code version} of {@code contractId}. */
  static ContractText of(String contractId, int version, ContractTerms t) {
    Map<String, Party> byId =
        t.parties().stream().collect(Collectors.toMap(Party::id, Function.identity(), (a, b) -> a));
    Party customer = t.customer();
    Party contractor =
        t.parties().stream()
            .filter(p -> p.kind() == PartyKind.DECORATION_COMPANY)
            .findFirst()
            .orElse(null);
    ContractProvisions pr = t.provisions();
    StagePayment last = t.stages().isEmpty() ? null : t.stages().get(t.stages().size() - 1);
    long retainedFen = last == null ? 0 : last.retainedFen();
    return new ContractText(
        contractId,
        version,
        t.title(),
        t.amendmentReason(),
        // The homeowner's address in a home-renovation contract is the home being renovated.
        new PartyLine(customer.kind(), customer.name(), null, t.siteAddress()),
        contractor == null ? null : line(contractor),
        t.parties().stream()
            .filter(p -> p.kind() != PartyKind.CUSTOMER && p != contractor)
            .map(ContractText::line)
            .toList(),
        t.staff().stream()
            .map(
                s ->
                    new StaffLine(
                        s.role(),
                        s.name(),
                        byId.containsKey(s.enterpriseId())
                            ? byId.get(s.enterpriseId()).name()
                            : ""))
            .toList(),
        t.siteName(),
        t.siteAddress(),
        pr.floorAreaM2() == null ? null : pr.floorAreaM2().stripTrailingZeros().toPlainString(),
        t.scope(),
        String.valueOf(t.startDate()),
        String.valueOf(t.endDate()),
        ChronoUnit.DAYS.between(t.startDate(), t.endDate()) + 1,
        ContractDocument.yuan(t.totalFen()),
        ChineseAmount.of(t.totalFen()),
        t.stages().stream()
            .map(
                s ->
                    new StageLine(
                        s.seq(),
                        s.name(),
                        percent(s.shareBp()),
                        ContractDocument.yuan(s.amountFen()),
                        ContractDocument.yuan(s.payableFen()),
                        ContractDocument.yuan(s.retainedFen())))
            .toList(),
        percent(t.retentionBp()),
        ContractDocument.yuan(retainedFen),
        t.retentionBp() > 0,
        pr.materials(),
        pr.warrantyYears(),
        pr.waterproofWarrantyYears(),
        percent(pr.delayPenaltyBpPerDay()),
        percent(pr.delayPenaltyCapBp()),
        pr.arbitrationCommission(),
        null);
  }

  /** This text with the filing record of its version, for a PDF. */
  ContractText withFiling(Filing f) {
    return new ContractText(
        contractId,
        version,
        title,
        amendmentReason,
        customer,
        contractor,
        others,
        staff,
        siteName,
        siteAddress,
        area,
        scope,
        startDate,
        endDate,
        days,
        total,
        totalUpper,
        stages,
        retentionShare,
        retentionAmount,
        retention,
        materials,
        warrantyYears,
        waterproofWarrantyYears,
        delayPenaltyPerDay,
        delayPenaltyCap,
        arbitrationCommission,
        f);
  }

  /** The signed Chinese XHTML of the text. */
  String archive() {
    return Templates.archive(this).setLocale(CHINESE).render();
  }

  /** The signature of a party in a filing record, with its time in {@code zone}. */
  static Signed signed(Party p, Instant at, String zone) {
    return new Signed(
        p.kind(),
        p.name(),
        at == null
            ? ""
            : java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
                .format(at.atZone(java.time.ZoneId.of(zone))));
  }

  private static PartyLine line(Party p) {
    return new PartyLine(p.kind(), p.name(), p.creditCode(), p.address());
  }

  /** Basis points as a percentage without trailing zeros: 5 is 0.05%, 1000 is 10%. */
  static String percent(int bp) {
    return BigDecimal.valueOf(bp, 2).stripTrailingZeros().toPlainString() + "%";
  }
}
