package dev.sitehub.cloud.attachments;

import dev.sitehub.cloud.common.ProblemException;
import java.util.Locale;

/**
 * Decides what an upload really is from its magic bytes, and refuses empty, oversized, unknown or
 * disguised files (a name or declared type that disagrees with the content).
 */
public final class AttachmentInspector {
  private final long maxBytes;

  public AttachmentInspector(long maxBytes) {
    if (maxBytes <= 0) {
      throw new IllegalArgumentException("max bytes must be positive");
    }
    this.maxBytes = maxBytes;
  }

  /**
   * Returns the detected type. {@code fileName} and {@code declaredType} may be null; when given
   * they must agree with the content.
   */
  public AttachmentType inspect(String fileName, String declaredType, byte[] content) {
    if (content == null || content.length == 0) {
      throw ProblemException.badRequest("attachment-empty", "the upload has no content");
    }
    if (content.length > maxBytes) {
      throw new ProblemException(
          413,
          "attachment-too-large",
          "Payload too large",
          "uploads are limited to " + maxBytes + " bytes");
    }
    AttachmentType detected = null;
    for (AttachmentType t : AttachmentType.values()) {
      if (t.matches(content)) {
        detected = t;
      }
    }
    if (detected == null) {
      throw new ProblemException(
          415,
          "attachment-type-not-allowed",
          "Unsupported media type",
          "only PDF, PNG and JPEG files are accepted");
    }
    if (fileName != null && !fileName.isBlank()) {
      int dot = fileName.lastIndexOf('.');
      String ext = dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
      if (!detected.extensions().contains(ext)) {
        throw mismatch("file name ." + ext + " but content is " + detected.name());
      }
    }
    if (declaredType != null
        && !declaredType.isBlank()
        && !declaredType.startsWith("application/octet-stream")
        && !declaredType.toLowerCase(Locale.ROOT).startsWith(detected.mediaType())) {
      throw mismatch("declared " + declaredType + " but content is " + detected.name());
    }
    return detected;
  }

  private static ProblemException mismatch(String detail) {
    return new ProblemException(415, "attachment-type-mismatch", "Unsupported media type", detail);
  }
}
