package dev.sitehub.cloud.accounts;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

/** A person who signs in, and the roles they hold (tables {@code app_user}, {@code user_role}). */
@Entity
@Table(name = "app_user")
class AppUser {
  @Id
  @Column(name = "user_id")
  String id;

  @Column(nullable = false, unique = true)
  String username;

  @Column(name = "display_name", nullable = false)
  String displayName;

  @Column(name = "password_hash", nullable = false)
  String passwordHash;

  @Column(name = "created_at", nullable = false)
  Instant createdAt;

  @Column(name = "disabled_at")
  Instant disabledAt;

  @ElementCollection
  @CollectionTable(name = "user_role", joinColumns = @JoinColumn(name = "user_id"))
  @Column(name = "role", nullable = false)
  @Enumerated(EnumType.STRING)
  Set<Role> roles = new HashSet<>();

  protected AppUser() {}

  AppUser(UserAccount a, Instant now) {
    this.id = a.userId();
    this.username = a.username();
    this.displayName = a.displayName();
    this.passwordHash = a.passwordHash();
    this.createdAt = now;
    this.roles = new HashSet<>(a.roles());
  }

  UserAccount account() {
    return new UserAccount(
        id,
        username,
        displayName,
        passwordHash,
        roles.isEmpty() ? Set.of() : EnumSet.copyOf(roles));
  }
}
