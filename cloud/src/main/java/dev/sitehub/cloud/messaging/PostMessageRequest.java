package dev.sitehub.cloud.messaging;

/** A text message to a project thread. */
public record PostMessageRequest(String body) {}
