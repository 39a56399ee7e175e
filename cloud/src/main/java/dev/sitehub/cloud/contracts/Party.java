package dev.sitehub.cloud.contracts;

/**
 * A party as written into the contract: a user id for the customer, an enterprise id otherwise,
 * with the name and credit code snapshotted so the document never changes after drafting.
 */
public record Party(PartyKind kind, String id, String name, String creditCode) {
  /** Identifies the party's signature slot. */
  public String key() {
    return kind.name() + ":" + id;
  }
}
