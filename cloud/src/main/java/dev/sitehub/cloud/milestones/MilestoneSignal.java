package dev.sitehub.cloud.milestones;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What the alert engine needs about a milestone: the site to alert on, the stage, and the dates
 * behind "overdue" and "stalled".
 */
public record MilestoneSignal(
    String projectId,
    String siteId,
    int seq,
    String name,
    MilestoneState state,
    LocalDate plannedEnd,
    Instant actualStart) {}
