package dev.sitehub.cloud.inspections;

/**
 * The project manager's report of a fix: a note on what was done and, optionally, a JPEG or PNG
 * photo of the work as base64.
 */
public record FixRequest(String note, String photoBase64) {}
