package dev.sitehub.cloud.contracts;

/**
 * A party as written into the contract: a user id for the customer, an enterprise id otherwise,
 * with the name, credit code and address (an enterprise's city and district) snapshotted so the
 * document never changes after drafting.
 */
public record Party(PartyKind kind, String id, String name, String creditCode, String address) {
  /** A party whose address is not recorded. */
  public Party(PartyKind kind, String id, String name, String creditCode) {
    this(kind, id, name, creditCode, null);
  }

  /** Identifies the party's signature slot. */
  public String key() {
    return kind.name() + ":" + id;
  }
}
