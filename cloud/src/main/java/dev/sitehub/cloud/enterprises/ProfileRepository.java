package dev.sitehub.cloud.enterprises;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * What a profile shows besides the enterprise row, certificates and references, through Hibernate
 * Reactive; each method is work for a {@link dev.sitehub.cloud.common.UnitOfWork}.
 */
@ApplicationScoped
class ProfileRepository implements PanacheRepositoryBase<CertificateEntity, String> {
  private static final Comparator<ReferenceView> REFERENCE_ORDER =
      Comparator.comparing(
              ReferenceView::completedOn, Comparator.nullsLast(Comparator.reverseOrder()))
          .thenComparing(ReferenceView::referenceId);

  Uni<Void> insertCertificate(CertificateEntity c) {
    return persist(c).chain(this::flush);
  }

  Uni<List<CertificateView>> certificates(String enterpriseId) {
    return list("enterpriseId = ?1 order by uploadedAt", enterpriseId)
        .map(l -> l.stream().map(CertificateEntity::view).toList());
  }

  /** The stored file key and media type of one certificate of one enterprise. */
  Uni<Optional<String[]>> certificateFile(String enterpriseId, String certificateId) {
    return find("id = ?1 and enterpriseId = ?2", certificateId, enterpriseId)
        .firstResult()
        .map(c -> Optional.ofNullable(c).map(x -> new String[] {x.fileKey, x.mediaType}));
  }

  Uni<Void> insertReference(ReferenceEntity r) {
    return getSession().chain(s -> s.persist(r).chain(s::flush));
  }

  /** Sets or withdraws the owner's consent; false if the reference is not the owner's. */
  Uni<Boolean> setConsent(String referenceId, String ownerId, boolean consent, Instant now) {
    return getSession()
        .chain(s -> s.find(ReferenceEntity.class, referenceId))
        .chain(
            r -> {
              if (r == null || !r.ownerId.equals(ownerId)) {
                return Uni.createFrom().item(false);
              }
              r.consentAt = consent ? now : null;
              return flush().replaceWith(true);
            });
  }

  /** References shown publicly: consented only. */
  Uni<List<ReferenceView>> consentedReferences(String enterpriseId) {
    return references(
        "from ReferenceEntity where enterpriseId = ?1 and consentAt is not null", enterpriseId);
  }

  /** References naming the owner, consented or not, so they can decide. */
  Uni<List<ReferenceView>> referencesOfOwner(String ownerId) {
    return references("from ReferenceEntity where ownerId = ?1", ownerId);
  }

  private Uni<List<ReferenceView>> references(String query, String arg) {
    return getSession()
        .chain(
            s ->
                s.createSelectionQuery(query, ReferenceEntity.class)
                    .setParameter(1, arg)
                    .getResultList())
        .map(l -> l.stream().map(ReferenceEntity::view).sorted(REFERENCE_ORDER).toList());
  }
}
