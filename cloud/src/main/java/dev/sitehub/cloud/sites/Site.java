package dev.sitehub.cloud.sites;

import java.time.Instant;

/** A renovation address under supervision. */
public record Site(
    String siteId,
    String name,
    String address,
    String timezone,
    String createdBy,
    Instant createdAt,
    Instant updatedAt) {}
