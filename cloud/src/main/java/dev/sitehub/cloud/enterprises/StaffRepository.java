package dev.sitehub.cloud.enterprises;

import dev.sitehub.cloud.accounts.Role;
import dev.sitehub.cloud.accounts.UserDirectory;
import dev.sitehub.cloud.audit.AuditAction;
import dev.sitehub.cloud.audit.AuditEntry;
import dev.sitehub.cloud.audit.AuditLog;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Enterprise staff through Hibernate Reactive: invitations, joining, and staff lists with the
 * display names accounts keeps. Each method is work for a {@link
 * dev.sitehub.cloud.common.UnitOfWork}.
 */
@ApplicationScoped
class StaffRepository implements PanacheRepositoryBase<StaffEntity, String> {
  private static final Comparator<StaffMember> ROSTER_ORDER =
      Comparator.comparing((StaffMember m) -> m.role().name())
          .thenComparing(StaffMember::displayName, Comparator.nullsLast(Comparator.naturalOrder()));
  private final UserDirectory directory;

  private final AuditLog audit;

  StaffRepository(UserDirectory directory, AuditLog audit) {
    this.audit = audit;
    this.directory = directory;
  }

  /** Records an invitation; false if the person already belongs to (or is invited by) one. */
  Uni<Boolean> invite(StaffEntity invitation) {
    return findById(invitation.userId)
        .chain(
            existing ->
                existing != null
                    ? Uni.createFrom().item(false)
                    : persist(invitation).chain(this::flush).replaceWith(true));
  }

  /**
   * Turns the person's pending invitation into membership and grants its role in the same
   * transaction, so membership and role never disagree; false if there is no such invitation.
   */
  Uni<Boolean> accept(String userId, String enterpriseId, java.time.Instant now) {
    return findById(userId, LockModeType.PESSIMISTIC_WRITE)
        .chain(
            s -> {
              if (s == null || !s.enterpriseId.equals(enterpriseId) || s.active()) {
                return Uni.createFrom().item(false);
              }
              s.join(now);
              // The role that lets a person inspect, sign or ship on projects comes only from an
              // enterprise the operator has verified; staff of a pending one get it on
              // verification (grantingRolesOfActive).
              return flush()
                  .chain(
                      () -> getSession().chain(ss -> ss.find(EnterpriseEntity.class, enterpriseId)))
                  .chain(
                      e ->
                          e != null && e.status == EnterpriseStatus.VERIFIED
                              ? granting(userId, s.role, userId)
                              : Uni.createFrom().voidItem())
                  .replaceWith(true);
            });
  }

  /**
   * Grants every active staff member of the enterprise their role (on its verification by {@code
   * operatorId}).
   */
  Uni<Void> grantingRolesOfActive(String enterpriseId, String operatorId) {
    return list("enterpriseId = ?1 and status = ?2", enterpriseId, StaffEntity.ACTIVE)
        .chain(
            members -> {
              Uni<Void> work = Uni.createFrom().voidItem();
              for (StaffEntity m : members) {
                work = work.chain(() -> granting(m.userId, m.role, operatorId));
              }
              return work;
            });
  }

  /** Whether the person is active staff of the enterprise. */
  Uni<Boolean> isActive(String enterpriseId, String userId) {
    return count(
            "userId = ?1 and enterpriseId = ?2 and status = ?3", userId, enterpriseId, "ACTIVE")
        .map(n -> n > 0);
  }

  Uni<Optional<StaffMember>> find(String userId) {
    return named(list("userId", userId)).map(l -> l.stream().findFirst());
  }

  /** Active staff of an enterprise with their display names, in two queries. */
  Uni<List<StaffMember>> active(String enterpriseId) {
    return named(list("enterpriseId = ?1 and status = ?2", enterpriseId, StaffEntity.ACTIVE));
  }

  /** Everyone of an enterprise, invited or active, for its admin's workspace. */
  Uni<List<StaffMember>> roster(String enterpriseId) {
    return named(list("enterpriseId", enterpriseId));
  }

  private Uni<List<StaffMember>> named(Uni<List<StaffEntity>> rows) {
    return rows.chain(
        staff ->
            directory
                .displayNames(staff.stream().map(s -> s.userId).toList())
                .map(
                    names ->
                        staff.stream()
                            // staff rows cascade away with their user, so every name is known
                            .map(s -> s.view(names.get(s.userId)))
                            .sorted(ROSTER_ORDER)
                            .toList()));
  }

  /** Grants the role and records who caused it, in the same unit of work. */
  private Uni<Void> granting(String userId, Role role, String grantedBy) {
    return directory
        .grantingRole(userId, role)
        .chain(
            () ->
                audit.recording(
                    new AuditEntry(
                        AuditAction.ROLE_GRANTED, grantedBy, null, null, userId, role.name())));
  }
}
