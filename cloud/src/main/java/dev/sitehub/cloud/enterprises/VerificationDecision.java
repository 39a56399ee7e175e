package dev.sitehub.cloud.enterprises;

/** An operator's verdict on an enterprise: VERIFIED, or REJECTED with a reason. */
public record VerificationDecision(EnterpriseStatus decision, String reason) {}
