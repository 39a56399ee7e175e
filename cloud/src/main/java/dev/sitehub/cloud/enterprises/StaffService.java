package dev.sitehub.cloud.enterprises;

import dev.sitehub.cloud.accounts.AccountService;
import dev.sitehub.cloud.accounts.Role;
import dev.sitehub.cloud.accounts.UserAccount;
import dev.sitehub.cloud.common.ProblemException;
import dev.sitehub.cloud.common.UnitOfWork;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;

/** Enterprise admins invite staff for the roles their enterprise type offers; invitees accept. */
@ApplicationScoped
public class StaffService {
  private static final Logger LOG = Logger.getLogger(StaffService.class);
  private final StaffRepository staff;
  private final EnterpriseRepository enterprises;
  private final AccountService accounts;
  private final UnitOfWork work;
  private final Clock clock;

  StaffService(
      StaffRepository staff,
      EnterpriseRepository enterprises,
      AccountService accounts,
      UnitOfWork work,
      Clock clock) {
    this.staff = staff;
    this.enterprises = enterprises;
    this.accounts = accounts;
    this.work = work;
    this.clock = clock;
  }

  /** The person's enterprise membership (invited or active), if any. */
  public Optional<StaffMember> membership(String userId) {
    return work.read(() -> staff.find(userId));
  }

  /** The person's active membership, if any. */
  public Optional<StaffMember> activeMembership(String userId) {
    return membership(userId).filter(StaffMember::active);
  }

  /** Whether the person may answer for the enterprise: its registrant or its active staff. */
  public boolean speaksFor(String enterpriseId, String userId) {
    return work.read(
        () ->
            enterprises
                .registeredBy(enterpriseId, userId)
                .chain(
                    mine ->
                        mine ? Uni.createFrom().item(true) : staff.isActive(enterpriseId, userId)));
  }

  /** Refuses unless the user is the active admin of the enterprise. */
  public void requireAdmin(String userId, String enterpriseId) {
    boolean admin =
        activeMembership(userId)
            .filter(m -> m.enterpriseId().equals(enterpriseId) && m.role() == Role.ENTERPRISE_ADMIN)
            .isPresent();
    if (!admin) {
      throw ProblemException.forbidden(
          "not-enterprise-admin", "only this enterprise's admin may do this");
    }
  }

  /** The user's active membership of this enterprise; refuses anyone else, operators too. */
  public StaffMember requireMember(String userId, String enterpriseId) {
    return activeMembership(userId)
        .filter(m -> m.enterpriseId().equals(enterpriseId))
        .orElseThrow(
            () ->
                ProblemException.forbidden(
                    "not-enterprise-member", "only this enterprise's staff may see this"));
  }

  /** Everyone invited to or working for the enterprise. */
  public List<StaffMember> roster(String enterpriseId) {
    return work.read(() -> staff.roster(enterpriseId));
  }

  public StaffMember invite(String enterpriseId, String adminUserId, InviteStaffRequest r) {
    requireAdmin(adminUserId, enterpriseId);
    if (r == null || r.username() == null || r.role() == null) {
      throw ProblemException.badRequest("invalid-request", "username and role are required");
    }
    Enterprise e =
        work.read(() -> enterprises.find(enterpriseId))
            .orElseThrow(
                () -> ProblemException.notFound("enterprise-not-found", "no such enterprise"));
    if (!e.type().staffRoles().contains(r.role())) {
      throw ProblemException.badRequest(
          "role-not-offered",
          "a " + e.type() + " employs " + e.type().staffRoles() + ", not " + r.role());
    }
    UserAccount invitee =
        accounts
            .findByUsername(r.username())
            .orElseThrow(() -> ProblemException.badRequest("unknown-user", "no such user"));
    String title = EnterpriseService.text("title", r.title(), false, EnterpriseService.MAX_TEXT);
    StaffEntity invitation =
        StaffEntity.invited(
            invitee.userId(), enterpriseId, r.role(), title, adminUserId, clock.instant());
    if (!invited(invitation)) {
      throw ProblemException.conflict(
          "already-in-an-enterprise", "a person may belong to one enterprise only");
    }
    LOG.infof(
        "staff invited enterprise=%s user=%s role=%s", enterpriseId, invitee.userId(), r.role());
    return membership(invitee.userId()).orElseThrow();
  }

  private boolean invited(StaffEntity invitation) {
    try {
      return work.write(() -> staff.invite(invitation));
    } catch (RuntimeException e) {
      // Invited elsewhere between the look-up and the insert: the key refused the second one.
      if (UnitOfWork.isUniqueViolation(e)) {
        return false;
      }
      throw e;
    }
  }

  public StaffMember accept(String enterpriseId, String userId) {
    if (!work.write(() -> staff.accept(userId, enterpriseId, clock.instant()))) {
      // 403 like every other "not yours" answer: it does not reveal whether others were invited.
      throw ProblemException.forbidden("not-invited", "you have no pending invitation here");
    }
    LOG.infof("staff joined enterprise=%s user=%s", enterpriseId, userId);
    return membership(userId).orElseThrow();
  }

  public List<StaffMember> active(String enterpriseId) {
    return work.read(() -> staff.active(enterpriseId));
  }
}
