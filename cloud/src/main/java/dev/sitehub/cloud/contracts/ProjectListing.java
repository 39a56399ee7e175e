package dev.sitehub.cloud.contracts;

/** A project as list pages show it: where it is, whose it is and how many stages it has. */
public record ProjectListing(String projectId, String siteId, String customerId, int stages) {}
