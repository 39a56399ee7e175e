package dev.sitehub.cloud.messaging;

import java.time.Instant;

/** A project message as listed and pushed; attachment fields are null when there is none. */
public record MessageView(
    long messageId,
    String projectId,
    String authorId,
    String body,
    String attachmentName,
    String attachmentType,
    Instant createdAt) {}
