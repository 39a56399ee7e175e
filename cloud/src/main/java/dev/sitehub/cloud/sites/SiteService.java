package dev.sitehub.cloud.sites;

import dev.sitehub.cloud.accounts.AccountService;
import dev.sitehub.cloud.accounts.SiteMemberships;
import dev.sitehub.cloud.audit.AuditAction;
import dev.sitehub.cloud.audit.AuditEntry;
import dev.sitehub.cloud.audit.AuditLog;
import dev.sitehub.cloud.common.Ids;
import dev.sitehub.cloud.common.ProblemException;
import dev.sitehub.cloud.common.UnitOfWork;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import org.jboss.logging.Logger;

/** Creates, edits and lists sites, and manages who belongs to them. */
@ApplicationScoped
public class SiteService {
  private static final Logger LOG = Logger.getLogger(SiteService.class);
  private static final int MAX_TEXT = 300;

  private final SiteRepository sites;
  private final SiteMemberships memberships;
  private final AccountService accounts;
  private final Ids ids;
  private final UnitOfWork work;
  private final Clock clock;
  private final SiteParties parties;

  private final AuditLog audit;

  SiteService(
      SiteRepository sites,
      SiteMemberships memberships,
      AccountService accounts,
      Ids ids,
      UnitOfWork work,
      Clock clock,
      SiteParties parties,
      AuditLog audit) {
    this.audit = audit;
    this.parties = parties;
    this.work = work;
    this.clock = clock;
    this.sites = sites;
    this.memberships = memberships;
    this.accounts = accounts;
    this.ids = ids;
  }

  /** Creates a site; the creator (may be null for system seeding) becomes its first member. */
  public Site create(CreateSiteRequest r, String creatorUserId) {
    return create(ids.next("site"), r, creatorUserId);
  }

  /** As {@link #create(CreateSiteRequest, String)} with a chosen id (demo seeding). */
  public Site create(String siteId, CreateSiteRequest r, String creatorUserId) {
    if (r == null) {
      throw ProblemException.badRequest("invalid-request", "body required");
    }
    String name = requireText("name", r.name());
    String address = requireText("address", r.address());
    String zone = zone(r.timezone() == null ? "UTC" : r.timezone());
    SiteEntity site = new SiteEntity(siteId, name, address, zone, creatorUserId, clock.instant());
    work.write(
        () ->
            creatorUserId == null
                ? sites.insert(site)
                : sites.insert(site).chain(() -> memberships.adding(siteId, creatorUserId)));
    LOG.infof("site created site=%s by=%s", siteId, creatorUserId);
    return get(siteId);
  }

  public Site update(String siteId, UpdateSiteRequest r) {
    if (r == null) {
      throw ProblemException.badRequest("invalid-request", "body required");
    }
    String name = r.name() == null ? null : requireText("name", r.name());
    String address = r.address() == null ? null : requireText("address", r.address());
    String zone = r.timezone() == null ? null : zone(r.timezone());
    if (!work.write(() -> sites.update(siteId, name, address, zone, clock.instant()))) {
      throw ProblemException.notFound("site-not-found", "no such site");
    }
    LOG.infof("site updated site=%s", siteId);
    return get(siteId);
  }

  public Site get(String siteId) {
    return work.read(() -> sites.view(siteId))
        .orElseThrow(() -> ProblemException.notFound("site-not-found", "no such site"));
  }

  public boolean exists(String siteId) {
    return work.read(() -> sites.view(siteId)).isPresent();
  }

  public List<Site> visibleTo(String userId, boolean operator) {
    if (operator) {
      return work.read(sites::all);
    }
    List<String> mine = memberships.sitesOf(userId);
    return work.read(() -> sites.withIds(mine));
  }

  public void addMember(String siteId, String userId) {
    get(siteId);
    if (userId == null || accounts.find(userId).isEmpty()) {
      throw ProblemException.badRequest("unknown-user", "no such user");
    }
    memberships.add(siteId, userId);
    LOG.infof("member added site=%s user=%s", siteId, userId);
  }

  public void removeMember(String siteId, String userId) {
    memberships.remove(siteId, userId);
    LOG.infof("member removed site=%s user=%s", siteId, userId);
  }

  /**
   * The site's owner: the customer of its project once a contract is filed, else the person who
   * created it (null for a site seeded by the system).
   */
  public String ownerOf(String siteId) {
    Site site = get(siteId);
    return parties.customerOf(siteId).orElse(site.createdBy());
  }

  /** Adds a member on behalf of {@code callerId}: only the site's owner or an operator may. */
  public void addMember(String siteId, String userId, String callerId, boolean operator) {
    requireOwner(siteId, callerId, operator);
    addMember(siteId, userId);
    audit.record(AuditEntry.onSite(AuditAction.MEMBER_ADDED, callerId, siteId, userId, null));
  }

  /**
   * Removes a member on behalf of {@code callerId}: only the site's owner or an operator may, and
   * neither the owner nor anyone the site's contract names can be removed.
   */
  public void removeMember(String siteId, String userId, String callerId, boolean operator) {
    String owner = requireOwner(siteId, callerId, operator);
    if (userId.equals(owner) || parties.partiesOf(siteId).contains(userId)) {
      throw ProblemException.conflict(
          "contract-party", "the site's owner and the parties to its contract cannot be removed");
    }
    removeMember(siteId, userId);
    audit.record(AuditEntry.onSite(AuditAction.MEMBER_REMOVED, callerId, siteId, userId, null));
  }

  private String requireOwner(String siteId, String callerId, boolean operator) {
    String owner = ownerOf(siteId);
    if (!operator && (owner == null || !owner.equals(callerId))) {
      throw ProblemException.forbidden(
          "not-site-owner", "only the site's owner or an operator adds or removes members");
    }
    return owner;
  }

  private static String requireText(String field, String value) {
    if (value == null || value.isBlank() || value.length() > MAX_TEXT) {
      throw ProblemException.badRequest(
          "invalid-" + field, field + " must be 1-" + MAX_TEXT + " characters");
    }
    return value.strip();
  }

  private static String zone(String zone) {
    try {
      return ZoneId.of(zone).getId();
    } catch (DateTimeException e) {
      throw ProblemException.badRequest("invalid-timezone", "unknown time zone");
    }
  }
}
