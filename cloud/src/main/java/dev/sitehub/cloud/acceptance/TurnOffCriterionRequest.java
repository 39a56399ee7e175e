package dev.sitehub.cloud.acceptance;

/** The supervisor turns a stage criterion off and says why (required). */
public record TurnOffCriterionRequest(String reason) {}
