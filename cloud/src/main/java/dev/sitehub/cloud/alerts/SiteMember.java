package dev.sitehub.cloud.alerts;

/** A user who belongs to a site, with their role there. */
public record SiteMember(String userId, SiteRole role) {}
