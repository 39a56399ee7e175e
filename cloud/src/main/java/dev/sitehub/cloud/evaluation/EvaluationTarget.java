package dev.sitehub.cloud.evaluation;

/** Someone the homeowner may rate: an enterprise party or a named staff member of the contract. */
public record EvaluationTarget(RateRequest.TargetKind kind, String id, String name) {}
