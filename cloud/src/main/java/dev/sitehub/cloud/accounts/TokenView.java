package dev.sitehub.cloud.accounts;

import java.time.Instant;

/** An issued bearer token. */
public record TokenView(String token, String tokenType, Instant expiresAt) {}
