package dev.sitehub.cloud.contracts;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Contracts, their versions, parties and signatures through Hibernate Reactive; each method is work
 * for a {@link dev.sitehub.cloud.common.UnitOfWork}.
 */
@ApplicationScoped
class ContractRepository implements PanacheRepositoryBase<ContractEntity, String> {
  private final ObjectMapper json;

  ContractRepository(ObjectMapper json) {
    this.json = json;
  }

  /** Inserts the contract, its parties and version 1 as a draft. */
  Uni<Void> insert(String contractId, ContractTerms terms, String createdBy, Instant now) {
    String termsJson = toJson(terms);
    return getSession()
        .chain(
            s -> {
              // The head row first: parties and versions refer to it.
              Uni<Void> work =
                  s.persist(new ContractEntity(contractId, terms.customer().id(), createdBy, now))
                      .chain(s::flush);
              for (Party p : terms.parties()) {
                work = work.chain(() -> s.persist(new ContractPartyEntity(contractId, p)));
              }
              return work.chain(
                      () ->
                          s.persist(
                              new ContractVersionEntity(contractId, 1, termsJson, createdBy, now)))
                  .chain(s::flush);
            });
  }

  /** Adds amendment version {@code version} as a draft and makes it current. */
  Uni<Void> insertAmendment(
      String contractId, int version, ContractTerms terms, String createdBy, Instant now) {
    String termsJson = toJson(terms);
    return getSession()
        .chain(
            s ->
                s.persist(new ContractVersionEntity(contractId, version, termsJson, createdBy, now))
                    .chain(s::flush)
                    .chain(() -> findById(contractId, LockModeType.PESSIMISTIC_WRITE))
                    .invoke(c -> c.currentVersion = version)
                    .chain(s::flush));
  }

  /** Replaces the terms of a version that is still a draft; false if it is not a draft. */
  Uni<Boolean> updateDraft(String contractId, int version, ContractTerms terms) {
    String termsJson = toJson(terms);
    return lockedVersion(contractId, version)
        .chain(
            v -> {
              if (v == null || v.status != VersionStatus.DRAFT) {
                return Uni.createFrom().item(false);
              }
              v.terms = termsJson;
              return flush().replaceWith(true);
            });
  }

  /** The current version number, or empty if there is no such contract. */
  Uni<Optional<Integer>> currentVersion(String contractId) {
    return findById(contractId).map(c -> Optional.ofNullable(c).map(x -> x.currentVersion));
  }

  Uni<Optional<ContractVersion>> version(String contractId, int version) {
    return getSession()
        .chain(
            s ->
                s.find(
                    ContractVersionEntity.class,
                    new ContractVersionEntity.Key(contractId, version)))
        .map(v -> Optional.ofNullable(v).map(this::view));
  }

  /** The stored version under a row lock (signatures on it queue behind each other), or null. */
  Uni<ContractVersionEntity> lockedVersion(String contractId, int version) {
    return getSession()
        .chain(
            s ->
                s.find(
                    ContractVersionEntity.class,
                    new ContractVersionEntity.Key(contractId, version),
                    LockModeType.PESSIMISTIC_WRITE));
  }

  Uni<List<ContractVersion>> versions(String contractId) {
    return getSession()
        .chain(
            s ->
                s.createSelectionQuery(
                        "from ContractVersionEntity where contractId = ?1 order by version",
                        ContractVersionEntity.class)
                    .setParameter(1, contractId)
                    .getResultList())
        .map(l -> l.stream().map(this::view).toList());
  }

  Uni<List<Signature>> signatures(String contractId) {
    return getSession()
        .chain(
            s ->
                s.createSelectionQuery(
                        "from SignatureEntity where contractId = ?1 order by version, signedAt",
                        SignatureEntity.class)
                    .setParameter(1, contractId)
                    .getResultList())
        .map(l -> l.stream().map(SignatureEntity::view).toList());
  }

  /** The ids of the contract's parties of one kind, in id order. */
  Uni<List<String>> partyIds(String contractId, PartyKind kind) {
    return getSession()
        .chain(
            s ->
                s.createSelectionQuery(
                        "select p.partyId from ContractPartyEntity p"
                            + " where p.contractId = ?1 and p.kind = ?2 order by p.partyId",
                        String.class)
                    .setParameter(1, contractId)
                    .setParameter(2, kind)
                    .getResultList());
  }

  /** Records a signature; false if the party has signed this version already. */
  Uni<Boolean> insertSignature(String contractId, Signature signature) {
    return getSession()
        .chain(
            s ->
                s.find(
                        SignatureEntity.class,
                        new SignatureEntity.Key(
                            contractId, signature.version(), signature.partyKey()))
                    .chain(
                        existing ->
                            existing != null
                                ? Uni.createFrom().item(false)
                                : s.persist(new SignatureEntity(contractId, signature))
                                    .chain(s::flush)
                                    .replaceWith(true)));
  }

  /** The next number of the filing sequence, shared by every contract. */
  Uni<Long> nextFilingSeq() {
    return getSession()
        .chain(
            s -> s.createNativeQuery("SELECT nextval('filing_seq')", Long.class).getSingleResult());
  }

  /**
   * Contracts in which the user is the customer or, when {@code enterpriseId} is given, in which
   * that enterprise (the user's) is a party; in id order, at most 500.
   */
  Uni<List<String>> contractIdsFor(String userId, String enterpriseId) {
    String base =
        "select distinct p.contractId from ContractPartyEntity p"
            + " where (p.kind = ?1 and p.partyId = ?2)";
    String order = " order by p.contractId";
    return getSession()
        .chain(
            s -> {
              var q =
                  s.createSelectionQuery(
                          enterpriseId == null ? base + order : base + " or p.partyId = ?3" + order,
                          String.class)
                      .setParameter(1, PartyKind.CUSTOMER)
                      .setParameter(2, userId)
                      .setMaxResults(500);
              if (enterpriseId != null) {
                q.setParameter(3, enterpriseId);
              }
              return q.getResultList();
            });
  }

  ContractVersion view(ContractVersionEntity v) {
    return new ContractVersion(
        v.contractId,
        v.version,
        v.status,
        fromJson(v.terms),
        v.document,
        v.fingerprint,
        v.filingNumber,
        v.filedAt);
  }

  String toJson(ContractTerms terms) {
    try {
      return json.writeValueAsString(terms);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialise contract terms", e);
    }
  }

  ContractTerms fromJson(String text) {
    try {
      return json.readValue(text, ContractTerms.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored contract terms unreadable", e);
    }
  }
}
