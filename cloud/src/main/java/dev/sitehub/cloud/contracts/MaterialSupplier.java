package dev.sitehub.cloud.contracts;

/** Who supplies a material under the contract: the homeowner (甲供) or the contractor (乙供). */
public enum MaterialSupplier {
  CUSTOMER,
  CONTRACTOR
}
