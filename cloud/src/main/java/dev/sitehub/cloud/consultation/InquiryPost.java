package dev.sitehub.cloud.consultation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A message posted in a thread (table {@code inquiry_message}). */
@Entity
@Table(name = "inquiry_message")
class InquiryPost {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  @Column(name = "message_id")
  Long id;

  @Column(name = "inquiry_id", nullable = false)
  String inquiryId;

  @Column(name = "enterprise_id", nullable = false)
  String enterpriseId;

  @Column(name = "author_id", nullable = false)
  String authorId;

  @Column(name = "from_customer", nullable = false)
  boolean fromCustomer;

  @Column(nullable = false)
  String body;

  @Column(name = "created_at", nullable = false)
  Instant createdAt;

  protected InquiryPost() {}

  InquiryPost(
      String inquiryId,
      String enterpriseId,
      String authorId,
      boolean fromCustomer,
      String body,
      Instant createdAt) {
    this.inquiryId = inquiryId;
    this.enterpriseId = enterpriseId;
    this.authorId = authorId;
    this.fromCustomer = fromCustomer;
    this.body = body;
    this.createdAt = createdAt;
  }

  InquiryMessage view() {
    return new InquiryMessage(id, authorId, fromCustomer, body, createdAt);
  }
}
