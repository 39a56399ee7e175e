package dev.sitehub.cloud.attachments;

/** A stored file: its opaque key, type, size and SHA-256. */
public record StoredAttachment(String key, AttachmentType type, long size, String sha256) {}
