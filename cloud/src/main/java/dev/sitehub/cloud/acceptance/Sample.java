package dev.sitehub.cloud.acceptance;

import java.time.Instant;

/** One stored reading as the evaluator sees it. */
public record Sample(Instant ts, double value) {}
