package dev.sitehub.cloud.milestones;

/** The SQL milestones use to read the contract's filed versions, which they file as evidence. */
final class ContractVersions {
  private ContractVersions() {}

  /** A filed version by "contractId:version", its document rehashed by the database. */
  static final String FILED_VERSION =
      "SELECT contract_id, version, status, fingerprint, filing_number, filed_at,"
          + " encode(sha256(convert_to(document, 'UTF8')), 'hex') AS document_sha256,"
          + " terms::text AS terms FROM contract_version"
          + " WHERE contract_id || ':' || version = ? AND status = 'FILED'";
}
