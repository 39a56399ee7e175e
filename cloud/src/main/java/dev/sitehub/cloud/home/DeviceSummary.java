package dev.sitehub.cloud.home;

import io.quarkus.qute.TemplateData;

/** One box in the operator's device list. */
@TemplateData
public record DeviceSummary(
    String deviceId,
    String siteId,
    String siteName,
    boolean online,
    boolean revoked,
    String lastSeen) {}
