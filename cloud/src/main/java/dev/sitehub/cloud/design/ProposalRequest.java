package dev.sitehub.cloud.design;

/** A design proposal upload: notes and one image or PDF as base64. */
public record ProposalRequest(String notes, String fileName, String fileBase64) {}
