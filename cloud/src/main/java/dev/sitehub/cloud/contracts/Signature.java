package dev.sitehub.cloud.contracts;

import java.time.Instant;

/** A party's signature on one version: who, when, from where, and the document hash they saw. */
public record Signature(
    int version,
    String partyKey,
    String userId,
    Instant signedAt,
    String ip,
    String userAgent,
    String documentSha256) {}
