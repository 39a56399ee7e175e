package dev.sitehub.cloud.accounts;

import java.time.Instant;

/**
 * The answer to a portal login: the CSRF token that unsafe cookie-authenticated requests must send
 * in {@code X-CSRF-Token}.
 */
public record SessionView(String userId, String csrfToken, Instant expiresAt) {}
