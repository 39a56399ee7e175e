package dev.sitehub.cloud.messaging;

/** How many messages by others the user has not read in one project. */
public record UnreadCount(String projectId, long unread) {}
