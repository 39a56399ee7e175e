package dev.sitehub.cloud.contracts;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;

/** A party's signature slot on a contract (table {@code contract_party}). */
@Entity
@Table(name = "contract_party")
@IdClass(ContractPartyEntity.Key.class)
class ContractPartyEntity {
  @Id
  @Column(name = "contract_id")
  String contractId;

  @Id
  @Column(name = "party_key")
  String partyKey;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  PartyKind kind;

  @Column(name = "party_id", nullable = false)
  String partyId;

  protected ContractPartyEntity() {}

  ContractPartyEntity(String contractId, Party p) {
    this.contractId = contractId;
    this.partyKey = p.key();
    this.kind = p.kind();
    this.partyId = p.id();
  }

  /** The slot's identity: the contract and the party's key. */
  record Key(String contractId, String partyKey) implements Serializable {}
}
