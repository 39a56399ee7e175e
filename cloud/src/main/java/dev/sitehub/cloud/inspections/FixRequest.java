package dev.sitehub.cloud.inspections;

/** The project manager's note on what was done to fix a failed item. */
public record FixRequest(String note) {}
