package dev.sitehub.cloud.enterprises;

import dev.sitehub.cloud.accounts.Role;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A person's place in an enterprise (table {@code enterprise_staff}); the key on the person is the
 * rule that one belongs to at most one enterprise.
 */
@Entity
@Table(name = "enterprise_staff")
class StaffEntity {
  static final String INVITED = "INVITED";
  static final String ACTIVE = "ACTIVE";

  @Id
  @Column(name = "user_id")
  String userId;

  @Column(name = "enterprise_id", nullable = false)
  String enterpriseId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  Role role;

  @Column(nullable = false)
  String title;

  @Column(nullable = false)
  String status;

  @Column(name = "invited_by")
  String invitedBy;

  @Column(name = "invited_at", nullable = false)
  Instant invitedAt;

  @Column(name = "joined_at")
  Instant joinedAt;

  protected StaffEntity() {}

  /** A pending invitation. */
  static StaffEntity invited(
      String userId, String enterpriseId, Role role, String title, String by, Instant now) {
    StaffEntity s = new StaffEntity();
    s.userId = userId;
    s.enterpriseId = enterpriseId;
    s.role = role;
    s.title = title == null ? "" : title;
    s.status = INVITED;
    s.invitedBy = by;
    s.invitedAt = now;
    return s;
  }

  /** The registrant, active as the enterprise's admin from the start. */
  static StaffEntity founder(String userId, String enterpriseId, Instant now) {
    StaffEntity s = invited(userId, enterpriseId, Role.ENTERPRISE_ADMIN, "", null, now);
    s.join(now);
    return s;
  }

  void join(Instant now) {
    status = ACTIVE;
    joinedAt = now;
  }

  boolean active() {
    return ACTIVE.equals(status);
  }

  StaffMember view(String displayName) {
    return new StaffMember(userId, displayName, enterpriseId, role, title, active());
  }
}
