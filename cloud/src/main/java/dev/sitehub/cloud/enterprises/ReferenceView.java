package dev.sitehub.cloud.enterprises;

import java.time.Instant;
import java.time.LocalDate;

/** A past project on an enterprise profile; {@code consentedAt} is null until the owner agrees. */
public record ReferenceView(
    String referenceId,
    String enterpriseId,
    String title,
    String description,
    String city,
    LocalDate completedOn,
    Instant consentedAt) {}
