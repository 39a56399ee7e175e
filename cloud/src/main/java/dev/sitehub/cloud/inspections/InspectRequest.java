package dev.sitehub.cloud.inspections;

import java.util.List;

/** A supervisor's inspection of a stage: one result per item of the stage's checklist. */
public record InspectRequest(List<ItemResult> items) {}
