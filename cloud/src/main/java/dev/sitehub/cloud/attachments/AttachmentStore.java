package dev.sitehub.cloud.attachments;

import java.util.Optional;

/**
 * Where checked uploads (certificates, message attachments) are kept; a narrow seam so the media
 * store from the media feature can replace the file-system one without touching callers.
 */
public interface AttachmentStore {
  /** Stores already-inspected content and returns its key. */
  StoredAttachment put(byte[] content, AttachmentType type);

  /** The content stored under {@code key}, if any. */
  Optional<byte[]> get(String key);
}
