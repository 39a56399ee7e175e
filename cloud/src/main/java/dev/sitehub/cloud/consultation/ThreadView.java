package dev.sitehub.cloud.consultation;

import java.time.Instant;
import java.util.List;

/** One enterprise's conversation about an inquiry; messages are empty in list views. */
public record ThreadView(
    String inquiryId,
    String subject,
    String customerId,
    String enterpriseId,
    ThreadStatus status,
    Instant createdAt,
    Instant firstReplyAt,
    List<InquiryMessage> messages) {}
