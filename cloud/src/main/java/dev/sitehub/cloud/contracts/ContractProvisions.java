package dev.sitehub.cloud.contracts;

import java.math.BigDecimal;
import java.util.List;

/**
 * The clauses of a contract beyond price and dates: floor area, who supplies which materials,
 * warranty periods, the delay penalty and where disputes go. Terms stored before these existed read
 * with the defaults, which are the legal minimums and common model-contract values.
 *
 * @param floorAreaM2 the renovated floor area in m², if stated
 * @param materials who supplies which material; empty means per the platform's bill of materials
 * @param warrantyYears the general warranty, at least the two years of 住宅室内装饰装修管理办法 art. 32
 * @param waterproofWarrantyYears anti-leak warranty of waterproofed kitchens and bathrooms, at
 *     least five years (same article)
 * @param delayPenaltyBpPerDay the daily penalty for delay, in basis points of the contract price
 * @param delayPenaltyCapBp the most the delay penalty may reach, in basis points of the price
 * @param arbitrationCommission the arbitration commission the parties chose; null sends disputes to
 *     the people's court where the site is
 */
public record ContractProvisions(
    BigDecimal floorAreaM2,
    List<MaterialSupply> materials,
    Integer warrantyYears,
    Integer waterproofWarrantyYears,
    Integer delayPenaltyBpPerDay,
    Integer delayPenaltyCapBp,
    String arbitrationCommission) {
  public static final int MIN_WARRANTY_YEARS = 2;
  public static final int MIN_WATERPROOF_WARRANTY_YEARS = 5;

  /** 万分之五 of the price per day of delay, a common model-contract value. */
  public static final int DEFAULT_DELAY_PENALTY_BP_PER_DAY = 5;

  /** At most 10 % of the price in delay penalties. */
  public static final int DEFAULT_DELAY_PENALTY_CAP_BP = 1_000;

  public ContractProvisions {
    materials = materials == null ? List.of() : List.copyOf(materials);
    warrantyYears = warrantyYears == null ? MIN_WARRANTY_YEARS : warrantyYears;
    waterproofWarrantyYears =
        waterproofWarrantyYears == null ? MIN_WATERPROOF_WARRANTY_YEARS : waterproofWarrantyYears;
    delayPenaltyBpPerDay =
        delayPenaltyBpPerDay == null ? DEFAULT_DELAY_PENALTY_BP_PER_DAY : delayPenaltyBpPerDay;
    delayPenaltyCapBp =
        delayPenaltyCapBp == null ? DEFAULT_DELAY_PENALTY_CAP_BP : delayPenaltyCapBp;
  }

  /** Every default, nothing stated. */
  public static ContractProvisions defaults() {
    return new ContractProvisions(null, null, null, null, null, null, null);
  }
}
