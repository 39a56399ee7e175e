package dev.sitehub.cloud.contracts;

/**
 * One material the contract assigns to a supplier, such as floor tiles supplied by the homeowner.
 */
public record MaterialSupply(String item, MaterialSupplier suppliedBy) {}
