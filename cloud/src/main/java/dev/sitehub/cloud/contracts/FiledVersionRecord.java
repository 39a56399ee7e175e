package dev.sitehub.cloud.contracts;

/**
 * How the evidence chain reads a filed contract version back for hashing, by record id
 * "contractId:version", with its document rehashed by the database. This package owns the table, so
 * it owns the query; the evidence sources that run it live with the milestones that file the
 * versions, because the evidence feature depends on this one and this one cannot implement its
 * interface.
 */
public final class FiledVersionRecord {
  private FiledVersionRecord() {}

  /** The row of a FILED version; {@code ?} is the record id. Changing it changes every hash. */
  public static final String SQL =
      "SELECT contract_id, version, status, fingerprint, filing_number, filed_at,"
          + " encode(sha256(convert_to(document, 'UTF8')), 'hex') AS document_sha256,"
          + " terms::text AS terms FROM contract_version"
          + " WHERE contract_id || ':' || version = ? AND status = 'FILED'";
}
