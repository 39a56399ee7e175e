package dev.sitehub.cloud.acceptance;

import java.time.Instant;

/**
 * A supervisor declares a criterion running on a sensor: e.g. a closed-water test started at {@code
 * startedAt} (default now) for {@code hours} (default from configuration).
 */
public record DeclareCriterionRequest(
    CriterionKind kind, String sensorId, Instant startedAt, Integer hours) {}
