package dev.sitehub.cloud.alerts;

/** Identifies the in-memory state of one rule for one source at one site. */
record RuleKey(String siteId, String code, String source) {}
