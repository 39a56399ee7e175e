package dev.sitehub.cloud.acceptance;

/** Assemble an acceptance record; an operator may override failing criteria with a reason. */
public record AcceptRequest(String overrideReason) {}
