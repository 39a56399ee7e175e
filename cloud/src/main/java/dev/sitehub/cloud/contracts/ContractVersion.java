package dev.sitehub.cloud.contracts;

import java.time.Instant;

/** One stored version of a contract; the filing fields are set only once it is FILED. */
public record ContractVersion(
    String contractId,
    int version,
    VersionStatus status,
    ContractTerms terms,
    String document,
    String fingerprint,
    String filingNumber,
    Instant filedAt) {}
