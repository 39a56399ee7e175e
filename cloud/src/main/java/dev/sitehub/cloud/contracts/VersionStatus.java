package dev.sitehub.cloud.contracts;

/** A contract version is edited as DRAFT, frozen once anyone signs, and FILED after the last. */
public enum VersionStatus {
  DRAFT,
  SIGNING,
  FILED
}
