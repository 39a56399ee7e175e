package dev.sitehub.cloud.accounts;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The e-mail address or mobile number a person registered with (table {@code user_contact}). */
@Entity
@Table(name = "user_contact")
class UserContact {
  @Id
  @Column(name = "user_id")
  String userId;

  @Column(unique = true)
  String email;

  @Column(unique = true)
  String phone;

  protected UserContact() {}

  UserContact(String userId, String email, String phone) {
    this.userId = userId;
    this.email = email;
    this.phone = phone;
  }
}
