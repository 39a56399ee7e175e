package dev.sitehub.cloud.contracts;

import dev.sitehub.cloud.common.Ids;
import dev.sitehub.cloud.common.ProblemException;
import dev.sitehub.cloud.common.UnitOfWork;
import dev.sitehub.cloud.enterprises.StaffMember;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;

/** Drafts contracts, edits drafts, proposes amendments, and shows contracts to their parties. */
@ApplicationScoped
public class ContractService {
  private static final Logger LOG = Logger.getLogger(ContractService.class);
  private final ContractRepository contracts;
  private final TermsResolver resolver;
  private final ContractAccess access;
  private final ProjectRepository projects;
  private final UnitOfWork work;
  private final Clock clock;
  private final Ids ids;

  ContractService(
      ContractRepository contracts,
      TermsResolver resolver,
      ContractAccess access,
      ProjectRepository projects,
      UnitOfWork work,
      Clock clock,
      Ids ids) {
    this.contracts = contracts;
    this.resolver = resolver;
    this.access = access;
    this.projects = projects;
    this.work = work;
    this.clock = clock;
    this.ids = ids;
  }

  /**
   * Drafts a contract. The drafter is the customer, or the decoration company's admin naming the
   * customer; either way the drafter must end up a signing party.
   */
  public ContractView draft(DraftContractRequest r, String userId) {
    if (r == null) {
      throw ProblemException.badRequest("invalid-request", "body required");
    }
    String customerId = r.customerUserId() == null ? userId : r.customerUserId();
    List<Party> parties = resolver.parties(r, customerId);
    ContractTerms terms = resolver.terms(parties, null, r.terms(), false);
    access.signingParty(terms, userId);
    String id = ids.next("ctr");
    work.write(() -> contracts.insert(id, terms, userId, clock.instant()));
    LOG.infof("contract drafted contract=%s by=%s parties=%d", id, userId, parties.size());
    return view(id, userId, false);
  }

  /** Edits the current version while it is an unsigned draft. */
  public ContractView edit(String contractId, ContractChanges changes, String userId) {
    ContractVersion v = current(contractId);
    access.signingParty(v.terms(), userId);
    requireDraft(v);
    ContractTerms t = resolver.terms(v.terms().parties(), v.terms(), changes, v.version() > 1);
    if (!work.write(() -> contracts.updateDraft(contractId, v.version(), t))) {
      throw notEditable(contractId);
    }
    LOG.infof("contract edited contract=%s version=%d by=%s", contractId, v.version(), userId);
    return view(contractId, userId, false);
  }

  /** Proposes an amendment (change order) to a filed contract as a new draft version. */
  public ContractView amend(String contractId, ContractChanges changes, String userId) {
    ContractVersion v = current(contractId);
    access.signingParty(v.terms(), userId);
    if (v.status() != VersionStatus.FILED) {
      throw ProblemException.conflict(
          "contract-not-filed", "amend only a filed contract; edit the open draft instead");
    }
    ContractTerms t = resolver.terms(v.terms().parties(), v.terms(), changes, true);
    work.write(
        () -> contracts.insertAmendment(contractId, v.version() + 1, t, userId, clock.instant()));
    LOG.infof(
        "amendment drafted contract=%s version=%d by=%s", contractId, v.version() + 1, userId);
    return view(contractId, userId, false);
  }

  public ContractView view(String contractId, String userId, boolean operator) {
    ContractVersion v = current(contractId);
    if (userId != null) {
      access.requireReader(v.terms(), userId, operator);
    }
    List<Signature> all = work.read(() -> contracts.signatures(contractId));
    List<Signature> mine = all.stream().filter(s -> s.version() == v.version()).toList();
    List<String> awaiting =
        v.status() == VersionStatus.FILED
            ? List.of()
            : v.terms().parties().stream()
                .map(Party::key)
                .filter(k -> mine.stream().noneMatch(s -> s.partyKey().equals(k)))
                .toList();
    List<ContractView.Filing> filings =
        work.read(() -> contracts.versions(contractId)).stream()
            .filter(x -> x.status() == VersionStatus.FILED)
            .sorted(Comparator.comparingInt(ContractVersion::version))
            .map(
                x ->
                    new ContractView.Filing(
                        x.version(), x.filingNumber(), x.fingerprint(), x.filedAt()))
            .toList();
    return new ContractView(
        contractId,
        v.version(),
        v.status(),
        v.terms(),
        ContractDocument.fingerprint(document(v)),
        all,
        awaiting,
        filings,
        work.read(() -> projects.projectIdOf(contractId)).orElse(null));
  }

