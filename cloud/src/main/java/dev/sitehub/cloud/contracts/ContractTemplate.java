package dev.sitehub.cloud.contracts;

import java.util.List;

/**
 * The standard home-renovation template: the stage plan most escrow platforms use (start, rough-in,
 * masonry and finishing, completion at 40/40/15/5) with a 5 % retention. Drafts may replace any of
 * it.
 */
final class ContractTemplate {
  /**
   * Version 2 renders the clauses of a 住宅装饰装修工程施工合同 in Chinese (ContractText); version 1 terms keep
   * their old table so documents signed under it keep their fingerprint.
   */
  public static final String ID = "standard-renovation-v2";

  /** The first template: an English table of the terms, no clauses. */
  public static final String V1 = "standard-renovation-v1";

  public static final String TITLE = "Home renovation contract";
  public static final int RETENTION_BP = 500;
  public static final List<StageShare> STAGES =
      List.of(
          new StageShare("开工 start of works", 4000),
          new StageShare("水电验收 plumbing and electrical rough-in", 4000, "PLUMBING_ELECTRICAL"),
          new StageShare("泥木油漆验收 masonry, carpentry and painting", 1500, "TILING"),
          new StageShare("竣工验收 completion", 500, "COMPLETION"));

  private ContractTemplate() {}
}
