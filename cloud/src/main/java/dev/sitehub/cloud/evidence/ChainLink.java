package dev.sitehub.cloud.evidence;

import java.time.Instant;

/** One link of a project's evidence chain as stored. */
public record ChainLink(
    String projectId,
    long seq,
    RecordKind kind,
    String recordId,
    String recordHash,
    String prevHash,
    String linkHash,
    Instant appendedAt) {}
