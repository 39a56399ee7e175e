package dev.sitehub.cloud.evidence;

/** A stored file a record points at, with the SHA-256 it had when the record was filed. */
public record MediaRef(String key, String sha256) {}
