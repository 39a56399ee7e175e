package dev.sitehub.cloud.milestones;

import java.time.LocalDate;

/** Planned dates for a milestone. */
public record PlanRequest(LocalDate plannedStart, LocalDate plannedEnd) {}
