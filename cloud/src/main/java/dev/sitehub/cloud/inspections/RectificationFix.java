package dev.sitehub.cloud.inspections;

import java.time.Instant;

/** One fix the project manager reported on a task, kept even when the supervisor sent it back. */
public record RectificationFix(
    String fixId, String note, boolean hasPhoto, String fixedBy, Instant fixedAt) {}
