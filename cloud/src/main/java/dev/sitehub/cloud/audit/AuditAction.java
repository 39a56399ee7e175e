package dev.sitehub.cloud.audit;

/** What an audited person did; stored by name, shown through {@code auditmsg:action}. */
public enum AuditAction {
  MEMBER_ADDED,
  MEMBER_REMOVED,
  ROLE_GRANTED,
  ENTERPRISE_VERIFIED,
  ENTERPRISE_REJECTED,
  CONTRACT_SIGNED,
  DEPOSIT_RECEIVED,
  STAGE_RELEASED,
  RETENTION_RELEASED,
  REFUNDED,
  ARBITRATED,
  DEVICE_CLAIMED,
  DEVICE_REVOKED,
  DEVICE_REPROVISIONED,
  ALERT_SETTINGS_CHANGED
}
