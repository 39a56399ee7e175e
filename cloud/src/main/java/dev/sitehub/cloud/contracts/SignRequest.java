package dev.sitehub.cloud.contracts;

/** A signature: the SHA-256 of the rendered document the signer was shown. */
public record SignRequest(String documentSha256) {}
