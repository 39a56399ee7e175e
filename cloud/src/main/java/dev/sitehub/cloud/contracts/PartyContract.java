package dev.sitehub.cloud.contracts;

/**
 * A contract an enterprise is party to, as its workspace lists it: the current version's title,
 * site and state, and the project once the contract is filed (null before).
 */
public record PartyContract(
    String contractId, String title, String siteName, VersionStatus status, String projectId) {}
