package dev.sitehub.cloud.contracts;

import java.time.LocalDate;
import java.util.List;

/**
 * The negotiable part of a contract, used to edit a draft or to propose an amendment; null fields
 * keep their current value.
 */
public record ContractChanges(
    String title,
    String siteName,
    String siteAddress,
    String scope,
    Long totalFen,
    LocalDate startDate,
    LocalDate endDate,
    Integer retentionBp,
    List<StageShare> stages,
    List<StaffRequest> staff,
    String reason,
    ContractProvisions provisions) {

  /** Changes that leave the provisions (area, materials, warranty, penalties) as they are. */
  public ContractChanges(
      String title,
      String siteName,
      String siteAddress,
      String scope,
      Long totalFen,
      LocalDate startDate,
      LocalDate endDate,
      Integer retentionBp,
      List<StageShare> stages,
      List<StaffRequest> staff,
      String reason) {
    this(
        title,
        siteName,
        siteAddress,
        scope,
        totalFen,
        startDate,
        endDate,
        retentionBp,
        stages,
        staff,
        reason,
        null);
  }
}