  /** The terms of the contract's latest filed version, if it has been filed. */
  public Optional<ContractTerms> filedTerms(String contractId) {
    return work.read(() -> contracts.versions(contractId)).stream()
        .filter(v -> v.status() == VersionStatus.FILED)
        .reduce((a, b) -> b)
        .map(ContractVersion::terms);
  }

  /**
   * The ids of the contract's parties in one capacity, in id order: enterprise ids for every kind
   * but the customer. Other features ask this rather than reading the parties themselves.
   */
  public List<String> partyIds(String contractId, PartyKind kind) {
    return work.read(() -> contracts.partyIds(contractId, kind));
  }

  public List<ContractView> mine(String userId) {
    String enterpriseId = access.membership(userId).map(StaffMember::enterpriseId).orElse(null);
    return work.read(() -> contracts.contractIdsFor(userId, enterpriseId)).stream()
        .map(id -> view(id, userId, false))
        .toList();
  }

  /**
   * The contracts whose current version still waits for {@code userId}'s signature: as the
   * customer, or as the admin of a party enterprise (the people who sign). Homes and lists ask this
   * to tell a person a contract awaits them.
   */
  public List<ContractView> awaitingSignatureOf(String userId) {
    Optional<StaffMember> m = access.membership(userId);
    return mine(userId).stream()
        .filter(v -> v.status() != VersionStatus.FILED)
        .filter(
            v -> signsFor(v.terms(), userId, m).map(v.awaitingParties()::contains).orElse(false))
        .toList();
  }

  private static Optional<String> signsFor(
      ContractTerms t, String userId, Optional<StaffMember> m) {
    if (t.customer().id().equals(userId)) {
      return Optional.of(t.customer().key());
    }
    return m.filter(x -> x.role() == dev.sitehub.cloud.accounts.Role.ENTERPRISE_ADMIN)
        .flatMap(
            x ->
                t.parties().stream()
                    .filter(p -> p.kind() != PartyKind.CUSTOMER && p.id().equals(x.enterpriseId()))
                    .map(Party::key)
                    .findFirst());
  }

  /** The document of a version: the filed bytes once filed, otherwise a fresh render. */
  public String document(String contractId, int version, String userId, boolean operator) {
    ContractVersion v =
        work.read(() -> contracts.version(contractId, version))
            .orElseThrow(
                () -> ProblemException.notFound("contract-not-found", "no such contract version"));
    access.requireReader(v.terms(), userId, operator);
    return document(v);
  }

  /**
   * The contract text of a version (the current one when {@code version} is null) with its filing
   * record, for a PDF: the filing number once filed, the fingerprint of the signed document, and
   * each party's signature time in {@code zone}.
   */
  public ContractText text(
      String contractId, Integer version, String userId, boolean operator, String zone) {
    ContractVersion v =
        version == null
            ? current(contractId)
            : work.read(() -> contracts.version(contractId, version))
                .orElseThrow(
                    () ->
                        ProblemException.notFound(
                            "contract-not-found", "no such contract version"));
    access.requireReader(v.terms(), userId, operator);
    List<Signature> signatures =
        work.read(() -> contracts.signatures(contractId)).stream()
            .filter(s -> s.version() == v.version())
            .toList();
    List<ContractText.Signed> signed =
        v.terms().parties().stream()
            .map(
                p ->
                    ContractText.signed(
                        p,
                        signatures.stream()
                            .filter(s -> s.partyKey().equals(p.key()))
                            .map(Signature::signedAt)
                            .findFirst()
                            .orElse(null),
                        zone))
            .toList();
    return ContractText.of(contractId, v.version(), v.terms())
        .withFiling(
            new ContractText.Filing(
                v.filingNumber(), ContractDocument.fingerprint(document(v)), signed));
  }

  static String document(ContractVersion v) {
    return v.document() != null
        ? v.document()
        : ContractDocument.render(v.contractId(), v.version(), v.terms());
  }

  ContractVersion current(String contractId) {
    return work.read(
            () ->
                contracts
                    .currentVersion(contractId)
                    .chain(
                        n ->
                            n.isEmpty()
                                ? Uni.createFrom().item(Optional.<ContractVersion>empty())
                                : contracts.version(contractId, n.get())))
        .orElseThrow(() -> ProblemException.notFound("contract-not-found", "no such contract"));
  }

  private static void requireDraft(ContractVersion v) {
    if (v.status() != VersionStatus.DRAFT) {
      throw notEditable(v.contractId());
    }
  }

  private static ProblemException notEditable(String contractId) {
    return ProblemException.conflict(
        "contract-not-editable",
        "contract " + contractId + " has signatures or is filed; propose an amendment instead");
  }
}
