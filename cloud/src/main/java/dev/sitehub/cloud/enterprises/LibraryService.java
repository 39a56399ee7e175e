package dev.sitehub.cloud.enterprises;

import dev.sitehub.cloud.accounts.AccountService;
import dev.sitehub.cloud.accounts.UserAccount;
import dev.sitehub.cloud.common.Ids;
import dev.sitehub.cloud.common.ProblemException;
import dev.sitehub.cloud.common.UnitOfWork;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.time.Clock;
import java.util.List;
import org.jboss.logging.Logger;

/** Library search, enterprise profiles with a constant number of queries, and past projects. */
@ApplicationScoped
public class LibraryService {
  private static final Logger LOG = Logger.getLogger(LibraryService.class);
  private final EnterpriseRepository enterprises;
  private final ProfileRepository profiles;
  private final StaffService staff;
  private final EnterpriseRatings ratings;
  private final Instance<ResponseTimes> responseTimes;
  private final AccountService accounts;
  private final UnitOfWork work;
  private final Clock clock;
  private final Ids ids;

  LibraryService(
      EnterpriseRepository enterprises,
      ProfileRepository profiles,
      StaffService staff,
      EnterpriseRatings ratings,
      Instance<ResponseTimes> responseTimes,
      AccountService accounts,
      UnitOfWork work,
      Clock clock,
      Ids ids) {
    this.enterprises = enterprises;
    this.profiles = profiles;
    this.staff = staff;
    this.ratings = ratings;
    this.responseTimes = responseTimes;
    this.accounts = accounts;
    this.work = work;
    this.clock = clock;
    this.ids = ids;
  }

  public LibraryPage search(LibraryQuery q) {
    if (q.page() < 0 || q.size() < 1 || q.size() > LibraryQuery.MAX_SIZE) {
      throw ProblemException.badRequest(
          "invalid-paging", "page must be >= 0 and size 1-" + LibraryQuery.MAX_SIZE);
    }
    if ((q.minPriceBand() != null && (q.minPriceBand() < 1 || q.minPriceBand() > 5))
        || (q.maxPriceBand() != null && (q.maxPriceBand() < 1 || q.maxPriceBand() > 5))) {
      throw ProblemException.badRequest("invalid-price-band", "price bands are 1-5");
    }
    if (q.minScore() != null && (q.minScore() < 0 || q.minScore() > 5)) {
      throw ProblemException.badRequest("invalid-rating", "minimum rating must be 0-5");
    }
    EnterpriseRepository.LibraryResult r = work.read(() -> enterprises.search(q));
    return new LibraryPage(
        r.items().stream().map(e -> EnterpriseView.of(e, ratings.rating())).toList(),
        q.page(),
        q.size(),
        r.total());
  }

  /**
   * A profile. Unverified enterprises are visible only to operators and their own staff, so a
   * customer can never find (and so never choose) one.
   */
  public EnterpriseProfile profile(String enterpriseId, String viewerId, boolean operator) {
    Enterprise e =
        work.read(() -> enterprises.find(enterpriseId))
            .orElseThrow(
                () -> ProblemException.notFound("enterprise-not-found", "no such enterprise"));
    boolean insider =
        operator
            || staff
                .membership(viewerId)
                .filter(m -> m.enterpriseId().equals(enterpriseId))
                .isPresent();
    if (e.status() != EnterpriseStatus.VERIFIED && !insider) {
      throw ProblemException.notFound("enterprise-not-found", "no such enterprise");
    }
    ResponseStats stats =
        responseTimes.isResolvable()
            ? responseTimes.get().forEnterprise(enterpriseId)
            : ResponseStats.NONE;
    return new EnterpriseProfile(
        EnterpriseView.of(e, ratings.rating()),
        staff.active(enterpriseId).stream().map(StaffView::of).toList(),
        work.read(() -> profiles.consentedReferences(enterpriseId)),
        insider ? work.read(() -> profiles.certificates(enterpriseId)) : List.of(),
        stats);
  }

  public ReferenceView addReference(String enterpriseId, String adminId, AddReferenceRequest r) {
    staff.requireAdmin(adminId, enterpriseId);
    if (r == null || r.ownerUsername() == null) {
      throw ProblemException.badRequest("invalid-request", "owner and title are required");
    }
    UserAccount owner =
        accounts
            .findByUsername(r.ownerUsername())
            .orElseThrow(() -> ProblemException.badRequest("unknown-user", "no such owner"));
    String id = ids.next("ref");
    ReferenceEntity row =
        new ReferenceEntity(
            id,
            enterpriseId,
            owner.userId(),
            EnterpriseService.text("title", r.title(), true, EnterpriseService.MAX_TEXT),
            EnterpriseService.text(
                "description", r.description(), false, EnterpriseService.MAX_DESCRIPTION),
            EnterpriseService.text("city", r.city(), false, EnterpriseService.MAX_TEXT),
            r.completedOn(),
            clock.instant());
    work.write(() -> profiles.insertReference(row));
    LOG.infof(
        "reference added enterprise=%s reference=%s owner=%s", enterpriseId, id, owner.userId());
    return referencesOfOwner(owner.userId()).stream()
        .filter(v -> v.referenceId().equals(id))
        .findFirst()
        .orElseThrow();
  }

  public void consent(String referenceId, String ownerId, boolean consent) {
    if (!work.write(() -> profiles.setConsent(referenceId, ownerId, consent, clock.instant()))) {
      throw ProblemException.forbidden("not-reference-owner", "only the home owner may decide");
    }
    LOG.infof("reference consent reference=%s owner=%s consent=%s", referenceId, ownerId, consent);
  }

  public List<ReferenceView> referencesOfOwner(String ownerId) {
    return work.read(() -> profiles.referencesOfOwner(ownerId));
  }
}
