package dev.sitehub.cloud.design;

/** A comment on a proposal. */
public record CommentRequest(String text) {}
