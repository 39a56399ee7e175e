package dev.sitehub.cloud.consultation;

/** One message in an inquiry thread. */
public record ReplyRequest(String body) {}
