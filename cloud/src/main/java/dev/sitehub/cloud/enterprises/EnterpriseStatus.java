package dev.sitehub.cloud.enterprises;

/** Where an enterprise stands with the platform operator; only VERIFIED ones can be chosen. */
public enum EnterpriseStatus {
  PENDING,
  VERIFIED,
  REJECTED
}
