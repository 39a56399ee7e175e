package dev.sitehub.cloud.settlement;

/** The operator's decision on a dispute: how the escrowed money is split, and why. */
public record ArbitrationRequest(long toContractorFen, long toCustomerFen, String decision) {}
