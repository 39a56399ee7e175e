package dev.sitehub.cloud.sites;

/** Grants a user access to a site. */
public record AddMemberRequest(String userId) {}
