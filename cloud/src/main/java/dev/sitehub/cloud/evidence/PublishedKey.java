package dev.sitehub.cloud.evidence;

/**
 * A public key that signs or signed evidence heads, as {@code GET /api/evidence/keys} publishes it:
 * the key id, the algorithm ({@code Ed25519}), the key as base64 X.509 and whether the server signs
 * with it now. Keys stay listed after rotation so the heads they signed still verify.
 */
public record PublishedKey(String keyId, String algorithm, String publicKey, boolean current) {}
