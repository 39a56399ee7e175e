package dev.sitehub.cloud.consultation;

import java.time.Instant;

/** A message in a thread, from the customer or from the enterprise's staff. */
public record InquiryMessage(
    long messageId, String authorId, boolean fromCustomer, String body, Instant createdAt) {}
