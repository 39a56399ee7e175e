package dev.sitehub.cloud.contracts;

import dev.sitehub.cloud.enterprises.EnterpriseType;

/** The capacity in which someone is party to a contract. */
public enum PartyKind {
  CUSTOMER(null),
  DECORATION_COMPANY(EnterpriseType.DECORATION_COMPANY),
  DESIGN_COMPANY(EnterpriseType.DESIGN_COMPANY),
  SUPERVISION_COMPANY(EnterpriseType.SUPERVISION_COMPANY),
  MATERIAL_SUPPLIER(EnterpriseType.MATERIAL_SUPPLIER);

  private final EnterpriseType enterpriseType;

  PartyKind(EnterpriseType enterpriseType) {
    this.enterpriseType = enterpriseType;
  }

  /** The enterprise type this party must have; null for the customer. */
  public EnterpriseType enterpriseType() {
    return enterpriseType;
  }
}
