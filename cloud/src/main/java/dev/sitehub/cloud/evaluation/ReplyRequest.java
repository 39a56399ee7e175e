package dev.sitehub.cloud.evaluation;

/** The enterprise's one reply to an evaluation. */
public record ReplyRequest(String text) {}
