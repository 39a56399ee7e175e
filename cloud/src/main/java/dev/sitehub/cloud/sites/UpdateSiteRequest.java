package dev.sitehub.cloud.sites;

/** Changes to a site; null fields stay as they are. */
public record UpdateSiteRequest(String name, String address, String timezone) {}
