package dev.sitehub.cloud.inspections;

import dev.sitehub.cloud.attachments.AttachmentConfig;
import dev.sitehub.cloud.attachments.AttachmentInspector;
import dev.sitehub.cloud.attachments.AttachmentStore;
import dev.sitehub.cloud.attachments.AttachmentType;
import dev.sitehub.cloud.attachments.StoredAttachment;
import dev.sitehub.cloud.common.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.Optional;
import org.jboss.resteasy.reactive.server.multipart.FormValue;

/**
 * Site photos that supervisors and project managers attach to inspections and fixes: checked to be
 * a JPEG or PNG within the upload limit before they are stored, and read back with their type.
 */
@ApplicationScoped
class PhotoUploads {
  private final AttachmentStore store;
  private final AttachmentInspector inspector;
  private final long maxBytes;

  public PhotoUploads(AttachmentStore store, AttachmentConfig attachments) {
    this.store = store;
    this.inspector = new AttachmentInspector(attachments.maxBytes());
    this.maxBytes = attachments.maxBytes();
  }

  /** Stores a base64 photo, or returns null when none was sent; {@code what} names it in errors. */
  StoredAttachment store(String base64, String what) {
    if (base64 == null || base64.isBlank()) {
      return null;
    }
    byte[] bytes;
    try {
      bytes = Base64.getDecoder().decode(base64);
    } catch (IllegalArgumentException e) {
      throw ProblemException.badRequest("invalid-photo", what + " is not base64");
    }
    AttachmentType t = inspector.inspect(null, null, bytes);
    if (t == AttachmentType.PDF) {
      throw ProblemException.badRequest("invalid-photo", what + " must be JPEG or PNG");
    }
    return store.put(bytes, t);
  }

  /**
   * A photo chosen in a multipart form as base64 once it passed the size and type checks, or null
   * when the file input was left empty; throws the inspector's refusal otherwise.
   */
  String fromForm(FormValue file) {
    if (!chosen(file)) {
      return null;
    }
    try {
      if (file.getFileItem().getFileSize() > maxBytes) {
        throw new ProblemException(413, "attachment-too-large", "Payload too large", "photo");
      }
      byte[] bytes;
      try (InputStream in = file.getFileItem().getInputStream()) {
        bytes = in.readAllBytes();
      }
      if (inspector.inspect(file.getFileName(), null, bytes) == AttachmentType.PDF) {
        throw ProblemException.badRequest("invalid-photo", "photos must be JPEG or PNG");
      }
      return Base64.getEncoder().encodeToString(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the uploaded photo", e);
    }
  }

  /** A file input left empty still sends a part, with no file name and no content. */
  private static boolean chosen(FormValue file) {
    if (file == null || !file.isFileItem()) {
      return false;
    }
    String name = file.getFileName();
    return name != null && !name.isBlank();
  }

  /** A stored photo's bytes and media type, if the store still has it. */
  Optional<Photo> read(String key) {
    return store.get(key).flatMap(b -> AttachmentType.of(b).map(t -> new Photo(b, t.mediaType())));
  }

  /** A photo as served to a browser. */
  public record Photo(byte[] content, String mediaType) {
    /**
     * The response for it: private to the signed-in viewer, cacheable because a stored photo never
     * changes, and never sniffed as anything but its checked type.
     */
    public Response response() {
      return Response.ok(content, mediaType)
          .header("Cache-Control", "private, max-age=86400")
          .header("X-Content-Type-Options", "nosniff")
          .header("Content-Disposition", "inline")
          .build();
    }
  }
}
