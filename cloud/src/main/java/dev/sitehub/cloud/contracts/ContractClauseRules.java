package dev.sitehub.cloud.contracts;

import dev.sitehub.cloud.common.ProblemException;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks the provisions of a draft: warranties no shorter than the regulations allow, a delay
 * penalty within reason, a plausible floor area and a named supplier for every listed material.
 */
final class ContractClauseRules {
  static final int MAX_MATERIALS = 100;
  static final int MAX_ITEM = 100;
  static final int MAX_WARRANTY_YEARS = 30;
  static final int MAX_PENALTY_BP_PER_DAY = 100;
  static final BigDecimal MAX_AREA = BigDecimal.valueOf(100_000);

  private ContractClauseRules() {}

  static ContractProvisions check(ContractProvisions p) {
    if (p.floorAreaM2() != null
        && (p.floorAreaM2().signum() <= 0
            || p.floorAreaM2().compareTo(MAX_AREA) > 0
            || p.floorAreaM2().scale() > 2)) {
      throw ProblemException.badRequest(
          "invalid-area", "floor area must be a positive number of m² with at most 2 decimals");
    }
    if (p.warrantyYears() < ContractProvisions.MIN_WARRANTY_YEARS
        || p.warrantyYears() > MAX_WARRANTY_YEARS
        || p.waterproofWarrantyYears() < ContractProvisions.MIN_WATERPROOF_WARRANTY_YEARS
        || p.waterproofWarrantyYears() > MAX_WARRANTY_YEARS) {
      throw ProblemException.badRequest(
          "invalid-warranty",
          "warranty must be at least "
              + ContractProvisions.MIN_WARRANTY_YEARS
              + " years, waterproofing at least "
              + ContractProvisions.MIN_WATERPROOF_WARRANTY_YEARS);
    }
    if (p.delayPenaltyBpPerDay() < 0
        || p.delayPenaltyBpPerDay() > MAX_PENALTY_BP_PER_DAY
        || p.delayPenaltyCapBp() < 0
        || p.delayPenaltyCapBp() > PaymentPlan.FULL_BP) {
      throw ProblemException.badRequest(
          "invalid-penalty",
          "delay penalty must be 0-"
              + MAX_PENALTY_BP_PER_DAY
              + " basis points a day, capped at 100 %");
    }
    List<MaterialSupply> materials = p.materials();
    if (materials.size() > MAX_MATERIALS) {
      throw ProblemException.badRequest(
          "invalid-materials", "at most " + MAX_MATERIALS + " materials");
    }
    Set<String> seen = new HashSet<>();
    for (MaterialSupply m : materials) {
      if (m == null
          || m.suppliedBy() == null
          || m.item() == null
          || m.item().isBlank()
          || m.item().length() > MAX_ITEM
          || !seen.add(m.item().strip())) {
        throw ProblemException.badRequest(
            "invalid-materials",
            "each material needs a distinct name of 1-" + MAX_ITEM + " characters and a supplier");
      }
    }
    String commission = p.arbitrationCommission();
    if (commission != null
        && (commission.isBlank() || commission.length() > TermsResolver.MAX_TEXT)) {
      throw ProblemException.badRequest(
          "invalid-arbitration",
          "name the arbitration commission in 1-300 characters, or leave it out");
    }
    return new ContractProvisions(
        p.floorAreaM2(),
        materials.stream().map(m -> new MaterialSupply(m.item().strip(), m.suppliedBy())).toList(),
        p.warrantyYears(),
        p.waterproofWarrantyYears(),
        p.delayPenaltyBpPerDay(),
        p.delayPenaltyCapBp(),
        commission == null ? null : commission.strip());
  }
}
