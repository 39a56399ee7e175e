package dev.sitehub.cloud.alerts;

import java.time.LocalDate;

/**
 * A piece of planned work at a site that is not accepted yet: {@code key} identifies it within the
 * site (it becomes the alert's source), {@code due} is the last planned day.
 */
public record Deadline(String siteId, String key, String label, LocalDate due) {}
