package dev.sitehub.cloud.consultation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** One enterprise's conversation about an inquiry (table {@code inquiry_thread}). */
@Entity
@Table(name = "inquiry_thread")
@IdClass(InquiryThread.Key.class)
class InquiryThread {
  @Id
  @Column(name = "inquiry_id")
  String inquiryId;

  @Id
  @Column(name = "enterprise_id")
  String enterpriseId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  ThreadStatus status;

  @Column(name = "created_at", nullable = false)
  Instant createdAt;

  @Column(name = "first_reply_at")
  Instant firstReplyAt;

  @Column(name = "closed_at")
  Instant closedAt;

  protected InquiryThread() {}

  InquiryThread(String inquiryId, String enterpriseId, Instant createdAt) {
    this.inquiryId = inquiryId;
    this.enterpriseId = enterpriseId;
    this.status = ThreadStatus.OPEN;
    this.createdAt = createdAt;
  }

  /** A message moves the thread: the customer's waits for the enterprise, and vice versa. */
  void answeredBy(boolean fromCustomer, Instant at) {
    status = fromCustomer ? ThreadStatus.OPEN : ThreadStatus.ANSWERED;
    if (!fromCustomer && firstReplyAt == null) {
      firstReplyAt = at;
    }
  }

  void close(Instant at) {
    status = ThreadStatus.CLOSED;
    closedAt = at;
  }

  /** The thread's identity: the inquiry and the enterprise it was addressed to. */
  record Key(String inquiryId, String enterpriseId) implements Serializable {}
}
