package dev.sitehub.cloud.sites;

/** A new site; {@code timezone} is an IANA zone id and defaults to UTC. */
public record CreateSiteRequest(String name, String address, String timezone) {}
